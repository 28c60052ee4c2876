import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import { CURRENT_CONTACT_CONSENT } from './consent.js';
import { GROUP_KINDS, groupKey } from './comparison.js';
import { regionOfDepartment, departmentOfPostalCode } from './postal-code.js';
import { COMPANY_AGES, CUSTOMER_TYPES, NAF_SECTIONS, SIZE_BANDS, type CompanyAge, type CustomerType, type SizeBand } from './profile.js';
import { addScoreCounts } from './queries.js';
import { CURRENT_QUESTIONNAIRE, type Question, type Questionnaire } from './questionnaire/index.js';
import { assessmentConsents, assessments } from './schema.js';
import { scoreAnswers, type Answers } from './scoring.js';
import { stepCount } from './steps.js';
import { newAssessmentToken } from './tokens.js';

/** A place a seeded business can be in (the lead's seed passes the geo domain's communes). */
export interface SeedCommune {
  postalCode: string;
  departmentCode: string;
  regionCode: string;
  /** The commune's centre, from which the nearest activators are measured. */
  latitude?: number;
  longitude?: number;
  /** Relative chance of being picked (its population, say). */
  weight?: number;
}

export interface SeedAssessmentsOptions {
  count: number;
  /** A seeded random source in [0, 1): the same seed gives the same businesses and answers. */
  rng: () => number;
  communes?: SeedCommune[];
  /** Results are spread over the two years before this date. */
  now?: Date;
  batchSize?: number;
  /** Called after each batch, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The private links. Random by default even for seeded data: a result must never be reachable by
   * a guessable link, whatever produced it. Tests may pass their own.
   */
  token?: () => string;
  /** The share of results whose owner agreed to be contacted (default 0.3). */
  consentShare?: number;
}

/** Where seeded businesses are when no commune list is given: large towns, weighted by population. */
const DEFAULT_PLACES: [postalCode: string, weight: number][] = [
  ['75011', 2100], ['13001', 870], ['69003', 520], ['31000', 500], ['06000', 340], ['44000', 320], ['34000', 300],
  ['67000', 290], ['33000', 260], ['59000', 235], ['35000', 220], ['51100', 180], ['76600', 170], ['42000', 170],
  ['83000', 180], ['38000', 160], ['21000', 160], ['49000', 155], ['30000', 150], ['63000', 147], ['37000', 137],
  ['87000', 130], ['25000', 120], ['57000', 118], ['29200', 140], ['64000', 77], ['80000', 133], ['45000', 116],
  ['14000', 106], ['66000', 121], ['97400', 150], ['97200', 78], ['20000', 73], ['20200', 48], ['86000', 90],
  ['72000', 145], ['17000', 78], ['56000', 66], ['26000', 64], ['12000', 25], ['48000', 12], ['23000', 13],
  ['15000', 25], ['04000', 16], ['05000', 41], ['09000', 15], ['46000', 20], ['52000', 22], ['55000', 16],
];

/** Roughly the mix of sectors among very small French businesses (weights, not exact shares). */
const SECTOR_WEIGHTS: Record<string, number> = {
  A: 3, B: 0.2, C: 7, D: 0.4, E: 0.5, F: 12, G: 18, H: 3, I: 9, J: 5, K: 2.5, L: 4, M: 12, N: 6, O: 0.2, P: 2,
  Q: 6, R: 3, S: 7, T: 0.1, U: 0.05,
};
/** Digital maturity leans on the activity: a nudge per sector. */
const SECTOR_LEAN: Record<string, number> = { J: 0.15, M: 0.07, K: 0.08, N: 0.03, G: 0.02, A: -0.1, F: -0.07, H: -0.04, S: -0.03 };
const SIZE_WEIGHTS: Record<SizeBand, number> = { '0': 40, '1-9': 42, '10-49': 14, '50-249': 4 };
const CUSTOMER_WEIGHTS: Record<CustomerType, number> = { particuliers: 45, professionnels: 30, 'les-deux': 25 };
const AGE_WEIGHTS: Record<CompanyAge, number> = { 'moins-1-an': 15, '1-3-ans': 22, '3-10-ans': 30, 'plus-10-ans': 33 };
const SIZE_BASE: Record<SizeBand, number> = { '0': 0.36, '1-9': 0.44, '10-49': 0.54, '50-249': 0.63 };

/** Draws items in proportion to their weight; cumulative weights and a binary search, for 35,000 communes. */
function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (rng: () => number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += Math.max(0, weight(item));
    cumulative.push(total);
  }
  return (rng) => {
    const r = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** A bell-shaped noise in [-1, 1]. */
const noise = (rng: () => number) => rng() + rng() + rng() - 1.5;

/** Answers a business of maturity `m` (0–1) would plausibly give to a question. */
function answerQuestion(question: Question, m: number, rng: () => number): string[] {
  const scored = question.answers.filter((a) => !a.exclusive && !a.excludesTheme);
  if (question.kind === 'single') {
    const ladder = [...scored].sort((a, b) => a.points - b.points);
    const index = Math.round(clamp(m * (ladder.length - 1) + noise(rng) * 1.2, 0, ladder.length - 1));
    return [ladder[index]!.id];
  }
  const ticked = scored.filter((a) => rng() < clamp(m + 0.15 * a.points - 0.2 + noise(rng) * 0.3, 0.03, 0.95)).map((a) => a.id);
  if (ticked.length > 0) return ticked;
  const none = question.answers.find((a) => a.exclusive);
  return [none?.id ?? scored[0]!.id];
}

function answerAll(questionnaire: Questionnaire, m: number, sellsAbroad: boolean, rng: () => number): Answers {
  const answers: Answers = {};
  for (const block of questionnaire.themes) {
    const themeM = clamp(m + noise(rng) * 0.25, 0.02, 0.98);
    const opting = block.questions.find((q) => q.answers.some((a) => a.excludesTheme));
    if (opting && !sellsAbroad) {
      answers[opting.id] = [opting.answers.find((a) => a.excludesTheme)!.id];
      continue;
    }
    for (const question of block.questions) answers[question.id] = answerQuestion(question, themeM, rng);
  }
  return answers;
}

interface SeedProfile {
  sector: string;
  sizeBand: string;
  customerType: string;
  companyAge: string;
  place: SeedCommune;
}

/** One completed result of a business of this profile and overall maturity `m` (0–1). */
function resultRow(
  profile: SeedProfile,
  m: number,
  sellsAbroad: boolean,
  completedAt: Date,
  token: string,
  rng: () => number,
): typeof assessments.$inferInsert {
  const questionnaire = CURRENT_QUESTIONNAIRE;
  const lastStep = stepCount(questionnaire);
  const answers = answerAll(questionnaire, m, sellsAbroad, rng);
  const scores = scoreAnswers(questionnaire, answers);
  const createdAt = new Date(completedAt.getTime() - Math.floor((5 + rng() * 20) * 60 * 1000));
  const { place, ...rest } = profile;
  return {
    id: randomUUID(),
    token,
    questionnaireVersion: questionnaire.version,
    status: 'termine',
    currentStep: lastStep,
    reachedStep: lastStep,
    ...rest,
    postalCode: place.postalCode,
    departmentCode: place.departmentCode,
    regionCode: place.regionCode,
    latitude: place.latitude ?? null,
    longitude: place.longitude ?? null,
    answers,
    themeScores: scores.themes,
    overallScore: scores.overall,
    createdAt,
    updatedAt: completedAt,
    completedAt,
  };
}

function countResult(counts: Map<string, number>, sector: string, sizeBand: string, overall: number): void {
  for (const kind of GROUP_KINDS) {
    const key = `${groupKey(kind, sector, sizeBand)}|${overall}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

/**
 * The demo business account's own results, so that "Mon espace" shows something from the first
 * visit: the same restaurant of Lyon took the assessment eight months ago, then again last week,
 * and has progressed.
 */
export async function seedResultsOfAccount(
  db: Db,
  options: { userId: string; rng: () => number; now: Date; place?: SeedCommune; token?: () => string },
): Promise<number> {
  const place = options.place ?? { postalCode: '69003', departmentCode: '69', regionCode: '84', latitude: 45.7597, longitude: 4.8422 };
  const profile: SeedProfile = { sector: 'I', sizeBand: '1-9', customerType: 'particuliers', companyAge: '3-10-ans', place };
  const token = options.token ?? newAssessmentToken;
  const day = 24 * 3600 * 1000;
  const rows = [
    resultRow(profile, 0.3, false, new Date(options.now.getTime() - 240 * day), token(), options.rng),
    resultRow(profile, 0.55, false, new Date(options.now.getTime() - 7 * day), token(), options.rng),
  ].map((row) => ({ ...row, userId: options.userId }));
  await db.insert(assessments).values(rows);
  const counts = new Map<string, number>();
  for (const row of rows) countResult(counts, profile.sector, profile.sizeBand, row.overallScore!);
  await addScoreCounts(db, counts);
  return rows.length;
}

/**
 * Completed results that look like real ones (sector, size and place mixes, answers consistent with a
 * business's overall maturity), inserted in batches, with their comparison counts. Deterministic from
 * `rng` except for the private links.
 */
export async function seedAssessments(db: Db, options: SeedAssessmentsOptions): Promise<{ inserted: number }> {
  const { count, rng } = options;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1000;
  const token = options.token ?? newAssessmentToken;
  const consentShare = options.consentShare ?? 0.3;
  const places: SeedCommune[] =
    options.communes && options.communes.length > 0
      ? options.communes
      : DEFAULT_PLACES.flatMap(([postalCode, weight]) => {
          const departmentCode = departmentOfPostalCode(postalCode);
          return departmentCode ? [{ postalCode, departmentCode, regionCode: regionOfDepartment(departmentCode)!, weight }] : [];
        });
  const pickSector = weightedPicker(
    NAF_SECTIONS.map((s) => s.code),
    (s) => SECTOR_WEIGHTS[s] ?? 1,
  );
  const pickSize = weightedPicker(
    SIZE_BANDS.map((b) => b.code),
    (b) => SIZE_WEIGHTS[b],
  );
  const pickCustomers = weightedPicker(CUSTOMER_TYPES.map((c) => c.code), (c) => CUSTOMER_WEIGHTS[c]);
  const pickAge = weightedPicker(COMPANY_AGES.map((a) => a.code), (a) => AGE_WEIGHTS[a]);
  const pickPlace = weightedPicker(places, (p) => p.weight ?? 1);
  const counts = new Map<string, number>();

  let done = 0;
  while (done < count) {
    const size = Math.min(batchSize, count - done);
    const rows: (typeof assessments.$inferInsert)[] = [];
    const consents: (typeof assessmentConsents.$inferInsert)[] = [];
    for (let i = 0; i < size; i++) {
      const sector = pickSector(rng);
      const sizeBand = pickSize(rng);
      const customerType = pickCustomers(rng);
      const companyAge = pickAge(rng);
      const place = pickPlace(rng);
      const m = clamp(SIZE_BASE[sizeBand] + (SECTOR_LEAN[sector] ?? 0) + noise(rng) * 0.3, 0.02, 0.98);
      const sellsAbroad = rng() < (customerType === 'particuliers' ? 0.3 : 0.5) + (sector === 'C' || sector === 'J' ? 0.2 : 0);
      const completedAt = new Date(now.getTime() - Math.floor(rng() * 730 * 24 * 3600 * 1000));
      const row = resultRow({ sector, sizeBand, customerType, companyAge, place }, m, sellsAbroad, completedAt, token(), rng);
      rows.push(row);
      if (rng() < consentShare) consents.push({ assessmentId: row.id!, wordingVersion: CURRENT_CONTACT_CONSENT, givenAt: completedAt });
      countResult(counts, sector, sizeBand, row.overallScore!);
    }
    await db.insert(assessments).values(rows);
    if (consents.length > 0) await db.insert(assessmentConsents).values(consents);
    done += size;
    options.onProgress?.(done, count);
  }
  await addScoreCounts(db, counts);
  return { inserted: done };
}
