import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activatorEvents, activators, structures, type Decision } from '../schema.js';
import type { RegistrationDraft } from './draft.js';

export type ActivatorRow = typeof activators.$inferSelect;
export type StructureRow = typeof structures.$inferSelect;

export async function findActivatorOfUser(db: Db, userId: string): Promise<ActivatorRow | null> {
  const [row] = await db.select().from(activators).where(eq(activators.userId, userId)).orderBy(desc(activators.createdAt)).limit(1);
  return row ?? null;
}

export async function findActivatorById(db: Db, id: string): Promise<ActivatorRow | null> {
  const [row] = await db.select().from(activators).where(eq(activators.id, id));
  return row ?? null;
}

export async function findStructureById(db: Db, id: string): Promise<StructureRow | null> {
  const [row] = await db.select().from(structures).where(eq(structures.id, id));
  return row ?? null;
}

export async function findStructureBySiret(db: Db, siret: string): Promise<StructureRow | null> {
  const [row] = await db.select().from(structures).where(eq(structures.siret, siret));
  return row ?? null;
}

export async function saveDraft(db: Db, id: string, draft: RegistrationDraft, now: Date): Promise<void> {
  await db.update(activators).set({ draft, updatedAt: now }).where(eq(activators.id, id));
}

/** Structures to join, by name (accents and case ignored) or by SIRET (spaces ignored). */
export async function searchStructures(db: Db, query: string, limit = 10): Promise<StructureRow[]> {
  const digits = query.replace(/\s/g, '');
  if (/^\d{3,14}$/.test(digits)) {
    return db.select().from(structures).where(sql`${structures.siret} LIKE ${digits + '%'}`).orderBy(structures.name).limit(limit);
  }
  const words = query.trim();
  if (words.length < 2) return [];
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select()
    .from(structures)
    .where(sql`immutable_unaccent(lower(${structures.name})) LIKE immutable_unaccent(lower(${pattern}))`)
    .orderBy(structures.name)
    .limit(limit);
}

export async function addEvent(
  db: Db,
  event: { activatorId: string; kind: Decision; actorUserId?: string | null; actorName?: string | null; problems?: unknown; message?: string | null; at: Date },
): Promise<void> {
  await db.insert(activatorEvents).values({
    activatorId: event.activatorId,
    kind: event.kind,
    actorUserId: event.actorUserId ?? null,
    actorName: event.actorName ?? null,
    problems: event.problems ?? null,
    message: event.message ?? null,
    createdAt: event.at,
  });
}

export async function eventsOf(db: Db, activatorId: string) {
  return db.select().from(activatorEvents).where(eq(activatorEvents.activatorId, activatorId)).orderBy(activatorEvents.createdAt);
}

/** The last request for corrections, to show the activator what to change. */
export async function lastCorrectionRequest(db: Db, activatorId: string) {
  const [row] = await db
    .select()
    .from(activatorEvents)
    .where(and(eq(activatorEvents.activatorId, activatorId), eq(activatorEvents.kind, 'demande_corrections')))
    .orderBy(desc(activatorEvents.createdAt))
    .limit(1);
  return row ?? null;
}
