import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '../../src/diagnostic/schema.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { postStep, PROFILE_FORM, start } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69', '91', '94'] });
});
afterAll(() => t.close());

async function territoryOf(postalCode: string) {
  const agent = new Agent(t.app);
  const token = await start(agent);
  const res = await postStep(agent, token, 1, { ...PROFILE_FORM, codePostal: postalCode });
  expect(res.statusCode).toBe(303);
  const [row] = await t.database.db
    .select({ departmentCode: assessments.departmentCode, regionCode: assessments.regionCode, postalCode: assessments.postalCode })
    .from(assessments)
    .where(eq(assessments.token, token));
  return row!;
}

describe('le territoire d’une entreprise, d’après son code postal', () => {
  it('le département est celui des communes du code postal, même quand ses chiffres disent autre chose', async () => {
    // 94390 is the postal code of Paray-Vieille-Poste, a commune of Essonne (91), not of Val-de-Marne.
    expect(await territoryOf('94390')).toEqual({ postalCode: '94390', departmentCode: '91', regionCode: '11' });
    expect(await territoryOf('69003')).toEqual({ postalCode: '69003', departmentCode: '69', regionCode: '84' });
  });

  it('un code postal qu’aucune commune ne porte (un CEDEX) garde le département de ses chiffres', async () => {
    expect(await territoryOf('69441')).toEqual({ postalCode: '69441', departmentCode: '69', regionCode: '84' });
  });
});
