import { and, asc, eq, inArray, isNull, gt, sql } from 'drizzle-orm';
import { toNumber, type Db } from '../../db/client.js';
import { activationTokens, activators, structures } from '../schema.js';

/** Files waiting for a decision, the oldest first, with their structure. */
export async function pendingFiles(db: Db) {
  return db
    .select({ activator: activators, structure: structures })
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(eq(activators.status, 'en_attente'))
    .orderBy(asc(activators.submittedAt), asc(activators.id));
}

export async function fileWithStructure(db: Db, id: string) {
  const [row] = await db
    .select({ activator: activators, structure: structures })
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(eq(activators.id, id));
  return row ?? null;
}

export async function countByStatus(db: Db, statuses: string[]): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(activators).where(inArray(activators.status, statuses as never[]));
  return toNumber(row?.n);
}

export async function insertActivationToken(db: Db, row: typeof activationTokens.$inferInsert): Promise<void> {
  await db.insert(activationTokens).values(row);
}

/** Older links stop working when a new one is sent: only the last mail counts. */
export async function retireActivationTokens(db: Db, activatorId: string, now: Date): Promise<void> {
  await db
    .update(activationTokens)
    .set({ usedAt: now })
    .where(and(eq(activationTokens.activatorId, activatorId), isNull(activationTokens.usedAt)));
}

/** Uses the link once: a single conditional update, so two clicks at once cannot both succeed. */
export async function consumeActivationToken(db: Db, tokenHash: string, now: Date): Promise<string | null> {
  const [row] = await db
    .update(activationTokens)
    .set({ usedAt: now })
    .where(and(eq(activationTokens.tokenHash, tokenHash), isNull(activationTokens.usedAt), gt(activationTokens.expiresAt, now)))
    .returning({ activatorId: activationTokens.activatorId });
  return row?.activatorId ?? null;
}

export async function usableActivationToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ hash: activationTokens.tokenHash })
    .from(activationTokens)
    .where(and(eq(activationTokens.tokenHash, tokenHash), isNull(activationTokens.usedAt), gt(activationTokens.expiresAt, now)));
  return Boolean(row);
}

export async function activationTokensSince(db: Db, activatorId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(activationTokens)
    .where(and(eq(activationTokens.activatorId, activatorId), gt(activationTokens.createdAt, since)));
  return toNumber(row?.n);
}
