import { findAssessmentByToken } from '../queries.js';
import { stepCount } from '../steps.js';
import type { DiagnosticDeps } from './deps.js';
import { questionnaireOf } from './open-step.js';

export type ResumePoint =
  | { kind: 'en_cours'; step: number; total: number }
  | { kind: 'termine' }
  | null;

/** Where the assessment behind a private link (or the browser's cookie) should pick up. */
export async function resumePoint(deps: Pick<DiagnosticDeps, 'db'>, token: string): Promise<ResumePoint> {
  const assessment = await findAssessmentByToken(deps.db, token);
  if (!assessment) return null;
  if (assessment.status === 'termine') return { kind: 'termine' };
  return { kind: 'en_cours', step: assessment.currentStep, total: stepCount(questionnaireOf(assessment)) };
}
