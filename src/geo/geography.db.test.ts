import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import {
  findCommuneByCode,
  findCommunesByPostalCode,
  findDepartmentBySlug,
  findRegionBySlug,
  listDepartments,
  listRegions,
  loadGeographyForTests,
  searchCommunes,
  suggestCommunes,
} from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const loaded = await loadGeographyForTests(t.database.db, { departments: ['01', '13', '38', '42', '69', '75', '76', '974'] });
  expect(loaded.communes).toBeGreaterThan(1_000);
});
afterAll(() => t.close());

const db = () => t.database.db;
const codes = async (query: string, limit = 5) => (await searchCommunes(db(), query, limit)).map((c) => c.code);

describe('la recherche d’une commune par code postal ou par nom', () => {
  it('« 75011 » trouve Paris 11e avec son code postal, son département et sa région', async () => {
    const [first] = await searchCommunes(db(), '75011');
    expect(first).toMatchObject({
      code: '75111',
      name: 'Paris 11e Arrondissement',
      postalCodes: ['75011'],
      department: { code: '75', name: 'Paris' },
      region: { code: '11', name: 'Île-de-France' },
      parentCode: '75056',
    });
    expect(typeof first!.latitude).toBe('number');
    expect(typeof first!.positionExact).toBe('boolean');
    // Paris itself also serves 75011, after its arrondissement.
    expect(await codes('75011')).toEqual(['75111', '75056']);
  });

  it('un code postal partagé rend toutes ses communes, la plus peuplée d’abord', async () => {
    const communes = await findCommunesByPostalCode(db(), '38080');
    expect(communes.length).toBeGreaterThan(1);
    expect(communes.map((c) => c.name)).toContain('L\'Isle-d\'Abeau');
    const populations = communes.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('« saint etienne », « St-Étienne » et « SAINT-ÉTIENNE » trouvent d’abord Saint-Étienne (Loire)', async () => {
    for (const query of ['saint etienne', 'St-Étienne', 'SAINT-ÉTIENNE', 'st etienne']) {
      const [first, ...others] = await searchCommunes(db(), query);
      expect(first, query).toMatchObject({ code: '42218', name: 'Saint-Étienne', department: { code: '42' } });
      // Then the other Saint-Étienne-…, by population.
      expect(others.every((c) => c.name.startsWith('Saint-Étienne')), query).toBe(true);
    }
  });

  it('« lyon 3 » et « Lyon 3ème » trouvent le 3e arrondissement de Lyon, « lyon » la commune de Lyon', async () => {
    expect((await codes('lyon 3'))[0]).toBe('69383');
    expect((await codes('Lyon 3ème'))[0]).toBe('69383');
    expect((await codes('lyon'))[0]).toBe('69123');
    expect((await codes('paris 1'))[0]).toBe('75101');
  });

  it('un début de nom propose les communes les plus peuplées d’abord, puis celles dont un mot commence ainsi', async () => {
    const names = (await searchCommunes(db(), 'bourg', 8)).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['Bourg-en-Bresse', 'Bourgoin-Jallieu']);
    const starting = names.filter((n) => n.startsWith('Bourg'));
    expect(names.slice(0, starting.length)).toEqual(starting);
    expect(names.slice(starting.length).every((n) => /[- ]Bourg/.test(n))).toBe(true);
  });

  it('une faute de frappe trouve quand même la commune (« marseile », « Lyom »)', async () => {
    expect((await codes('marseile'))[0]).toBe('13055');
    expect((await codes('Lyom'))[0]).toBe('69123');
  });

  it('un code postal et un nom ensemble ne rendent que les communes de ce code postal', async () => {
    const communes = await searchCommunes(db(), '69003 lyon');
    expect(communes.map((c) => c.code).sort()).toEqual(['69123', '69383']);
  });

  it('un début de code postal propose les communes de ces codes', async () => {
    const communes = await searchCommunes(db(), '974', 5);
    expect(communes).toHaveLength(5);
    expect(communes.every((c) => c.postalCodes.some((p) => p.startsWith('974')))).toBe(true);
  });

  it('ce qui ne ressemble à aucune commune ne rend rien', async () => {
    expect(await searchCommunes(db(), 'zzqxw')).toEqual([]);
    expect(await searchCommunes(db(), '99999')).toEqual([]);
  });
});

describe('une commune par son code INSEE', () => {
  it('rend la commune, ses codes postaux et sa position', async () => {
    const lyon = await findCommuneByCode(db(), '69123');
    expect(lyon).toMatchObject({ name: 'Lyon', department: { code: '69', name: 'Rhône' }, region: { code: '84', name: 'Auvergne-Rhône-Alpes' } });
    expect(lyon!.postalCodes).toHaveLength(9);
    expect(lyon!.latitude).toBeCloseTo(45.76, 1);
    expect(lyon!.longitude).toBeCloseTo(4.84, 1);
    expect(await findCommuneByCode(db(), '00000')).toBeNull();
  });
});

describe('les suggestions pour un code postal ou un nom inconnu', () => {
  it('un code postal inconnu propose des codes postaux réels du même département', async () => {
    const { message, suggestions } = await suggestCommunes(db(), '69010');
    expect(message.startsWith('Code postal inconnu. Vouliez-vous dire : ')).toBe(true);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const commune of suggestions) {
      expect(commune.department.code).toBe('69');
      const postalCode = commune.postalCodes.find((p) => message.includes(`${p} (${commune.name})`));
      expect(postalCode, message).toBeDefined();
      // One digit away from what was typed.
      expect([...postalCode!].filter((ch, i) => ch !== '69010'[i])).toHaveLength(1);
    }
  });

  it('un code postal de Paris inexistant propose un arrondissement', async () => {
    const { message, suggestions } = await suggestCommunes(db(), '75021');
    expect(suggestions[0]!.parentCode).toBe('75056');
    expect(message).toContain('75020 (Paris 20e Arrondissement)');
  });

  it('un nom mal orthographié propose la commune la plus proche', async () => {
    const { message, suggestions } = await suggestCommunes(db(), 'Sainte-Etiene');
    expect(suggestions[0]!.code).toBe('42218');
    expect(message).toBe(`Commune inconnue. Vouliez-vous dire : ${suggestions.map((c) => `${c.name} (${c.department.code})`).join(', ')} ?`);
  });

  it('sans rien de proche, le message le dit simplement', async () => {
    expect(await suggestCommunes(db(), 'qwxzkj')).toEqual({
      message: 'Commune inconnue : vérifiez l’orthographe ou saisissez le code postal.',
      suggestions: [],
    });
    expect((await suggestCommunes(db(), '6901')).message).toBe('Code postal invalide : il compte 5 chiffres.');
  });
});

describe('les régions et les départements', () => {
  it('ont chacun un slug pour leurs pages', async () => {
    const regions = await listRegions(db());
    expect(regions.find((r) => r.code === '84')).toEqual({ code: '84', name: 'Auvergne-Rhône-Alpes', slug: 'auvergne-rhone-alpes' });
    expect(regions.map((r) => r.name)).toEqual([...regions.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(await findRegionBySlug(db(), 'provence-alpes-cote-d-azur')).toMatchObject({ code: '93' });
    expect(await findRegionBySlug(db(), 'atlantide')).toBeNull();
  });

  it('se listent par région, dans l’ordre de leurs numéros', async () => {
    const departments = await listDepartments(db(), { regionCode: '84' });
    expect(departments.map((d) => d.code)).toEqual(['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74']);
    expect(await findDepartmentBySlug(db(), 'rhone')).toEqual({ code: '69', name: 'Rhône', slug: 'rhone', regionCode: '84' });
    expect((await listDepartments(db())).length).toBeGreaterThan(100);
  });
});

describe('GET /api/v1/communes (autocomplétion)', () => {
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/communes${query}` });

  it('rend les communes en JSON, la meilleure d’abord', async () => {
    const response = await get('?q=St-%C3%89tienne&limite=3');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.communes).toHaveLength(3);
    expect(body.communes[0]).toMatchObject({
      code: '42218',
      nom: 'Saint-Étienne',
      departement: { code: '42', nom: 'Loire' },
      region: { code: '84', nom: 'Auvergne-Rhône-Alpes' },
      positionExacte: true,
    });
    expect(body.communes[0].codesPostaux).toContain('42000');
    expect((await get('?q=75011')).json().communes[0]).toMatchObject({ code: '75111', libelle: 'Paris 11e Arrondissement (75011)' });
  });

  it('resert une réponse déjà donnée, et une commune renommée apparaît sous son nouveau nom dix minutes plus tard au plus', async () => {
    expect((await get('?q=villeurbanne')).json().communes[0].nom).toBe('Villeurbanne');
    await db().execute(sql`UPDATE communes SET name = 'Villeurbanne-Témoin' WHERE code = '69266'`);
    try {
      expect((await get('?q=villeurbanne')).json().communes[0].nom).toBe('Villeurbanne');
      t.clock.advance(10 * 60_000 + 1);
      expect((await get('?q=villeurbanne')).json().communes[0].nom).toBe('Villeurbanne-Témoin');
    } finally {
      await db().execute(sql`UPDATE communes SET name = 'Villeurbanne' WHERE code = '69266'`);
    }
  });

  it('refuse en français une saisie trop courte, trop longue ou absente', async () => {
    const short = await get('?q=a');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toEqual({ erreur: 'Saisissez au moins 2 caractères.', champ: 'q', statut: 400 });
    const long = await get(`?q=${'a'.repeat(101)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().erreur).toBe('Saisissez au plus 100 caractères.');
    const missing = await get('');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().erreur).toBe('Saisissez un code postal ou le nom d’une commune (paramètre q).');
    expect((await get('?q=lyon&limite=500')).json().erreur).toBe('La limite va de 1 à 20.');
  });
});
