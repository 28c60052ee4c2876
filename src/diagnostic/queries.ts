import { and, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import type { GroupCount, GroupKind } from './comparison.js';
import type { ProfileValues } from './answers.js';
import type { Answers, ThemeScores } from './scoring.js';
import { ScoreDistributions } from './score-distributions.js';
import { assessmentConsents, assessments, assessmentScoreCounts } from './schema.js';

// The only code that touches the diagnostic tables.

export type AssessmentRow = typeof assessments.$inferSelect;

export interface ActiveConsent {
  wordingVersion: string;
  givenAt: Date;
}

export interface StoredAssessment extends AssessmentRow {
  consent: ActiveConsent | null;
}

export async function insertAssessment(
  db: Db,
  row: { token: string; questionnaireVersion: string; now: Date; userId?: string | null; activatorId?: string | null },
): Promise<void> {
  await db.insert(assessments).values({
    token: row.token,
    userId: row.userId ?? null,
    activatorId: row.activatorId ?? null,
    questionnaireVersion: row.questionnaireVersion,
    status: 'en_cours',
    createdAt: row.now,
    updatedAt: row.now,
  });
}

/**
 * The lookups behind a private link, prepared once per database: on the hot path the statement is
 * neither rebuilt nor re-planned (a third of the time of an unprepared lookup).
 */
function prepareHotQueries(db: Db) {
  const findByToken = db
    .select({
      assessment: assessments,
      consentVersion: assessmentConsents.wordingVersion,
      consentGivenAt: assessmentConsents.givenAt,
    })
    .from(assessments)
    .leftJoin(
      assessmentConsents,
      and(eq(assessmentConsents.assessmentId, assessments.id), isNull(assessmentConsents.withdrawnAt)),
    )
    .where(eq(assessments.token, sql.placeholder('token')))
    .limit(1)
    .prepare('diagnostic_find_by_token');
  return { findByToken };
}

const hotQueries = new WeakMap<Db, ReturnType<typeof prepareHotQueries>>();
const distributionsOf = new WeakMap<Db, ScoreDistributions>();

/** The comparison counts of a database, kept in this process (score-distributions.ts). */
function distributions(db: Db): ScoreDistributions {
  let kept = distributionsOf.get(db);
  if (!kept) {
    kept = new ScoreDistributions(() =>
      db.select({ groupKey: assessmentScoreCounts.groupKey, score: assessmentScoreCounts.score, count: assessmentScoreCounts.count }).from(assessmentScoreCounts),
    );
    distributionsOf.set(db, kept);
  }
  return kept;
}
function hot(db: Db): ReturnType<typeof prepareHotQueries> {
  let queries = hotQueries.get(db);
  if (!queries) hotQueries.set(db, (queries = prepareHotQueries(db)));
  return queries;
}

/** The assessment behind a private link, with its consent in force (one indexed lookup). */
export async function findAssessmentByToken(db: Db, token: string): Promise<StoredAssessment | null> {
  const [found] = await hot(db).findByToken.execute({ token });
  if (!found) return null;
  const consent =
    found.consentVersion && found.consentGivenAt ? { wordingVersion: found.consentVersion, givenAt: found.consentGivenAt } : null;
  return { ...found.assessment, consent };
}

export interface ProgressUpdate {
  answers: Answers;
  profile?: ProfileValues & { departmentCode?: string | null; regionCode?: string | null; latitude?: number | null; longitude?: number | null };
  currentStep: number;
  reachedStep: number;
  now: Date;
}

/** Saves a step of an assessment still being answered (a completed one is never changed). */
export async function saveProgress(db: Db, id: string, update: ProgressUpdate): Promise<boolean> {
  const profile = update.profile ?? {};
  const saved = await db
    .update(assessments)
    .set({
      answers: update.answers,
      currentStep: update.currentStep,
      reachedStep: update.reachedStep,
      updatedAt: update.now,
      ...('sizeBand' in profile ? { sizeBand: profile.sizeBand ?? null } : {}),
      ...('sector' in profile ? { sector: profile.sector ?? null } : {}),
      ...('customerType' in profile ? { customerType: profile.customerType ?? null } : {}),
      ...('companyAge' in profile ? { companyAge: profile.companyAge ?? null } : {}),
      ...('postalCode' in profile
        ? {
            postalCode: profile.postalCode ?? null,
            departmentCode: profile.departmentCode ?? null,
            regionCode: profile.regionCode ?? null,
            latitude: profile.latitude ?? null,
            longitude: profile.longitude ?? null,
          }
        : {}),
    })
    .where(and(eq(assessments.id, id), eq(assessments.status, 'en_cours')))
    .returning({ id: assessments.id });
  return saved.length > 0;
}

/**
 * Completes an assessment and counts it in its comparison groups, in one statement: the score
 * counts can never disagree with the results, and a second submission (a double click) counts nothing.
 */
export async function completeAssessment(
  db: Db,
  id: string,
  result: { answers: Answers; themeScores: ThemeScores; overallScore: number; step: number; now: Date },
): Promise<boolean> {
  const now = result.now.toISOString();
  const done = await db.execute(sql`
    WITH done AS (
      UPDATE assessments
      SET status = 'termine',
          answers = ${JSON.stringify(result.answers)}::jsonb,
          theme_scores = ${JSON.stringify(result.themeScores)}::jsonb,
          overall_score = ${result.overallScore},
          current_step = ${result.step},
          reached_step = GREATEST(reached_step, ${result.step}),
          completed_at = ${now}::timestamptz,
          updated_at = ${now}::timestamptz
      WHERE id = ${id} AND status = 'en_cours' AND sector IS NOT NULL AND size_band IS NOT NULL
      RETURNING sector, size_band, overall_score
    )
    INSERT INTO assessment_score_counts (group_key, score, count)
    SELECT g.key, done.overall_score, 1
    FROM done
    CROSS JOIN LATERAL (VALUES
      ('tous'),
      ('secteur:' || done.sector),
      ('taille:' || done.size_band),
      ('secteur-taille:' || done.sector || ':' || done.size_band)
    ) AS g(key)
    ON CONFLICT (group_key, score) DO UPDATE SET count = assessment_score_counts.count + 1
    RETURNING group_key
  `);
  const keys = rowsOf<{ group_key: string }>(done).map((row) => row.group_key);
  // 'secteur-taille:<sector>:<size band>' names both (comparison.ts `groupKey`).
  const [sector, sizeBand] = keys.find((key) => key.startsWith('secteur-taille:'))?.split(':').slice(1) ?? [];
  if (sector && sizeBand) distributions(db).recordCompletion(sector, sizeBand, result.overallScore);
  return keys.length > 0;
}

/**
 * A result with the counts of its comparison groups (how many results, how many score lower): one
 * indexed lookup, the counts being read from this process's copy of the score histograms.
 */
export async function findResultByToken(db: Db, token: string): Promise<(StoredAssessment & { counts: Map<GroupKind, GroupCount> }) | null> {
  const found = await findAssessmentByToken(db, token);
  if (!found) return null;
  const { sector, sizeBand, overallScore } = found;
  const counts =
    sector && sizeBand && overallScore !== null ? await distributions(db).countsFor(sector, sizeBand, overallScore) : new Map<GroupKind, GroupCount>();
  return { ...found, counts };
}

/** Records a consent, unless one is already in force (a second click changes nothing). */
export async function insertConsent(
  db: Db,
  assessmentId: string,
  wordingVersion: string,
  now: Date,
  contact?: { name: string; email: string; phone: string },
): Promise<void> {
  await db
    .insert(assessmentConsents)
    .values({
      assessmentId,
      wordingVersion,
      givenAt: now,
      contactName: contact?.name || null,
      contactEmail: contact?.email || null,
      contactPhone: contact?.phone || null,
    })
    .onConflictDoNothing({ target: assessmentConsents.assessmentId, where: sql`${assessmentConsents.withdrawnAt} IS NULL` });
}

/** Withdraws the consent in force and erases the contact details given with it; false when there was none. */
export async function withdrawConsent(db: Db, assessmentId: string, now: Date): Promise<boolean> {
  const withdrawn = await db
    .update(assessmentConsents)
    .set({ withdrawnAt: now, contactName: null, contactEmail: null, contactPhone: null })
    .where(and(eq(assessmentConsents.assessmentId, assessmentId), isNull(assessmentConsents.withdrawnAt)))
    .returning({ id: assessmentConsents.id });
  return withdrawn.length > 0;
}

/** Recomputes every comparison count from the completed results (after a bulk load or a repair). */
export async function rebuildScoreCounts(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM assessment_score_counts`);
    await tx.execute(sql`
      INSERT INTO assessment_score_counts (group_key, score, count)
      SELECT g.key, a.overall_score, count(*)
      FROM assessments a
      CROSS JOIN LATERAL (VALUES
        ('tous'),
        ('secteur:' || a.sector),
        ('taille:' || a.size_band),
        ('secteur-taille:' || a.sector || ':' || a.size_band)
      ) AS g(key)
      WHERE a.status = 'termine' AND a.sector IS NOT NULL AND a.size_band IS NOT NULL AND a.overall_score IS NOT NULL
      GROUP BY g.key, a.overall_score
    `);
  });
  distributions(db).invalidate();
}

/** Adds counts computed elsewhere (the seed generator), in batches. */
export async function addScoreCounts(db: Db, counts: ReadonlyMap<string, number>): Promise<void> {
  const rows = [...counts].map(([key, count]) => {
    const at = key.lastIndexOf('|');
    return { groupKey: key.slice(0, at), score: Number(key.slice(at + 1)), count };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(assessmentScoreCounts)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [assessmentScoreCounts.groupKey, assessmentScoreCounts.score],
        set: { count: sql`${assessmentScoreCounts.count} + excluded.count` },
      });
  }
  distributions(db).invalidate();
}

/** Private links of completed results, for the benchmark's list of result pages to open. */
export async function completedAssessmentTokens(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ token: assessments.token })
    .from(assessments)
    .where(eq(assessments.status, 'termine'))
    .limit(limit);
  return rows.map((r) => r.token);
}
