import { sql } from 'drizzle-orm';
import { rowsOf, toNumber, type Db } from '../db/client.js';
import type { JobHandlers } from '../jobs/index.js';
import type { AppContext } from '../server/context.js';
import { RETENTION } from '../site/index.js';

/** Once a day: results taken without an account are anonymised two years after they were last touched. */
export const DIAGNOSTIC_RETENTION_JOB = 'autodiagnostics-anonymisation';

/** The instant before which an anonymous result is anonymised (calendar years, as promised on /donnees-personnelles). */
export function anonymisationCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION.anonymousAssessmentYears);
  return cutoff;
}

/**
 * Anonymises, in one statement, the results taken without an account and untouched for two years: the
 * postal code and position go (the department stays), the answers are dropped, the contact details
 * given with a consent are erased. The profile (sector, size band…) and the scores stay, so the result
 * still counts in comparisons, indicators and open data. Returns how many results were anonymised.
 */
export async function anonymiseOldResults(db: Db, now: Date): Promise<number> {
  const result = await db.execute(sql`
    WITH old AS (
      UPDATE assessments
      SET postal_code = NULL, latitude = NULL, longitude = NULL, answers = '{}'::jsonb, anonymised_at = ${now.toISOString()}::timestamptz
      WHERE user_id IS NULL AND anonymised_at IS NULL AND coalesce(completed_at, updated_at) < ${anonymisationCutoff(now).toISOString()}::timestamptz
      RETURNING id
    ), erased AS (
      UPDATE assessment_consents
      SET contact_name = NULL, contact_email = NULL, contact_phone = NULL
      WHERE assessment_id IN (SELECT id FROM old)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM old) AS anonymised, (SELECT count(*) FROM erased) AS erased
  `);
  return toNumber(rowsOf<{ anonymised: unknown }>(result)[0]?.anonymised);
}

export function diagnosticJobHandlers(ctx: Pick<AppContext, 'db' | 'clock'>): JobHandlers {
  return {
    [DIAGNOSTIC_RETENTION_JOB]: async () => {
      await anonymiseOldResults(ctx.db, ctx.clock.now());
    },
  };
}
