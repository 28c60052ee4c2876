import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { CURRENT_QUESTIONNAIRE } from './questionnaire/index.js';
import { stepCount, stepPath } from './steps.js';
import { newAssessmentToken } from './tokens.js';

export interface LastStepFixture {
  /** One address per prepared assessment: its last step, where the form is posted. */
  paths: string[];
  /** The last step's fields (question id → answer ids), as the form sends them. */
  form: Record<string, string[]>;
}

/**
 * For `npm run bench` only (BENCH_ROUTES): `count` assessments in progress, every step answered but
 * the last one validated, copied from completed results (profile and answers). Posting the form (the
 * last step's answers of one of them) completes each one once (score, comparison counts), as a business
 * finishing its assessment does.
 */
export async function assessmentsAtLastStep(db: Db, now: Date, count: number): Promise<LastStepFixture> {
  const questionnaire = CURRENT_QUESTIONNAIRE;
  const last = stepCount(questionnaire);
  // Copies of many results (sectors, sizes and scores vary), not of one: completions then update the
  // comparison counts of different groups, as real ones do, instead of all queueing on the same rows.
  const templates = rowsOf<{ id: string; answers: Record<string, string[]> }>(
    await db.execute(sql`
      SELECT id, answers FROM assessments
      WHERE status = 'termine' AND anonymised_at IS NULL AND questionnaire_version = ${questionnaire.version}
      ORDER BY completed_at DESC LIMIT ${Math.min(count, 2_000)}`),
  );
  const template = templates[0];
  if (!template) throw new Error('aucun autodiagnostic terminé à copier : remplissez la base (npm run seed) d’abord');
  const copies = Array.from({ length: count }, (_, i) => ({ token: newAssessmentToken(), template: templates[i % templates.length]!.id }));
  await db.execute(sql`
    INSERT INTO assessments (token, questionnaire_version, status, current_step, reached_step, size_band, sector, customer_type,
                             postal_code, company_age, department_code, region_code, latitude, longitude, answers, created_at, updated_at)
    SELECT c.token, a.questionnaire_version, 'en_cours', ${last}, ${last}, a.size_band, a.sector, a.customer_type,
           a.postal_code, a.company_age, a.department_code, a.region_code, a.latitude, a.longitude, a.answers, ${now}, ${now}
    FROM jsonb_to_recordset(${JSON.stringify(copies)}::jsonb) AS c(token text, template uuid)
    JOIN assessments a ON a.id = c.template`);
  const tokens = copies.map((c) => c.token);
  const block = questionnaire.themes[questionnaire.themes.length - 1]!;
  const form: Record<string, string[]> = {};
  for (const question of block.questions) {
    const answer = template.answers[question.id];
    if (answer) form[question.id] = answer;
  }
  return { paths: tokens.map((token) => stepPath(token, last)), form };
}
