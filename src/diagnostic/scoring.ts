import type { ThemeSlug } from '../themes/index.js';
import { maxPointsOf, type Level, type Question, type Questionnaire, type ThemeBlock, type Tip } from './questionnaire/index.js';

/** The answers of an assessment: question id → the ids of the answers chosen (one for a single choice). */
export type Answers = Record<string, string[]>;

/** A theme's score from 0 to 100, or null when the business said the theme does not concern it. */
export type ThemeScores = Partial<Record<ThemeSlug, number | null>>;

export interface Scores {
  themes: ThemeScores;
  /** The mean of the themes that concern the business, from 0 to 100. */
  overall: number;
}

/** The points a question's answers bring, capped by the question's maximum. */
export function pointsOf(question: Question, chosen: readonly string[]): number {
  const points = question.answers.filter((a) => chosen.includes(a.id)).map((a) => a.points);
  if (question.kind === 'single') return points[0] ?? 0;
  return Math.min(points.reduce((a, b) => a + b, 0), maxPointsOf(question));
}

/** True when an answer chosen in this theme says the theme does not concern the business. */
export function themeExcluded(block: ThemeBlock, answers: Answers): boolean {
  return block.questions.some((q) => q.answers.some((a) => a.excludesTheme && (answers[q.id] ?? []).includes(a.id)));
}

/** A theme's score: the share of the points it can bring, rounded to a whole number out of 100. */
export function scoreTheme(block: ThemeBlock, answers: Answers): number | null {
  if (themeExcluded(block, answers)) return null;
  let earned = 0;
  let max = 0;
  for (const question of block.questions) {
    earned += pointsOf(question, answers[question.id] ?? []);
    max += maxPointsOf(question);
  }
  return Math.round((100 * earned) / max);
}

export function scoreAnswers(questionnaire: Questionnaire, answers: Answers): Scores {
  const themes: ThemeScores = {};
  const counted: number[] = [];
  for (const block of questionnaire.themes) {
    const score = scoreTheme(block, answers);
    themes[block.theme] = score;
    if (score !== null) counted.push(score);
  }
  // The questionnaire's own checks guarantee at least one theme concerns every business.
  const overall = Math.round(counted.reduce((a, b) => a + b, 0) / counted.length);
  return { themes, overall };
}

/** The named level of a score: the highest whose threshold the score reaches. */
export function levelFor(questionnaire: Questionnaire, score: number): Level {
  let found = questionnaire.levels[0]!;
  for (const level of questionnaire.levels) if (score >= level.minScore) found = level;
  return found;
}

export function isTopLevel(questionnaire: Questionnaire, score: number): boolean {
  return levelFor(questionnaire, score) === questionnaire.levels[questionnaire.levels.length - 1];
}

/**
 * The themes where progress is most within reach: the lowest scores first (the questionnaire's order
 * breaks ties), leaving out themes that do not concern the business and those already at the top level.
 */
export function weakestThemes(questionnaire: Questionnaire, scores: ThemeScores, limit = 3): ThemeSlug[] {
  return questionnaire.themes
    .map((block, order) => ({ theme: block.theme as ThemeSlug, score: scores[block.theme as ThemeSlug], order }))
    .filter((t): t is { theme: ThemeSlug; score: number; order: number } => typeof t.score === 'number')
    .filter((t) => !isTopLevel(questionnaire, t.score))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((t) => t.theme);
}

/** The theme a question belongs to. */
export function themeOfQuestion(questionnaire: Questionnaire, questionId: string): ThemeSlug | undefined {
  return questionnaire.themes.find((b) => b.questions.some((q) => q.id === questionId))?.theme as ThemeSlug | undefined;
}

/** Whether a tip's condition holds for these answers (an unanswered question matches nothing). */
export function tipApplies(tip: Tip, answers: Answers): boolean {
  const chosen = answers[tip.when.question];
  if (!chosen || chosen.length === 0) return false;
  if ('anyOf' in tip.when) return tip.when.anyOf.some((id) => chosen.includes(id));
  return !tip.when.noneOf.some((id) => chosen.includes(id));
}

/**
 * The practical tips these answers call for, those of the given themes first (in that order), then
 * the others in the questionnaire's order. Tips of a theme that does not concern the business are left out.
 */
export function matchingTips(questionnaire: Questionnaire, answers: Answers, firstThemes: readonly ThemeSlug[] = []): Tip[] {
  const excluded = new Set(questionnaire.themes.filter((b) => themeExcluded(b, answers)).map((b) => b.theme));
  const rank = (tip: Tip) => {
    const theme = themeOfQuestion(questionnaire, tip.when.question)!;
    const i = firstThemes.indexOf(theme);
    return i === -1 ? firstThemes.length : i;
  };
  return questionnaire.tips
    .filter((tip) => tipApplies(tip, answers) && !excluded.has(themeOfQuestion(questionnaire, tip.when.question)!))
    .map((tip, order) => ({ tip, order, rank: rank(tip) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((t) => t.tip);
}
