import {
  COMPANY_AGES,
  CUSTOMER_TYPES,
  NAF_SECTIONS,
  PROFILE_FIELDS,
  SIZE_BANDS,
  type CompanyProfile,
} from './profile.js';
import { POSTAL_CODE_PATTERN } from './postal-code.js';
import type { Question, ThemeBlock } from './questionnaire/index.js';
import type { Answers } from './scoring.js';
import { themeExcluded } from './scoring.js';

// Reading a submitted step against the questionnaire version of the assessment. Anything the form
// could not have sent (an unknown question, an unknown answer, two answers to a single choice) is
// refused with a French message next to the question, and the other answers are kept.

/** A submitted form: field name → value(s), as @fastify/formbody parses it. */
export type StepForm = Record<string, string | string[] | undefined>;

/** Fields every step form carries besides the answers. */
const FORM_FIELDS = new Set(['_csrf', 'direction']);

export const MESSAGES = {
  unknownQuestion:
    'Une réponse envoyée ne correspond à aucune question de cette étape : elle n’a pas été enregistrée. Vérifiez vos réponses, puis validez à nouveau.',
  chooseOne: 'Choisissez une réponse pour continuer.',
  chooseAtLeastOne: 'Cochez au moins une réponse pour continuer.',
  onlyOne: 'Une seule réponse est possible pour cette question.',
  unknownAnswer: 'Cette réponse ne fait pas partie des choix proposés : choisissez parmi la liste.',
  unknownAnswers: 'Une des réponses cochées ne fait pas partie des choix proposés : cochez parmi la liste.',
  exclusive: (label: string) => `« ${label} » ne peut pas être coché avec une autre réponse.`,
} as const;

export interface StepReading<T> {
  /** What can be kept of the form: valid answers only. */
  values: T;
  /** Field name → the message shown next to it. */
  errors: Record<string, string>;
  /** A problem that belongs to no field of the page (an unknown question). */
  formError?: string;
}

export function valuesOf(raw: string | string[] | undefined): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return [...new Set(list.map((v) => v.trim()).filter((v) => v !== ''))];
}

function unknownFields(form: StepForm, known: ReadonlySet<string>): string[] {
  return Object.keys(form).filter((name) => !FORM_FIELDS.has(name) && !known.has(name));
}

/** One question's submitted values: the valid answer ids, or the message explaining the refusal. */
function readQuestion(question: Question, raw: string | string[] | undefined, required: boolean): { chosen: string[]; error?: string } {
  const submitted = valuesOf(raw);
  const known = submitted.filter((id) => question.answers.some((a) => a.id === id));
  if (known.length < submitted.length) {
    return { chosen: question.kind === 'single' ? [] : known, error: question.kind === 'single' ? MESSAGES.unknownAnswer : MESSAGES.unknownAnswers };
  }
  if (question.kind === 'single' && known.length > 1) return { chosen: [], error: MESSAGES.onlyOne };
  if (question.kind === 'multiple' && known.length > 1) {
    const exclusive = question.answers.find((a) => a.exclusive && known.includes(a.id));
    if (exclusive) return { chosen: known, error: MESSAGES.exclusive(exclusive.label) };
  }
  if (known.length === 0 && required) {
    return { chosen: [], error: question.kind === 'single' ? MESSAGES.chooseOne : MESSAGES.chooseAtLeastOne };
  }
  return { chosen: known };
}

/**
 * A theme step. `values` holds every question of the step that was answered validly; a question
 * left empty is absent (it is then cleared from the stored answers). Questions of a theme the
 * business said does not concern it may be left empty.
 */
export function readThemeStep(block: ThemeBlock, form: StepForm): StepReading<Answers> {
  const values: Answers = {};
  const errors: Record<string, string> = {};
  const firstPass: Answers = {};
  for (const question of block.questions) firstPass[question.id] = valuesOf(form[question.id]);
  const excluded = themeExcluded(block, firstPass);
  for (const question of block.questions) {
    const required = !excluded || question.answers.some((a) => a.excludesTheme);
    const { chosen, error } = readQuestion(question, form[question.id], required);
    if (error) errors[question.id] = error;
    else if (chosen.length > 0) values[question.id] = chosen;
  }
  const unknown = unknownFields(form, new Set(block.questions.map((q) => q.id)));
  return { values, errors, formError: unknown.length > 0 ? MESSAGES.unknownQuestion : undefined };
}

/** The answers of the step as they should be shown again after a refusal: valid ids only, erroneous ones too. */
export function displayedAnswers(block: ThemeBlock, form: StepForm): Answers {
  const shown: Answers = {};
  for (const question of block.questions) {
    const known = valuesOf(form[question.id]).filter((id) => question.answers.some((a) => a.id === id));
    if (known.length > 0) shown[question.id] = question.kind === 'single' ? known.slice(0, 1) : known;
  }
  return shown;
}

/** The profile's answers as typed (the postal code is only checked for its shape here). */
export type ProfileValues = Partial<Record<keyof CompanyProfile, string>>;

const PROFILE_CHOICES = {
  sizeBand: { list: SIZE_BANDS, missing: 'Choisissez la taille de votre entreprise.', unknown: 'Cette taille ne fait pas partie des choix proposés.' },
  sector: {
    list: NAF_SECTIONS,
    missing: 'Choisissez le secteur d’activité de votre entreprise.',
    unknown: 'Ce secteur ne fait pas partie de la liste : choisissez-en un parmi les 21 proposés.',
  },
  customerType: {
    list: CUSTOMER_TYPES,
    missing: 'Indiquez qui sont vos clients.',
    unknown: 'Ce type de clients ne fait pas partie des choix proposés.',
  },
  companyAge: {
    list: COMPANY_AGES,
    missing: 'Indiquez depuis combien de temps votre entreprise existe.',
    unknown: 'Cette durée ne fait pas partie des choix proposés.',
  },
} as const;

export const POSTAL_CODE_MESSAGES = {
  missing: 'Indiquez le code postal de votre entreprise.',
  shape: 'Le code postal se compose de 5 chiffres, par exemple 69003.',
  unknown: 'Ce code postal ne correspond à aucun territoire français : vérifiez-le.',
} as const;

export function normalisePostalCode(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** The profile step. `required` is false when going back a step: what is valid is kept, nothing is demanded. */
export function readProfileStep(form: StepForm, required = true): StepReading<ProfileValues> {
  const values: ProfileValues = {};
  const errors: Record<string, string> = {};
  for (const [key, rule] of Object.entries(PROFILE_CHOICES) as [keyof typeof PROFILE_CHOICES, (typeof PROFILE_CHOICES)[keyof typeof PROFILE_CHOICES]][]) {
    const field = PROFILE_FIELDS[key];
    const submitted = valuesOf(form[field]);
    if (submitted.length === 0) {
      if (required) errors[field] = rule.missing;
    } else if (submitted.length > 1) {
      errors[field] = MESSAGES.onlyOne;
    } else if (!rule.list.some((item) => item.code === submitted[0])) {
      errors[field] = rule.unknown;
    } else {
      values[key] = submitted[0];
    }
  }
  const postalField = PROFILE_FIELDS.postalCode;
  const postal = valuesOf(form[postalField]);
  if (postal.length === 0) {
    if (required) errors[postalField] = POSTAL_CODE_MESSAGES.missing;
  } else if (postal.length > 1) {
    errors[postalField] = POSTAL_CODE_MESSAGES.shape;
  } else {
    const code = normalisePostalCode(postal[0]!);
    if (POSTAL_CODE_PATTERN.test(code)) values.postalCode = code;
    else errors[postalField] = POSTAL_CODE_MESSAGES.shape;
  }
  const unknown = unknownFields(form, new Set(Object.values(PROFILE_FIELDS)));
  return { values, errors, formError: unknown.length > 0 ? MESSAGES.unknownQuestion : undefined };
}
