// The diagnostic's reads and writes for results saved in an account, and for the activators who
// follow a business's progress. Only this domain touches these tables.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { ThemeScores } from './scoring.js';
import { assessmentConsents, assessmentFollowUps, assessments } from './schema.js';

/** A completed result as the owner's home and the follow-up pages show it. */
export interface SavedResult {
  id: string;
  token: string;
  questionnaireVersion: string;
  completedAt: Date;
  themeScores: ThemeScores;
  overallScore: number;
  sector: string | null;
  sizeBand: string | null;
  regionCode: string | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
  activatorId: string | null;
  /** The contact consent in force, if any. */
  consentGivenAt: Date | null;
}

/** Saves a result in an account; true when it is (now or already) that account's. Never moves one from another account. */
export async function attachToUser(db: Db, assessmentId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(assessments)
    .set({ userId })
    .where(and(eq(assessments.id, assessmentId), sql`(${assessments.userId} IS NULL OR ${assessments.userId} = ${userId})`))
    .returning({ id: assessments.id });
  return rows.length > 0;
}

const savedColumns = {
  id: assessments.id,
  token: assessments.token,
  questionnaireVersion: assessments.questionnaireVersion,
  completedAt: assessments.completedAt,
  themeScores: assessments.themeScores,
  overallScore: assessments.overallScore,
  sector: assessments.sector,
  sizeBand: assessments.sizeBand,
  regionCode: assessments.regionCode,
  departmentCode: assessments.departmentCode,
  latitude: assessments.latitude,
  longitude: assessments.longitude,
  activatorId: assessments.activatorId,
  consentGivenAt: assessmentConsents.givenAt,
};

function toSaved(rows: { completedAt: Date | null; overallScore: number | null; themeScores: unknown }[]): SavedResult[] {
  return rows
    .filter((r) => r.completedAt !== null && r.overallScore !== null && r.themeScores)
    .map((r) => r as unknown as SavedResult);
}

/** The completed results of an account, oldest first (one indexed read, with the consents in force). */
export async function completedResultsOfUser(db: Db, userId: string): Promise<SavedResult[]> {
  const rows = await db
    .select(savedColumns)
    .from(assessments)
    .leftJoin(assessmentConsents, and(eq(assessmentConsents.assessmentId, assessments.id), isNull(assessmentConsents.withdrawnAt)))
    .where(and(eq(assessments.userId, userId), eq(assessments.status, 'termine')))
    .orderBy(asc(assessments.completedAt), asc(assessments.id));
  return toSaved(rows);
}

/** The account's latest assessment still being answered, to offer to resume it. */
export async function assessmentInProgressOfUser(db: Db, userId: string): Promise<{ token: string; currentStep: number } | null> {
  const [row] = await db
    .select({ token: assessments.token, currentStep: assessments.currentStep })
    .from(assessments)
    .where(and(eq(assessments.userId, userId), eq(assessments.status, 'en_cours')))
    .orderBy(desc(assessments.updatedAt))
    .limit(1);
  return row ?? null;
}

/** A result of this account (by its id), or null: an owner acts only on their own results. */
export async function findResultOfUser(db: Db, assessmentId: string, userId: string): Promise<{ id: string; token: string } | null> {
  const [row] = await db
    .select({ id: assessments.id, token: assessments.token })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.userId, userId)))
    .limit(1);
  return row ?? null;
}

export interface FollowUp {
  id: string;
  ownerUserId: string;
  activatorId: string;
  ownerName: string;
  activatorName: string;
  agreedAt: Date;
}

const followUpColumns = {
  id: assessmentFollowUps.id,
  ownerUserId: assessmentFollowUps.ownerUserId,
  activatorId: assessmentFollowUps.activatorId,
  ownerName: assessmentFollowUps.ownerName,
  activatorName: assessmentFollowUps.activatorName,
  agreedAt: assessmentFollowUps.agreedAt,
};

/** Records the owner's agreement, unless the same one is already in force. */
export async function insertFollowUp(
  db: Db,
  row: { ownerUserId: string; activatorId: string; ownerName: string; activatorName: string; now: Date },
): Promise<void> {
  await db
    .insert(assessmentFollowUps)
    .values({ ownerUserId: row.ownerUserId, activatorId: row.activatorId, ownerName: row.ownerName, activatorName: row.activatorName, agreedAt: row.now })
    .onConflictDoNothing({
      target: [assessmentFollowUps.ownerUserId, assessmentFollowUps.activatorId],
      where: sql`${assessmentFollowUps.withdrawnAt} IS NULL`,
    });
}

/** Ends a follow-up at its owner's request; false when it was not theirs or not in force. */
export async function withdrawFollowUp(db: Db, id: string, ownerUserId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(assessmentFollowUps)
    .set({ withdrawnAt: now })
    .where(and(eq(assessmentFollowUps.id, id), eq(assessmentFollowUps.ownerUserId, ownerUserId), isNull(assessmentFollowUps.withdrawnAt)))
    .returning({ id: assessmentFollowUps.id });
  return rows.length > 0;
}

export async function followUpsOfOwner(db: Db, ownerUserId: string): Promise<FollowUp[]> {
  return db
    .select(followUpColumns)
    .from(assessmentFollowUps)
    .where(and(eq(assessmentFollowUps.ownerUserId, ownerUserId), isNull(assessmentFollowUps.withdrawnAt)))
    .orderBy(asc(assessmentFollowUps.agreedAt));
}

export async function followUpsOfActivator(db: Db, activatorId: string): Promise<FollowUp[]> {
  return db
    .select(followUpColumns)
    .from(assessmentFollowUps)
    .where(and(eq(assessmentFollowUps.activatorId, activatorId), isNull(assessmentFollowUps.withdrawnAt)))
    .orderBy(asc(assessmentFollowUps.ownerName), asc(assessmentFollowUps.id));
}

/** A follow-up in force, by id (null when unknown or withdrawn). */
export async function findFollowUp(db: Db, id: string): Promise<FollowUp | null> {
  const [row] = await db
    .select(followUpColumns)
    .from(assessmentFollowUps)
    .where(and(eq(assessmentFollowUps.id, id), isNull(assessmentFollowUps.withdrawnAt)))
    .limit(1);
  return row ?? null;
}

/** The latest result of each of these accounts (the activator's list of followed businesses). */
export async function latestResultsOfUsers(db: Db, userIds: string[]): Promise<Map<string, { completedAt: Date; overallScore: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([assessments.userId], { userId: assessments.userId, completedAt: assessments.completedAt, overallScore: assessments.overallScore })
    .from(assessments)
    .where(and(inArray(assessments.userId, userIds), eq(assessments.status, 'termine')))
    .orderBy(assessments.userId, desc(assessments.completedAt));
  const latest = new Map<string, { completedAt: Date; overallScore: number }>();
  for (const r of rows) if (r.userId && r.completedAt && r.overallScore !== null) latest.set(r.userId, { completedAt: r.completedAt, overallScore: r.overallScore });
  return latest;
}

// ---- Personal data (the account's download and deletion) ----

export async function personalDataOfUser(db: Db, userId: string) {
  const rows = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      questionnaireVersion: assessments.questionnaireVersion,
      createdAt: assessments.createdAt,
      completedAt: assessments.completedAt,
      sizeBand: assessments.sizeBand,
      sector: assessments.sector,
      customerType: assessments.customerType,
      postalCode: assessments.postalCode,
      companyAge: assessments.companyAge,
      answers: assessments.answers,
      themeScores: assessments.themeScores,
      overallScore: assessments.overallScore,
    })
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(asc(assessments.createdAt));
  const ids = rows.map((r) => r.id);
  const consents =
    ids.length === 0
      ? []
      : await db
          .select({
            assessmentId: assessmentConsents.assessmentId,
            wordingVersion: assessmentConsents.wordingVersion,
            givenAt: assessmentConsents.givenAt,
            withdrawnAt: assessmentConsents.withdrawnAt,
          })
          .from(assessmentConsents)
          .where(inArray(assessmentConsents.assessmentId, ids))
          .orderBy(asc(assessmentConsents.givenAt));
  const followUps = await db
    .select({
      activatorName: assessmentFollowUps.activatorName,
      agreedAt: assessmentFollowUps.agreedAt,
      withdrawnAt: assessmentFollowUps.withdrawnAt,
    })
    .from(assessmentFollowUps)
    .where(eq(assessmentFollowUps.ownerUserId, userId))
    .orderBy(asc(assessmentFollowUps.agreedAt));
  return { rows, consents, followUps };
}

/**
 * When an account is deleted: its results keep counting in the statistics, but nothing ties them to
 * the person any more. The answers and postal code go, the consents in force end, the follow-ups are
 * deleted, and the private links change so the old ones open nothing.
 */
export async function eraseUserResults(db: Db, userId: string, now: Date, newToken: () => string): Promise<void> {
  await db.transaction(async (tx) => {
    const owned = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.userId, userId));
    const ids = owned.map((r) => r.id);
    if (ids.length > 0) {
      await tx
        .update(assessmentConsents)
        .set({ withdrawnAt: now })
        .where(and(inArray(assessmentConsents.assessmentId, ids), isNull(assessmentConsents.withdrawnAt)));
      await tx
        .update(assessmentConsents)
        .set({ contactName: null, contactEmail: null, contactPhone: null })
        .where(inArray(assessmentConsents.assessmentId, ids));
      for (const id of ids) {
        await tx
          .update(assessments)
          .set({ userId: null, token: newToken(), answers: {}, postalCode: null, latitude: null, longitude: null, updatedAt: now })
          .where(eq(assessments.id, id));
      }
    }
    await tx.delete(assessmentFollowUps).where(eq(assessmentFollowUps.ownerUserId, userId));
  });
}
