import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { assessments } from '../../src/diagnostic/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { seededRandom, textOf } from './support.js';

let t: TestApp;
const PLACES = {
  '84': { postalCode: '69003', departmentCode: '69', count: 9 },
  '93': { postalCode: '13001', departmentCode: '13', count: 5 },
  '53': { postalCode: '35000', departmentCode: '35', count: 10 },
  '76': { postalCode: '31000', departmentCode: '31', count: 40 },
} as const;

beforeAll(async () => {
  t = await createTestApp();
  let seed = 100;
  for (const [regionCode, p] of Object.entries(PLACES)) {
    await seedAssessments(t.database.db, {
      count: p.count,
      rng: seededRandom(seed++),
      communes: [{ postalCode: p.postalCode, departmentCode: p.departmentCode, regionCode }],
      now: t.clock.now(),
    });
  }
});
afterAll(() => t.close());

const FILES = ['autodiagnostics-par-region', 'autodiagnostics-par-secteur', 'autodiagnostics-par-taille', 'niveaux-moyens-par-theme'];

type Line = Record<string, unknown> & { secret: boolean; region?: string; autodiagnosticsTermines?: number | null; entreprisesConcernees?: number | null };

async function json(file: string): Promise<{ licence: { nom: string }; lignes: Line[] }> {
  const res = await t.app.inject(`/donnees-ouvertes/${file}.json`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('les données ouvertes de l’autodiagnostic', () => {
  it('la page décrit les jeux de données, la licence Etalab et le secret statistique, avec les liens CSV et JSON', async () => {
    const page = await t.app.inject('/donnees-ouvertes');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Licence Ouverte / Open Licence version 2.0');
    expect(text).toContain('Secret statistique');
    for (const file of FILES) {
      expect(page.body).toContain(`href="/donnees-ouvertes/${file}.csv"`);
      expect(page.body).toContain(`href="/donnees-ouvertes/${file}.json"`);
    }
  });

  it('une région de 9 entreprises est cachée, une de 10 est publiée', async () => {
    const { lignes, licence } = await json('autodiagnostics-par-region');
    expect(licence.nom).toContain('Licence Ouverte');
    const of = (code: string) => lignes.find((l) => l.region === code)!;
    expect(of('84')).toMatchObject({ secret: true, autodiagnosticsTermines: null, scoreGlobalMoyen: null });
    expect(of('93')).toMatchObject({ secret: true, autodiagnosticsTermines: null });
    expect(of('53')).toMatchObject({ secret: false, autodiagnosticsTermines: 10 });
    expect(of('76')).toMatchObject({ secret: false, autodiagnosticsTermines: 40 });
    expect(typeof of('53').scoreGlobalMoyen).toBe('number');

    const csv = (await t.app.inject('/donnees-ouvertes/autodiagnostics-par-region.csv')).body.split('\r\n');
    expect(csv[0]).toMatch(/^region,libelle,autodiagnostics_termines,score_global_moyen,score_moyen_visibilite,.*,secret$/);
    const line84 = csv.find((l) => l.startsWith('84,'))!;
    expect(line84).toMatch(/^84,Auvergne-Rhône-Alpes,,,(,)*,oui$/);
    expect(csv.find((l) => l.startsWith('53,'))).toMatch(/^53,Bretagne,10,\d+(\.\d)?,.*,non$/);
  });

  it('aucun fichier ne publie de chiffre sur moins de 10 entreprises, ni de donnée personnelle', async () => {
    const [anyResult] = await t.database.db.select({ token: assessments.token, postalCode: assessments.postalCode }).from(assessments).limit(1);
    for (const file of FILES) {
      const { lignes } = await json(file);
      for (const line of lignes) {
        const count = line.autodiagnosticsTermines ?? line.entreprisesConcernees ?? null;
        if (line.secret) expect(count, file).toBeNull();
        else expect(count!, file).toBeGreaterThanOrEqual(10);
      }
      const csv = (await t.app.inject(`/donnees-ouvertes/${file}.csv`)).body;
      expect(csv).not.toContain(anyResult!.token);
      expect(csv).not.toContain(anyResult!.postalCode!);
    }
  });

  it('un fichier inconnu n’existe pas', async () => {
    expect((await t.app.inject('/donnees-ouvertes/reponses-detaillees.csv')).statusCode).toBe(404);
    expect((await t.app.inject('/donnees-ouvertes/autodiagnostics-par-region.xlsx')).statusCode).toBe(404);
  });
});
