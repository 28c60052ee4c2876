import { join } from 'node:path';
import { openDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import type { AppConfig } from './config.js';
import { acquireDataLock } from './data-lock.js';

export interface OpenedDatabase extends Database {
  /** Releases the data folder's lock (PGlite) after closing. */
  shutdown(): Promise<void>;
}

/**
 * Opens the instance's database as every command does: PostgreSQL when DATABASE_URL is set,
 * otherwise PGlite in DATA_DIR/pglite under an exclusive lock; then applies pending migrations.
 */
export async function openAppDatabase(config: AppConfig, options: { migrate?: boolean; poolSize?: number } = {}): Promise<OpenedDatabase> {
  const release = config.databaseUrl ? () => {} : acquireDataLock(config.dataDir);
  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite'), poolSize: options.poolSize });
    if (options.migrate !== false) await migrateDatabase(database);
  } catch (error) {
    release();
    throw error;
  }
  return {
    ...database,
    async shutdown() {
      await database.close();
      release();
    },
  };
}

export function describeDatabase(config: AppConfig): string {
  if (!config.databaseUrl) return `base embarquée PGlite dans ${join(config.dataDir, 'pglite')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
