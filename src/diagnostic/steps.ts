import { themeLabel } from '../themes/index.js';
import type { Questionnaire, ThemeBlock } from './questionnaire/index.js';

/**
 * The steps of an assessment, numbered from 1 in the database: 1 is the company profile, then one
 * step per theme. The DSFR stepper holds 8 steps at most, so it counts the themes only: the profile
 * comes before it, at …/entreprise, and the theme steps are …/etape/1 to …/etape/8, as the stepper says.
 */
export type Step =
  | { number: number; kind: 'profile'; title: string }
  | { number: number; kind: 'theme'; title: string; block: ThemeBlock; themeNumber: number };

export const PROFILE_STEP_TITLE = 'Votre entreprise';

export function stepsOf(questionnaire: Questionnaire): Step[] {
  return [
    { number: 1, kind: 'profile', title: PROFILE_STEP_TITLE },
    ...questionnaire.themes.map((block, i) => ({
      number: i + 2,
      kind: 'theme' as const,
      title: themeLabel(block.theme),
      block: block as ThemeBlock,
      themeNumber: i + 1,
    })),
  ];
}

export function stepCount(questionnaire: Questionnaire): number {
  return questionnaire.themes.length + 1;
}

/** The address of a step of the assessment behind `token`. */
export function stepPath(token: string, step: number): string {
  return step <= 1 ? `/autodiagnostic/${token}/entreprise` : `/autodiagnostic/${token}/etape/${step - 1}`;
}

/** The step a theme number typed in the address stands for; null for anything that is not one. */
export function stepOfThemeNumber(raw: string): number | null {
  return /^\d{1,2}$/.test(raw) && Number(raw) >= 1 ? Number(raw) + 1 : null;
}
