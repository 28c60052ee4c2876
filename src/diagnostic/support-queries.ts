import { and, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf, toNumber, type Db } from '../db/client.js';
import { assessmentConsents, assessmentContacts, assessments } from './schema.js';

// "Entreprises à accompagner": the consenting businesses of an activator's departments. Only the
// profile, the scores and the date are read; the answers never leave the database here.

export interface BusinessToSupportRow {
  id: string;
  questionnaireVersion: string;
  completedAt: Date;
  sizeBand: string | null;
  sector: string | null;
  postalCode: string | null;
  departmentCode: string | null;
  themeScores: Record<string, number | null>;
  /** Some activator already clicked "Je prends contact". */
  contacted: boolean;
  /** When this activator did; null otherwise. */
  contactedByMeAt: Date | null;
  /** The contact details, given only to the activator who took contact. */
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

export interface WeakThemeFilter {
  theme: string;
  /** Themes in questionnaire order: ties between equal scores go to the first, as on the result page. */
  themeOrder: readonly string[];
  /** Scores from this value up are at the top level, never "to work on". */
  topLevelMinScore: number;
  /** How many weakest themes are shown (3). */
  limit: number;
}

/**
 * The condition "theme X is among the business's weakest themes" written in SQL, the same rule as
 * `weakestThemes`: scored, below the top level, and fewer than `limit` themes weaker (ties to the
 * first in questionnaire order). Filtering in the database keeps the pagination exact.
 */
function weakThemeCondition(filter: WeakThemeFilter) {
  const order = sql`ARRAY[${sql.join(
    filter.themeOrder.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;
  const mine = sql`(a.theme_scores ->> ${filter.theme})::numeric`;
  return sql`(
    ${mine} IS NOT NULL AND ${mine} < ${filter.topLevelMinScore}
    AND (
      SELECT count(*) FROM jsonb_each_text(a.theme_scores) AS e(key, value)
      WHERE e.value IS NOT NULL AND e.value::numeric < ${filter.topLevelMinScore} AND (
        e.value::numeric < ${mine}
        OR (e.value::numeric = ${mine} AND coalesce(array_position(${order}, e.key), 1000) < coalesce(array_position(${order}, ${filter.theme}::text), 1000))
      )
    ) < ${filter.limit}
  )`;
}

export async function listBusinessesToSupport(
  db: Db,
  input: { activatorId: string; departments: string[]; weakTheme: WeakThemeFilter | null; limit: number; offset: number },
): Promise<{ total: number; rows: BusinessToSupportRow[] }> {
  if (input.departments.length === 0) return { total: 0, rows: [] };
  const departments = sql`ARRAY[${sql.join(
    input.departments.map((d) => sql`${d}`),
    sql`, `,
  )}]::text[]`;
  const result = await db.execute(sql`
    SELECT a.id, a.questionnaire_version, a.completed_at, a.size_band, a.sector, a.postal_code, a.department_code, a.theme_scores,
           EXISTS (SELECT 1 FROM assessment_contacts x WHERE x.assessment_id = a.id) AS contacted,
           mine.contacted_at AS contacted_by_me_at,
           CASE WHEN mine.contacted_at IS NOT NULL THEN c.contact_name END AS contact_name,
           CASE WHEN mine.contacted_at IS NOT NULL THEN c.contact_email END AS contact_email,
           CASE WHEN mine.contacted_at IS NOT NULL THEN c.contact_phone END AS contact_phone,
           count(*) OVER () AS total
    FROM assessments a
    JOIN assessment_consents c ON c.assessment_id = a.id AND c.withdrawn_at IS NULL
    LEFT JOIN assessment_contacts mine ON mine.assessment_id = a.id AND mine.activator_id = ${input.activatorId}
    WHERE a.status = 'termine' AND a.anonymised_at IS NULL AND a.department_code = ANY(${departments})
      ${input.weakTheme ? sql`AND ${weakThemeCondition(input.weakTheme)}` : sql``}
    ORDER BY a.completed_at DESC, a.id
    LIMIT ${input.limit} OFFSET ${input.offset}
  `);
  const rows = rowsOf<Record<string, unknown>>(result);
  let total = rows.length > 0 ? toNumber(rows[0]!.total) : 0;
  if (rows.length === 0 && input.offset > 0) {
    // Past the last page: count alone, so the page can say how many there are.
    const [counted] = rowsOf<{ n: unknown }>(
      await db.execute(sql`
        SELECT count(*) AS n FROM assessments a
        JOIN assessment_consents c ON c.assessment_id = a.id AND c.withdrawn_at IS NULL
        WHERE a.status = 'termine' AND a.anonymised_at IS NULL AND a.department_code = ANY(${departments})
          ${input.weakTheme ? sql`AND ${weakThemeCondition(input.weakTheme)}` : sql``}
      `),
    );
    total = toNumber(counted?.n);
  }
  return {
    total,
    rows: rows.map((r) => {
      const contactedByMeAt = r.contacted_by_me_at ? new Date(r.contacted_by_me_at as string) : null;
      return {
        id: String(r.id),
        questionnaireVersion: String(r.questionnaire_version),
        completedAt: new Date(r.completed_at as string),
        sizeBand: (r.size_band as string | null) ?? null,
        sector: (r.sector as string | null) ?? null,
        postalCode: (r.postal_code as string | null) ?? null,
        departmentCode: (r.department_code as string | null) ?? null,
        themeScores: (typeof r.theme_scores === 'string' ? JSON.parse(r.theme_scores) : r.theme_scores) as Record<string, number | null>,
        contacted: Boolean(r.contacted),
        contactedByMeAt,
        contact: contactedByMeAt
          ? { name: (r.contact_name as string | null) ?? null, email: (r.contact_email as string | null) ?? null, phone: (r.contact_phone as string | null) ?? null }
          : null,
      };
    }),
  };
}

/** A consenting business still shown to activators (consent in force, not anonymised), with its department. */
export async function findConsentingBusiness(db: Db, assessmentId: string): Promise<{ id: string; departmentCode: string | null } | null> {
  const [row] = await db
    .select({ id: assessments.id, departmentCode: assessments.departmentCode })
    .from(assessments)
    .innerJoin(assessmentConsents, and(eq(assessmentConsents.assessmentId, assessments.id), isNull(assessmentConsents.withdrawnAt)))
    .where(and(eq(assessments.id, assessmentId), eq(assessments.status, 'termine'), isNull(assessments.anonymisedAt)))
    .limit(1);
  return row ?? null;
}

/** Logs that an activator took contact (who, when); a second click keeps the first date. */
export async function logBusinessContact(db: Db, assessmentId: string, activatorId: string, now: Date): Promise<void> {
  await db.insert(assessmentContacts).values({ assessmentId, activatorId, contactedAt: now }).onConflictDoNothing();
}
