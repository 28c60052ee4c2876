import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { CURRENT_QUESTIONNAIRE, type ThemeBlock } from '../../src/diagnostic/questionnaire/index.js';
import { rebuildScoreCounts } from '../../src/diagnostic/queries.js';
import { assessments } from '../../src/diagnostic/schema.js';
import { stepPath, stepsOf } from '../../src/diagnostic/steps.js';
import { newAssessmentToken } from '../../src/diagnostic/tokens.js';
import type { Agent } from '../support/agent.js';

export const Q = CURRENT_QUESTIONNAIRE;
export const STEPS = stepsOf(Q);
export const THEME_STEPS = STEPS.filter((s): s is Extract<(typeof STEPS)[number], { kind: 'theme' }> => s.kind === 'theme');

/** A complete, valid company profile as the form sends it. */
export const PROFILE_FORM = { taille: '1-9', secteur: 'I', clientele: 'particuliers', codePostal: '69003', anciennete: '3-10-ans' };

export type Choice = 'best' | 'worst';

/** A theme step's form giving every question its best (or most modest) answer. */
export function themeForm(block: ThemeBlock, choice: Choice): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const q of block.questions) {
    const candidates = q.answers.filter((a) => !a.excludesTheme);
    const sorted = [...candidates].sort((a, b) => (choice === 'best' ? b.points - a.points : a.points - b.points));
    form[q.id] = q.kind === 'multiple' && choice === 'best' ? candidates.filter((a) => !a.exclusive).map((a) => a.id) : sorted[0]!.id;
  }
  return form;
}

/** Steps are numbered as in the database: 1 is the profile, 2 the first theme (…/etape/1). */
export const stepUrl = stepPath;
export const resultUrl = (token: string) => `/autodiagnostic/resultat/${token}`;

/** Starts an assessment from the presentation page, as a visitor does; returns its private token. */
export async function start(agent: Agent): Promise<string> {
  const res = await agent.submit('/autodiagnostic', '/autodiagnostic', {});
  expect(res.statusCode).toBe(303);
  const match = String(res.headers.location).match(/^\/autodiagnostic\/([A-Za-z0-9_-]{32})\/entreprise$/);
  expect(match, String(res.headers.location)).not.toBeNull();
  return match![1]!;
}

/** Posts a step's form from its own page (with its CSRF token). */
export function postStep(agent: Agent, token: string, step: number, fields: Record<string, string | string[]>, direction = 'suivant') {
  return agent.submit(stepUrl(token, step), stepUrl(token, step), { ...fields, direction });
}

/** Answers every step; returns the response to the last one (a redirect to the result). */
export async function answerAll(agent: Agent, token: string, choice: Choice = 'best'): Promise<LightMyRequestResponse> {
  let res = await postStep(agent, token, 1, PROFILE_FORM);
  expect(res.headers.location).toBe(stepUrl(token, 2));
  for (const step of THEME_STEPS) {
    res = await postStep(agent, token, step.number, themeForm(step.block, choice));
    expect(res.statusCode, `étape ${step.number} : ${res.body.slice(0, 200)}`).toBe(303);
  }
  return res;
}

/** Is this answer ticked in the page? */
export function isChecked(html: string, name: string, value: string): boolean {
  const input = html.match(new RegExp(`<input[^>]*name="${name}" value="${value}"[^>]*>`));
  return Boolean(input && /\schecked(\s|>|=|\/)/.test(input[0]));
}

/** The text of the page without its tags, for reading sentences. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/\s+/g, ' ');
}

/** A completed result put straight in the database: only what a comparison test cares about. */
export function aResult() {
  const row = { sector: 'I', sizeBand: '1-9', score: 50, token: newAssessmentToken() };
  const builder = {
    inSector(sector: string) {
      row.sector = sector;
      return builder;
    },
    ofSize(sizeBand: string) {
      row.sizeBand = sizeBand;
      return builder;
    },
    scoring(score: number) {
      row.score = score;
      return builder;
    },
    async insert(db: Db): Promise<string> {
      const at = new Date('2026-01-10T10:00:00Z');
      const themeScores = Object.fromEntries(Q.themes.map((t) => [t.theme, row.score]));
      await db.insert(assessments).values({
        token: row.token,
        questionnaireVersion: Q.version,
        status: 'termine',
        currentStep: STEPS.length,
        reachedStep: STEPS.length,
        sizeBand: row.sizeBand,
        sector: row.sector,
        customerType: 'particuliers',
        postalCode: '69003',
        companyAge: '3-10-ans',
        departmentCode: '69',
        regionCode: '84',
        answers: {},
        themeScores,
        overallScore: row.score,
        createdAt: at,
        updatedAt: at,
        completedAt: at,
      });
      return row.token;
    },
  };
  return builder;
}

/** Inserts results, then brings the comparison counts in line with them. */
export async function insertResults(db: Db, builders: ReturnType<typeof aResult>[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const b of builders) tokens.push(await b.insert(db));
  await rebuildScoreCounts(db);
  return tokens;
}

/** A seeded random source (mulberry32), so seeded data is the same at every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
