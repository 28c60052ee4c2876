import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { appSettings } from './schema.js';

/** Small facts about the instance (which demo data was loaded…), kept in the database. */
export async function readSetting<T>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  return row ? (row.value as T) : null;
}

export async function writeSetting(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insert(appSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: now } });
}
