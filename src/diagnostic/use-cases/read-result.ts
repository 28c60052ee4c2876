import { compare, type Comparison } from '../comparison.js';
import { groupCounts, type StoredAssessment } from '../queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { findAssessmentByToken } from '../queries.js';
import type { Answers, ThemeScores } from '../scoring.js';
import type { DiagnosticDeps } from './deps.js';
import { questionnaireOf } from './open-step.js';

export interface ResultView {
  assessment: StoredAssessment;
  questionnaire: Questionnaire;
  answers: Answers;
  themeScores: ThemeScores;
  overallScore: number;
  /** Null when the profile lacks a sector or a size band (an anonymised result, later). */
  comparison: Comparison | null;
}

export type ReadResult =
  | { ok: true; view: ResultView }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'en_cours'; step: number };

/** A completed result and its comparison: two indexed queries, whatever the number of results. */
export async function readResult(deps: Pick<DiagnosticDeps, 'db'>, token: string): Promise<ReadResult> {
  const assessment = await findAssessmentByToken(deps.db, token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine' || assessment.overallScore === null || !assessment.themeScores) {
    return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  }
  const questionnaire = questionnaireOf(assessment);
  const comparison =
    assessment.sector && assessment.sizeBand
      ? compare(await groupCounts(deps.db, assessment.sector, assessment.sizeBand, assessment.overallScore))
      : null;
  return {
    ok: true,
    view: {
      assessment,
      questionnaire,
      answers: assessment.answers,
      themeScores: assessment.themeScores as ThemeScores,
      overallScore: assessment.overallScore,
      comparison,
    },
  };
}
