import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { rowsOf } from '../db/client.js';
import { cachedGeographyDataset, coverageOf, datasetVersion, type GeographyDataset } from './dataset.js';
import { ensureGeography, findCommuneByCode, formatCoverage, importCommuneCentres, searchCommunes } from './index.js';
import { loadGeographyDataset, type GeographyCoverage } from './use-cases/ensure-geography.js';

describe('le chargement de toutes les communes de France au démarrage', () => {
  let database: TestDatabase;
  let first: GeographyCoverage;
  const progress: [number, number][] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    first = await ensureGeography(database.db, { onProgress: (done, total) => progress.push([done, total]) });
  }, 180_000);
  afterAll(() => database.close());

  it('charge toutes les communes et rend la couverture des positions exactes', async () => {
    const expected = coverageOf(cachedGeographyDataset().communes);
    expect(first).toEqual({ ...expected, version: datasetVersion(), loaded: true });
    const [row] = rowsOf<{ n: unknown }>(await database.db.execute(sql`SELECT count(*) AS n FROM commune_postal_codes`));
    expect(Number(row!.n)).toBe(cachedGeographyDataset().communes.reduce((n, c) => n + c.postalCodes.length, 0));
    expect((await searchCommunes(database.db, '97600'))[0]).toMatchObject({ name: 'Mamoudzou', department: { code: '976' } });
    expect(formatCoverage(first)).toMatch(/^\d{2}\u202f\d{3} communes et 45 arrondissements municipaux ; position exacte pour /);
  });

  it('montre sa progression, de 0 à 100 sans jamais reculer', () => {
    expect(progress[0]).toEqual([0, 100]);
    expect(progress.at(-1)).toEqual([100, 100]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
    expect(progress.length).toBeGreaterThan(10);
  });

  it('au démarrage suivant, ne recharge rien et rend la même couverture', async () => {
    // A commune renamed by hand stays so: proof that nothing was rewritten.
    await database.db.execute(sql`UPDATE communes SET name = 'Lyon (témoin)' WHERE code = '69123'`);
    const again = await ensureGeography(database.db);
    expect(again).toEqual({ ...first, loaded: false });
    expect((await findCommuneByCode(database.db, '69123'))!.name).toBe('Lyon (témoin)');
  });
});

describe('le rechargement quand le jeu de données change de version', () => {
  let database: TestDatabase;
  /** A small dataset (the Rhône and Paris) under two versions, the second without one commune. */
  let v1: GeographyDataset;
  let v2: GeographyDataset;
  beforeAll(async () => {
    database = await createTestDatabase();
    const full = cachedGeographyDataset();
    const communes = full.communes.filter((c) => c.departmentCode === '69' || c.departmentCode === '75');
    v1 = { ...full, version: 'essai-1', communes };
    v2 = {
      ...full,
      version: 'essai-2',
      communes: communes.filter((c) => c.code !== '69244').map((c) => (c.code === '69383' ? { ...c, population: c.population + 1 } : c)),
    };
  });
  afterAll(() => database.close());

  const load = (dataset: GeographyDataset) => loadGeographyDataset(database.db, { version: dataset.version, build: () => dataset });

  it('met à jour les communes, retire celles qui n’existent plus et garde les centres importés', async () => {
    expect((await load(v1)).loaded).toBe(true);
    expect((await load(v1)).loaded).toBe(false);
    const imported = await importCommuneCentres(database.db, { text: 'code_insee;latitude;longitude\n69264;45,7712;4,8019\n' });
    expect(imported).toMatchObject({ ok: true, updated: 1 });

    const coverage = await load(v2);
    expect(coverage).toMatchObject({ version: 'essai-2', loaded: true, communes: v2.communes.filter((c) => !c.parentCode).length });
    expect(await findCommuneByCode(database.db, '69244')).toBeNull();
    expect((await findCommuneByCode(database.db, '69383'))!.population).toBe(v1.communes.find((c) => c.code === '69383')!.population + 1);
    expect(await findCommuneByCode(database.db, '69264')).toMatchObject({ latitude: 45.7712, longitude: 4.8019, positionExact: true });
    // Its postal codes were rewritten, not duplicated.
    expect((await findCommuneByCode(database.db, '69123'))!.postalCodes).toHaveLength(9);
  });
});
