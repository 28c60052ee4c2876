import { questionnaireVersion, type Questionnaire } from '../questionnaire/index.js';
import { findAssessmentByToken, type StoredAssessment } from '../queries.js';
import { stepsOf, type Step } from '../steps.js';
import type { DiagnosticDeps } from './deps.js';

export const STEP_MESSAGES = {
  missing: 'Cette étape n’existe pas : voici celle où vous vous étiez arrêté.',
  notYet: 'Cette étape n’est pas encore accessible : répondez d’abord aux questions de celle-ci.',
} as const;

export type StepAccess =
  | { ok: true; assessment: StoredAssessment; questionnaire: Questionnaire; steps: Step[]; step: Step }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'termine' }
  /** A step number the visitor could not have reached by the buttons: sent to `step` with `message`. */
  | { ok: false; reason: 'etape'; step: number; message: string };

export function questionnaireOf(assessment: { questionnaireVersion: string }): Questionnaire {
  const questionnaire = questionnaireVersion(assessment.questionnaireVersion);
  // Versions are never removed (questionnaire/index.ts): a missing one is a deployment mistake.
  if (!questionnaire) throw new Error(`version de questionnaire inconnue : ${assessment.questionnaireVersion}`);
  return questionnaire;
}

/** Checks that an assessment in progress may show step `requested` (a number typed in the address or not). */
export async function openStep(deps: Pick<DiagnosticDeps, 'db'>, token: string, requested: number | null): Promise<StepAccess> {
  const assessment = await findAssessmentByToken(deps.db, token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status === 'termine') return { ok: false, reason: 'termine' };
  const questionnaire = questionnaireOf(assessment);
  const steps = stepsOf(questionnaire);
  const step = requested === null ? undefined : steps[requested - 1];
  if (!step) return { ok: false, reason: 'etape', step: assessment.currentStep, message: STEP_MESSAGES.missing };
  if (step.number > assessment.reachedStep) {
    return { ok: false, reason: 'etape', step: assessment.reachedStep, message: STEP_MESSAGES.notYet };
  }
  return { ok: true, assessment, questionnaire, steps, step };
}
