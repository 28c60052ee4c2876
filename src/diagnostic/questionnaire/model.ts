import { z } from 'zod';
import { THEME_SLUGS, type ThemeSlug } from '../../themes/index.js';

// The shape of a questionnaire version. Versions are data, checked by this schema when the module
// loads: a mistake in a version (a tip naming an unknown answer, thresholds out of order…) stops
// the application at start-up rather than showing a wrong result to a business owner.

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets');
const text = z.string().trim().min(1);

const answerSchema = z.object({
  id: slug,
  label: text,
  hint: text.optional(),
  points: z.number().int().min(0).max(10),
  /** Multiple choice: "none of these", which cannot be ticked with another answer. */
  exclusive: z.boolean().optional(),
  /** The whole theme does not concern this business (e.g. no plan to sell abroad): it gets no level. */
  excludesTheme: z.boolean().optional(),
});

const questionSchema = z.object({
  id: slug,
  kind: z.enum(['single', 'multiple']),
  label: text,
  hint: text.optional(),
  answers: z.array(answerSchema).min(2).max(8),
  /** Multiple choice: the points of the ticked answers add up to this at most. */
  maxPoints: z.number().int().min(1).optional(),
});

const priceSchema = z
  .object({
    /** What this price is for, when an action has several ways of doing it. */
    label: text.optional(),
    from: z.number().min(0),
    to: z.number().min(0),
    per: z.enum(['unique', 'mois', 'an']),
  })
  .refine((p) => p.to >= p.from, 'le prix maximum doit être supérieur ou égal au minimum');

const actionSchema = z.object({
  title: text,
  description: text,
  prices: z.array(priceSchema).min(1),
  /** What the price range leaves out (a commission per sale, a funding that may cover it…). */
  priceNote: text.optional(),
});

const themeSchema = z.object({
  theme: z.enum(THEME_SLUGS),
  intro: text,
  questions: z.array(questionSchema).min(2).max(6),
  actions: z.array(actionSchema).min(2).max(4),
});

const levelSchema = z.object({
  id: slug,
  label: text,
  /** The lowest score (0–100) of this level. */
  minScore: z.number().int().min(0).max(100),
  /** One encouraging sentence: what this level means and where to go from here. */
  message: text,
});

const linkSchema = z.object({ href: z.string().url().startsWith('https://'), label: text });

const tipSchema = z.object({
  id: slug,
  /** Shown when the answer to `question` includes one of `anyOf`, or includes none of `noneOf`. */
  when: z.union([
    z.object({ question: slug, anyOf: z.array(slug).min(1) }),
    z.object({ question: slug, noneOf: z.array(slug).min(1) }),
  ]),
  title: text,
  text: text,
  link: linkSchema.optional(),
});

const questionnaireShape = z.object({
  version: z.string().regex(/^v\d+$/),
  /** The day this version was put on line (ISO date). */
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  levels: z.array(levelSchema).min(4).max(5),
  themes: z.array(themeSchema),
  tips: z.array(tipSchema),
});

export type QuestionnaireInput = z.input<typeof questionnaireShape>;
export type Questionnaire = z.output<typeof questionnaireShape>;
export type Question = Questionnaire['themes'][number]['questions'][number];
export type Answer = Question['answers'][number];
export type ThemeBlock = Questionnaire['themes'][number] & { theme: ThemeSlug };
export type Level = Questionnaire['levels'][number];
export type Tip = Questionnaire['tips'][number];
export type Action = ThemeBlock['actions'][number];
export type Price = Action['prices'][number];

/** How many questions a version may hold: about ten minutes for a busy owner. */
export const QUESTION_COUNT = { min: 25, max: 35 } as const;

/** The rules that span several parts of a version. */
function checkConsistency(q: z.output<typeof questionnaireShape>, ctx: z.RefinementCtx): void {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });

  const themes = q.themes.map((t) => t.theme);
  for (const slug of THEME_SLUGS) {
    const n = themes.filter((t) => t === slug).length;
    if (n !== 1) issue(`le thème ${slug} doit apparaître une fois (trouvé ${n} fois)`, ['themes']);
  }

  const questions = new Map<string, Question>();
  let count = 0;
  q.themes.forEach((theme, ti) => {
    let themeMax = 0;
    theme.questions.forEach((question, qi) => {
      count++;
      const path = ['themes', ti, 'questions', qi];
      if (questions.has(question.id)) issue(`question ${question.id} en double`, path);
      questions.set(question.id, question);
      const ids = question.answers.map((a) => a.id);
      if (new Set(ids).size !== ids.length) issue(`réponses en double dans ${question.id}`, path);
      const exclusive = question.answers.filter((a) => a.exclusive);
      if (question.kind === 'single' && (exclusive.length > 0 || question.maxPoints !== undefined)) {
        issue(`${question.id} : « exclusive » et « maxPoints » ne valent que pour les choix multiples`, path);
      }
      if (exclusive.length > 1) issue(`${question.id} : une seule réponse exclusive possible`, path);
      if (exclusive.some((a) => a.points > 0)) issue(`${question.id} : une réponse exclusive vaut 0 point`, path);
      for (const a of question.answers.filter((a) => a.excludesTheme)) {
        if (question.kind !== 'single' || a.points > 0) {
          issue(`${question.id} : « excludesTheme » ne vaut que pour un choix unique, à 0 point`, path);
        }
      }
      const max = maxPointsOf(question);
      if (max <= 0) issue(`${question.id} : aucune réponse ne rapporte de point`, path);
      themeMax += max;
    });
    if (themeMax <= 0) issue(`le thème ${theme.theme} ne rapporte aucun point`, ['themes', ti]);
  });
  const excludable = q.themes.filter((t) => t.questions.some((question) => question.answers.some((a) => a.excludesTheme)));
  if (excludable.length === q.themes.length) issue('au moins un thème doit concerner toutes les entreprises', ['themes']);
  if (count < QUESTION_COUNT.min || count > QUESTION_COUNT.max) {
    issue(`${count} questions : il en faut entre ${QUESTION_COUNT.min} et ${QUESTION_COUNT.max}`, ['themes']);
  }

  q.levels.forEach((level, i) => {
    if (i === 0 && level.minScore !== 0) issue('le premier niveau commence à 0', ['levels', 0]);
    if (i > 0 && level.minScore <= q.levels[i - 1]!.minScore) issue('les seuils des niveaux doivent croître', ['levels', i]);
  });
  const levelIds = q.levels.map((l) => l.id);
  if (new Set(levelIds).size !== levelIds.length) issue('niveaux en double', ['levels']);

  const tipIds = new Set<string>();
  q.tips.forEach((tip, i) => {
    if (tipIds.has(tip.id)) issue(`conseil ${tip.id} en double`, ['tips', i]);
    tipIds.add(tip.id);
    const question = questions.get(tip.when.question);
    if (!question) return issue(`le conseil ${tip.id} vise une question inconnue`, ['tips', i]);
    const named = 'anyOf' in tip.when ? tip.when.anyOf : tip.when.noneOf;
    for (const answer of named) {
      if (!question.answers.some((a) => a.id === answer)) issue(`le conseil ${tip.id} vise une réponse inconnue : ${answer}`, ['tips', i]);
    }
  });
}

/** The most points a question can bring. */
export function maxPointsOf(question: Question): number {
  const points = question.answers.map((a) => a.points);
  if (question.kind === 'single') return Math.max(...points);
  const sum = points.reduce((a, b) => a + b, 0);
  return question.maxPoints === undefined ? sum : Math.min(sum, question.maxPoints);
}

export const questionnaireSchema = questionnaireShape.superRefine(checkConsistency);

/** Validates a version at load; throws with every problem listed when it is not consistent. */
export function defineQuestionnaire(input: QuestionnaireInput): Questionnaire {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`);
    throw new Error(`Questionnaire ${String((input as { version?: unknown }).version)} invalide :\n${lines.join('\n')}`);
  }
  return parsed.data;
}
