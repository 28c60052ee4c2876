import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { migrationsHash } from './migrations-hash.js';

/** Which engine the integration tests run on: PGlite by default, PostgreSQL in the `integration-pg` project. */
export const TEST_ENGINE: 'pglite' | 'postgres' = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

let pgliteSnapshot: Promise<Blob> | null = null;

/** Migrating PGlite takes seconds: do it once per worker, then start every database from a copy. */
async function migratedPgliteSnapshot(): Promise<Blob> {
  pgliteSnapshot ??= (async () => {
    const template = await openDatabase({});
    await migrateDatabase(template);
    const blob = await template.snapshot!();
    await template.close();
    return blob;
  })();
  return pgliteSnapshot;
}

function serverUrl(database: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL est requis pour les tests sur PostgreSQL');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One migrated template per set of migrations; each test file copies it (fast) instead of migrating. */
async function ensurePostgresTemplate(): Promise<string> {
  const template = `abeille_tpl_${migrationsHash()}`;
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(4242)');
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount) return;
      await admin.query(`CREATE DATABASE "${template}_tmp"`);
      const database = await openDatabase({ url: serverUrl(`${template}_tmp`), poolSize: 1 });
      await migrateDatabase(database);
      await database.close();
      await admin.query(`ALTER DATABASE "${template}_tmp" RENAME TO "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  return template;
}

export interface TestDatabase extends Database {
  name: string;
}

/** A fresh, migrated, empty database of its own for a test file (or a test). */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_ENGINE === 'pglite') {
    const database = await openDatabase({ pgliteSnapshot: await migratedPgliteSnapshot() });
    return { ...database, name: 'memory' };
  }
  const template = await ensurePostgresTemplate();
  const name = `abeille_test_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      break;
    } catch (error) {
      // Two workers copying the same template at once: the second waits its turn.
      if (attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + attempt * 50));
    }
  }
  const database = await openDatabase({ url: serverUrl(name), poolSize: 4 });
  return {
    ...database,
    name,
    close: async () => {
      await database.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
