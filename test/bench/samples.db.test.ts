import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ benchRoutes: true });
  let n = 0;
  await seedAssessments(t.database.db, { count: 30, rng: () => ((n = (n * 9301 + 49297) % 233280) / 233280), now: t.clock.now() });
});
afterAll(() => t.close());

const completedCount = async () =>
  Number(rowsOf<{ n: string | number }>(await t.database.db.execute(sql`SELECT count(*) AS n FROM assessments WHERE status = 'termine'`))[0]!.n);
const allCount = async () =>
  Number(rowsOf<{ n: string | number }>(await t.database.db.execute(sql`SELECT coalesce(sum(count), 0) AS n FROM assessment_score_counts WHERE group_key = 'tous'`))[0]!.n);

describe('les échantillons du banc d’essai', () => {
  it('des pages de résultat distinctes, qui s’ouvrent', async () => {
    const res = await t.app.inject('/bench/echantillons/resultats?n=5');
    const { paths } = res.json() as { paths: string[] };
    expect(new Set(paths).size).toBe(5);
    for (const path of paths) {
      const page = await t.app.inject(path);
      expect(page.statusCode, path).toBe(200);
      expect(page.body).toContain('fr-header');
    }
  });

  it('des autodiagnostics à leur dernière étape : le formulaire envoyé comme par un navigateur les termine, une fois chacun', async () => {
    const before = await completedCount();
    const countsBefore = await allCount();
    const res = await t.app.inject('/bench/echantillons/derniere-etape?n=3');
    const { paths, fields } = res.json() as { paths: string[]; fields: Record<string, string[]> };
    expect(paths).toHaveLength(3);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const form = new URLSearchParams();
    for (const [name, values] of Object.entries(fields)) for (const value of values) form.append(name, value);
    for (const path of paths) {
      const posted = await t.app.inject({
        method: 'POST',
        url: path,
        payload: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      });
      expect(posted.statusCode, posted.body).toBe(303);
      expect(String(posted.headers.location)).toMatch(/^\/autodiagnostic\/resultat\//);
      expect((await t.app.inject(String(posted.headers.location))).statusCode).toBe(200);
    }
    expect(await completedCount()).toBe(before + 3);
    expect(await allCount()).toBe(countsBefore + 3);
  });

  it('n’existent pas sans BENCH_ROUTES', async () => {
    const plain = await createTestApp();
    try {
      expect((await plain.app.inject('/bench/echantillons/resultats')).statusCode).toBe(404);
      expect((await plain.app.inject('/bench/echantillons/derniere-etape')).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
