// The contacts domain's tables: nothing else reads or writes them.
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { contactEvents, contactRequests, type ContactEventKind, type ContactStatus } from './schema.js';

export type ContactRequestRow = typeof contactRequests.$inferSelect;
export type NewContactRequest = typeof contactRequests.$inferInsert;
export type ContactEventRow = typeof contactEvents.$inferSelect;

export async function insertRequest(db: Db, request: NewContactRequest): Promise<ContactRequestRow> {
  const [row] = await db.insert(contactRequests).values(request).returning();
  return row!;
}

export async function addContactEvent(
  db: Db,
  event: { requestId: string; kind: ContactEventKind; authorName: string; authorUserId?: string | null; body?: string; at: Date },
): Promise<void> {
  await db.insert(contactEvents).values({
    requestId: event.requestId,
    kind: event.kind,
    authorName: event.authorName,
    authorUserId: event.authorUserId ?? null,
    body: event.body ?? '',
    createdAt: event.at,
  });
}

export async function findRequest(db: Db, id: string): Promise<ContactRequestRow | null> {
  const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, id));
  return row ?? null;
}

/** A request with the same content sent since `since`, to any of these activators. */
export async function findDuplicates(db: Db, contentHash: string, since: Date): Promise<ContactRequestRow[]> {
  return db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.contentHash, contentHash), gte(contactRequests.createdAt, since)));
}

export async function requestsOfActivator(db: Db, activatorId: string, limit = 200): Promise<ContactRequestRow[]> {
  return db.select().from(contactRequests).where(eq(contactRequests.activatorId, activatorId)).orderBy(desc(contactRequests.createdAt)).limit(limit);
}

export async function eventsOfRequest(db: Db, requestId: string): Promise<ContactEventRow[]> {
  return db.select().from(contactEvents).where(eq(contactEvents.requestId, requestId)).orderBy(asc(contactEvents.createdAt));
}

export async function updateRequest(db: Db, id: string, values: Partial<NewContactRequest>): Promise<void> {
  await db.update(contactRequests).set(values).where(eq(contactRequests.id, id));
}

/** Requests still new and never answered, sent before `before` (candidates for a reminder or a flag). */
export async function unansweredRequests(db: Db, before: Date): Promise<ContactRequestRow[]> {
  return db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.status, 'nouvelle'), isNull(contactRequests.firstAnsweredAt), isNull(contactRequests.anonymisedAt), lt(contactRequests.createdAt, before)))
    .orderBy(asc(contactRequests.createdAt));
}

/** Flagged requests still without answer, oldest first: the operators' list. */
export async function flaggedRequests(db: Db): Promise<ContactRequestRow[]> {
  return db
    .select()
    .from(contactRequests)
    .where(and(sql`${contactRequests.flaggedAt} IS NOT NULL`, eq(contactRequests.status, 'nouvelle'), isNull(contactRequests.firstAnsweredAt)))
    .orderBy(asc(contactRequests.createdAt));
}

export async function requestsByEmail(db: Db, email: string): Promise<ContactRequestRow[]> {
  return db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.email, email.trim().toLowerCase()), isNull(contactRequests.anonymisedAt)))
    .orderBy(asc(contactRequests.createdAt));
}

export async function eventsOfRequests(db: Db, ids: string[]): Promise<ContactEventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(contactEvents).where(inArray(contactEvents.requestId, ids)).orderBy(asc(contactEvents.createdAt));
}

/** Removes what identifies the business from requests and their exchanges; dates and statuses stay for statistics. */
export async function anonymiseRequests(db: Db, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(contactRequests)
    .set({ name: '', company: '', siret: null, email: '', phone: '', need: '', contentHash: null, anonymisedAt: now })
    .where(inArray(contactRequests.id, ids));
  await db.update(contactEvents).set({ body: '', authorName: '' }).where(inArray(contactEvents.requestId, ids));
}

/** Requests whose last exchange is older than `before` and not yet anonymised. */
export async function requestsToAnonymise(db: Db, before: Date): Promise<string[]> {
  const rows = await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(isNull(contactRequests.anonymisedAt), lt(contactRequests.lastExchangeAt, before)));
  return rows.map((r) => r.id);
}

export type { ContactStatus };
