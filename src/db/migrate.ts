import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Database } from './client.js';
import { migrationsFolder } from './paths.js';

/** Any number, shared by every process: only one of them migrates at a time. */
const MIGRATION_LOCK = 7_215_430_001;

/**
 * Applies the committed SQL migrations. Extensions are created first, from here: on PGlite,
 * drizzle-kit's own migrate fails silently when a migration creates an extension.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  const folder = { migrationsFolder: migrationsFolder() };
  if (database.engine === 'pglite') {
    await database.db.execute(sql`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await database.db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await migratePglite(database.db as unknown as PgliteDatabase<Record<string, never>>, folder);
    return;
  }
  // One connection of its own, so the advisory lock and the migration share a session.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await migrateNodePg(drizzleNodePg(client), folder);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
