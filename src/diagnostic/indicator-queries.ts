import { sql } from 'drizzle-orm';
import { rowsOf, toNumber, type Db } from '../db/client.js';

// The figures behind the indicators and the open data: one pass over the results, grouped by region,
// sector and size band (a few thousand groups at most), rolled up by the caller. Nothing personal is read.

export interface IndicatorCell {
  regionCode: string | null;
  sector: string | null;
  sizeBand: string | null;
  /** Assessments started in the period (completed or not). */
  started: number;
  /** Assessments completed in the period. */
  completed: number;
  /** Of those completed, how many have a consent to be contacted in force. */
  consenting: number;
  /** Of those completed, how many were later sent with a contact request to an activator. */
  contacted: number;
  overallSum: number;
  /** Per theme, the sum of the scores and the number of results that scored it (a theme may not concern a business). */
  themes: Record<string, { sum: number; count: number }>;
}

export interface IndicatorFilter {
  /** Counted from this date (inclusive); null for all time. */
  from: Date | null;
  regionCode: string | null;
  /** Ids of assessments later sent with a contact request; null when unknown. */
  contactedIds: readonly string[] | null;
}

export async function indicatorCells(db: Db, themes: readonly string[], filter: IndicatorFilter): Promise<IndicatorCell[]> {
  const from = (filter.from ?? new Date(0)).toISOString();
  const done = sql`a.status = 'termine' AND a.completed_at >= ${from}::timestamptz`;
  const themeColumns = themes.map(
    (theme, i) => sql`,
      sum((a.theme_scores ->> ${theme})::numeric) FILTER (WHERE ${done}) AS ${sql.raw(`t${i}_sum`)},
      count(a.theme_scores ->> ${theme}) FILTER (WHERE ${done}) AS ${sql.raw(`t${i}_n`)}`,
  );
  const contacted = filter.contactedIds
    ? sql`LEFT JOIN (SELECT DISTINCT value::uuid AS id FROM jsonb_array_elements_text(${JSON.stringify(filter.contactedIds)}::jsonb)) AS k ON k.id = a.id`
    : sql``;
  const result = await db.execute(sql`
    SELECT a.region_code, a.sector, a.size_band,
           count(*) FILTER (WHERE a.created_at >= ${from}::timestamptz) AS started,
           count(*) FILTER (WHERE ${done}) AS completed,
           count(c.id) FILTER (WHERE ${done}) AS consenting,
           ${filter.contactedIds ? sql`count(k.id) FILTER (WHERE ${done})` : sql`0`} AS contacted,
           coalesce(sum(a.overall_score) FILTER (WHERE ${done}), 0) AS overall_sum
           ${sql.join(themeColumns, sql``)}
    FROM assessments a
    LEFT JOIN assessment_consents c ON c.assessment_id = a.id AND c.withdrawn_at IS NULL
    ${contacted}
    WHERE (a.created_at >= ${from}::timestamptz OR a.completed_at >= ${from}::timestamptz)
      ${filter.regionCode ? sql`AND a.region_code = ${filter.regionCode}` : sql``}
    GROUP BY a.region_code, a.sector, a.size_band
  `);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    regionCode: (r.region_code as string | null) ?? null,
    sector: (r.sector as string | null) ?? null,
    sizeBand: (r.size_band as string | null) ?? null,
    started: toNumber(r.started),
    completed: toNumber(r.completed),
    consenting: toNumber(r.consenting),
    contacted: toNumber(r.contacted),
    overallSum: toNumber(r.overall_sum),
    themes: Object.fromEntries(themes.map((theme, i) => [theme, { sum: toNumber(r[`t${i}_sum`] ?? 0), count: toNumber(r[`t${i}_n`]) }])),
  }));
}
