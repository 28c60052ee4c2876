import { CURRENT_QUESTIONNAIRE } from '../questionnaire/index.js';
import { insertAssessment } from '../queries.js';
import type { DiagnosticDeps } from './deps.js';

export interface StartInput {
  /** A signed-in business owner: the assessment is saved in their account from the start. */
  userId?: string | null;
  /** Started from an activator's space: taken together with that activator. */
  activatorId?: string | null;
}

/** Starts an assessment on the current questionnaire version; the token is its private link. */
export async function startAssessment(deps: DiagnosticDeps, input: StartInput = {}): Promise<{ token: string }> {
  const token = deps.newToken();
  await insertAssessment(deps.db, {
    token,
    questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
    now: deps.clock.now(),
    userId: input.userId ?? null,
    activatorId: input.activatorId ?? null,
  });
  return { token };
}
