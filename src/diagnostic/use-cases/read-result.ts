import { compare, type Comparison } from '../comparison.js';
import { findResultByToken, type StoredAssessment } from '../queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
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

/**
 * A completed result and its comparison, in one indexed query whatever the number of results: the
 * comparison reads per-score counts (at most 101 rows a group), never the results themselves.
 */
export async function readResult(deps: Pick<DiagnosticDeps, 'db'>, token: string): Promise<ReadResult> {
  const found = await findResultByToken(deps.db, token);
  if (!found) return { ok: false, reason: 'introuvable' };
  const { counts, ...assessment } = found;
  if (assessment.status !== 'termine' || assessment.overallScore === null || !assessment.themeScores) {
    return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  }
  const questionnaire = questionnaireOf(assessment);
  const comparison = assessment.sector && assessment.sizeBand ? compare(counts) : null;
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
