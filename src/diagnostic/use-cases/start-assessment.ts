import { CURRENT_QUESTIONNAIRE } from '../questionnaire/index.js';
import { insertAssessment } from '../queries.js';
import type { DiagnosticDeps } from './deps.js';

/** Starts an assessment on the current questionnaire version; the token is its private link. */
export async function startAssessment(deps: DiagnosticDeps): Promise<{ token: string }> {
  const token = deps.newToken();
  await insertAssessment(deps.db, { token, questionnaireVersion: CURRENT_QUESTIONNAIRE.version, now: deps.clock.now() });
  return { token };
}
