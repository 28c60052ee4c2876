import {
  displayedAnswers,
  POSTAL_CODE_MESSAGES,
  readProfileStep,
  readThemeStep,
  valuesOf,
  type ProfileValues,
  type StepForm,
} from '../answers.js';
import { PROFILE_FIELDS, type CompanyProfile } from '../profile.js';
import { completeAssessment, saveProgress, type ProgressUpdate, type StoredAssessment } from '../queries.js';
import type { Questionnaire, ThemeBlock } from '../questionnaire/index.js';
import { scoreAnswers, type Answers } from '../scoring.js';
import type { Step } from '../steps.js';
import type { DiagnosticDeps } from './deps.js';
import { openStep, type StepAccess } from './open-step.js';

export type Direction = 'suivant' | 'precedent';

export const INCOMPLETE_MESSAGE = 'Il manque des réponses à cette étape : complétez-la pour voir votre résultat.';

/** What to show again after a refusal: the answers as sent, with what could not be kept left out. */
export interface ShownValues {
  answers: Answers;
  profile: Partial<Record<keyof CompanyProfile, string>>;
}

export type SaveStepResult =
  | Exclude<StepAccess, { ok: true }>
  | {
      ok: false;
      reason: 'invalide';
      assessment: StoredAssessment;
      questionnaire: Questionnaire;
      steps: Step[];
      step: Step;
      errors: Record<string, string>;
      formError?: string;
      shown: ShownValues;
    }
  | { ok: true; next: { kind: 'etape'; step: number } | { kind: 'resultat' } };

/**
 * Saves one step. Going forward, the step must be complete and valid; going back keeps whatever is
 * valid and demands nothing. Either way, valid answers are saved, so nothing is lost; a refused step
 * is shown again with a message next to each refused question.
 */
export async function saveStep(
  deps: DiagnosticDeps,
  input: { token: string; step: number | null; form: StepForm; direction: Direction },
): Promise<SaveStepResult> {
  const access = await openStep(deps, input.token, input.step);
  if (!access.ok) return access;
  const { assessment, questionnaire, steps, step } = access;
  const now = deps.clock.now();
  const forward = input.direction === 'suivant';
  const total = steps.length;

  let answers: Answers = { ...assessment.answers };
  let profile: ProgressUpdate['profile'];
  let errors: Record<string, string>;
  let formError: string | undefined;
  let shown: ShownValues = { answers: {}, profile: {} };

  if (step.kind === 'profile') {
    const reading = readProfileStep(input.form, forward);
    errors = reading.errors;
    formError = reading.formError;
    profile = { ...reading.values };
    if (reading.values.postalCode) {
      const territory = await deps.locate(reading.values.postalCode);
      if (territory) {
        profile.departmentCode = territory.departmentCode;
        profile.regionCode = territory.regionCode;
        profile.latitude = territory.latitude ?? null;
        profile.longitude = territory.longitude ?? null;
      } else {
        delete profile.postalCode;
        errors[PROFILE_FIELDS.postalCode] = POSTAL_CODE_MESSAGES.unknown;
      }
    }
    shown = { answers: {}, profile: shownProfile(input.form, reading.values) };
  } else {
    const reading = readThemeStep(step.block, input.form);
    errors = forward ? reading.errors : {};
    formError = forward ? reading.formError : undefined;
    answers = mergeStep(step.block, answers, reading.values, reading.errors);
    shown = { answers: shownAnswers(step.block, input.form, reading.errors), profile: {} };
  }

  const refused = forward && (Object.keys(errors).length > 0 || formError !== undefined);
  if (refused) {
    await saveProgress(deps.db, assessment.id, {
      answers,
      profile,
      currentStep: step.number,
      reachedStep: assessment.reachedStep,
      now,
    });
    return { ok: false, reason: 'invalide', assessment, questionnaire, steps, step, errors, formError, shown };
  }

  if (!forward) {
    const previous = Math.max(1, step.number - 1);
    await saveProgress(deps.db, assessment.id, { answers, profile, currentStep: previous, reachedStep: assessment.reachedStep, now });
    return { ok: true, next: { kind: 'etape', step: previous } };
  }

  if (step.number < total) {
    const next = step.number + 1;
    await saveProgress(deps.db, assessment.id, {
      answers,
      profile,
      currentStep: next,
      reachedStep: Math.max(assessment.reachedStep, next),
      now,
    });
    return { ok: true, next: { kind: 'etape', step: next } };
  }

  // The last step: every step must be complete before the result is computed.
  const incomplete = firstIncompleteStep(steps, assessment, answers);
  if (incomplete !== null) {
    await saveProgress(deps.db, assessment.id, { answers, profile, currentStep: incomplete, reachedStep: assessment.reachedStep, now });
    return { ok: false, reason: 'etape', step: incomplete, message: INCOMPLETE_MESSAGE };
  }
  const scores = scoreAnswers(questionnaire, answers);
  // false only when another request completed it first: the result exists either way.
  await completeAssessment(deps.db, assessment.id, {
    answers,
    themeScores: scores.themes,
    overallScore: scores.overall,
    step: step.number,
    now,
  });
  return { ok: true, next: { kind: 'resultat' } };
}

/** The stored answers with this step's questions replaced by what was sent (refused ones left as they were). */
function mergeStep(block: ThemeBlock, stored: Answers, sent: Answers, refused: Record<string, string>): Answers {
  const merged = { ...stored };
  for (const question of block.questions) {
    if (refused[question.id]) continue;
    if (sent[question.id]) merged[question.id] = sent[question.id]!;
    else delete merged[question.id];
  }
  return merged;
}

function shownAnswers(block: ThemeBlock, form: StepForm, errors: Record<string, string>): Answers {
  const shown = displayedAnswers(block, form);
  // A single choice refused (two answers, or one unknown) is shown empty rather than half-right.
  for (const question of block.questions) if (question.kind === 'single' && errors[question.id]) delete shown[question.id];
  return shown;
}

function shownProfile(form: StepForm, valid: ProfileValues): ShownValues['profile'] {
  const typed = valuesOf(form[PROFILE_FIELDS.postalCode])[0];
  return { ...valid, ...(typed !== undefined ? { postalCode: typed.slice(0, 20) } : {}) };
}

function firstIncompleteStep(steps: Step[], assessment: StoredAssessment, answers: Answers): number | null {
  for (const step of steps) {
    if (step.kind === 'profile') {
      const { sizeBand, sector, customerType, postalCode, companyAge, departmentCode } = assessment;
      if (!sizeBand || !sector || !customerType || !postalCode || !companyAge || !departmentCode) return step.number;
    } else {
      // Stored answers hold known ids only: a refusal here can only mean a missing answer.
      const reading = readThemeStep(step.block, answers);
      if (Object.keys(reading.errors).length > 0) return step.number;
    }
  }
  return null;
}
