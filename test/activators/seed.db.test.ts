import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, toNumber } from '../../src/db/client.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { seedActivators, type SeedActivatorsReport } from '../../src/activators/index.js';
import { checkSiret } from '../../src/activators/registration/siret.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let report: SeedActivatorsReport;
const progress: [number, number][] = [];

beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69', '75', '13', '33', '974'] });
  report = await seedActivators(t.database.db, { count: 600, seed: 42, onProgress: (d, n) => progress.push([d, n]) });
});

afterAll(async () => {
  await t?.close();
});

describe('les activateurs de démonstration', () => {
  it('le nombre demandé est créé, surtout des profils actifs et quelques dossiers en attente pour les opérateurs', async () => {
    const [row] = rowsOf<{ n: number }>(await t.database.db.execute(sql`SELECT count(*) AS n FROM activators`));
    expect(toNumber(row!.n)).toBe(600);
    expect(report.activators).toBe(600);
    expect(report.byStatus.active!).toBeGreaterThan(600 * 0.75);
    expect(report.byStatus.en_attente!).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([600, 600]);
  });

  it('les cinq types sont présents, les conseillers en tête et les institutionnels rares', () => {
    const kinds = report.byKind;
    expect(Object.keys(kinds).sort()).toEqual(['championne', 'conseiller', 'conseiller_financement', 'institutionnel', 'offreur_solutions']);
    const max = Math.max(...Object.values(kinds));
    expect(kinds.conseiller).toBe(max);
    expect(kinds.institutionnel!).toBeLessThan(kinds.championne!);
  });

  it('chaque structure a un SIRET valide, et plusieurs activateurs partagent certaines structures', async () => {
    const structures = rowsOf<{ siret: string; members: number | string }>(
      await t.database.db.execute(sql`SELECT s.siret, (SELECT count(*) FROM activators a WHERE a.structure_id = s.id) AS members FROM structures s`),
    );
    expect(structures.length).toBe(report.structures);
    for (const s of structures) expect(checkSiret(s.siret)).toEqual({ ok: true, siret: s.siret });
    expect(structures.some((s) => toNumber(s.members) >= 3)).toBe(true);
  });

  it('les activateurs sont placés là où vivent les gens : plus à Paris qu’à La Réunion', async () => {
    const rows = rowsOf<{ department_code: string; n: number | string }>(
      await t.database.db.execute(sql`SELECT department_code, count(*) AS n FROM activators GROUP BY department_code`),
    );
    const count = new Map(rows.map((r) => [r.department_code, toNumber(r.n)]));
    expect(count.get('75')!).toBeGreaterThan(count.get('974') ?? 0);
    const [missing] = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*) AS n FROM activators WHERE latitude IS NULL OR commune_name IS NULL OR region_code IS NULL`),
    );
    expect(toNumber(missing!.n)).toBe(0);
  });

  it('les profils actifs ont des adresses uniques et apparaissent dans l’annuaire', async () => {
    const [dupes] = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*) - count(DISTINCT slug) AS n FROM activators WHERE slug IS NOT NULL`),
    );
    expect(toNumber(dupes!.n)).toBe(0);
    const api = (await t.app.inject('/api/v1/activateurs?lieu=75001&rayon=20')).json();
    expect(api.total).toBeGreaterThan(0);
    expect(api.resultats.every((r: { type: string }) => r.type !== 'institutionnel')).toBe(true);
  });

  it('la même graine redonne les mêmes activateurs', async () => {
    const other = await createTestApp();
    try {
      await loadGeographyForTests(other.database.db, { departments: ['69', '75', '13', '33', '974'] });
      await seedActivators(other.database.db, { count: 60, seed: 42 });
      const names = async (db: typeof t.database.db) =>
        rowsOf<{ first_name: string; last_name: string; commune_code: string; presentation: string }>(
          await db.execute(sql`SELECT first_name, last_name, commune_code, presentation FROM activators ORDER BY created_at, first_name, last_name, commune_code`),
        );
      const a = await names(other.database.db);
      const reference = await createTestApp();
      try {
        await loadGeographyForTests(reference.database.db, { departments: ['69', '75', '13', '33', '974'] });
        await seedActivators(reference.database.db, { count: 60, seed: 42 });
        expect(await names(reference.database.db)).toEqual(a);
      } finally {
        await reference.close();
      }
    } finally {
      await other.close();
    }
  });
});
