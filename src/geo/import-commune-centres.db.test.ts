import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { findCommuneByCode, geographyCoverage, importCommuneCentres, loadGeographyForTests } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadGeographyForTests(database.db, { departments: ['01', '2A', '69'] });
});
afterAll(() => database.close());

describe('l’import d’un fichier officiel de centres de communes', () => {
  it('les lignes correctes deviennent des positions exactes, quel que soit le séparateur', async () => {
    // 01002 (L'Abergement-de-Varey) has no chef-lieu in GeoNames: its position is approximate until imported.
    const before = await findCommuneByCode(database.db, '01002');
    expect(before!.positionExact).toBe(false);
    const coverageBefore = await geographyCoverage(database.db);

    const result = await importCommuneCentres(database.db, {
      text: 'nom;code_insee;latitude_mairie;longitude_mairie;latitude_centre;longitude_centre\n' +
        '"L\'Abergement-de-Varey";01002;46,01;5,42;46,0092;5,4280\n' +
        'Ajaccio;2A004;41,92;8,74;41,9264;8,7360\n',
    });
    expect(result).toEqual({ ok: true, updated: 2, rows: 2, errors: [] });
    expect(await findCommuneByCode(database.db, '01002')).toMatchObject({ latitude: 46.0092, longitude: 5.428, positionExact: true });
    expect(await findCommuneByCode(database.db, '2A004')).toMatchObject({ latitude: 41.9264, longitude: 8.736 });
    expect((await geographyCoverage(database.db)).exact).toBe(coverageBefore.exact + 1);

    const withCommas = await importCommuneCentres(database.db, { text: 'insee,lat,lon\n1004,45.9608,5.3729\n' });
    expect(withCommas).toMatchObject({ ok: true, updated: 1 });
    expect(await findCommuneByCode(database.db, '01004')).toMatchObject({ latitude: 45.9608, positionExact: true });
  });

  it('un fichier sans en-tête se lit code, latitude, longitude', async () => {
    expect(await importCommuneCentres(database.db, { text: '69001;45.9231;4.6417\n' })).toMatchObject({ ok: true, updated: 1, rows: 1 });
  });

  it('chaque ligne fautive est signalée avec son numéro, les autres sont chargées', async () => {
    const result = await importCommuneCentres(database.db, {
      text: [
        'code;latitude;longitude',
        '69003;45.8575;4.7406',
        'ABCDE;45.8;4.7',
        '69004;quarante-cinq;4.7',
        '69005;45.93;200',
        '',
        '99999;45.9;4.7',
        '69006;4.7003;45.9147',
        '69007;45.96;',
      ].join('\n'),
    });
    expect(result).toEqual({
      ok: true,
      updated: 1,
      rows: 7,
      errors: [
        { line: 3, message: 'code INSEE « ABCDE » invalide (5 caractères, comme 69123 ou 2A004)' },
        { line: 4, message: 'latitude « quarante-cinq » invalide (un nombre entre -90 et 90)' },
        { line: 5, message: 'longitude « 200 » invalide (un nombre entre -180 et 180)' },
        { line: 7, message: 'commune 99999 inconnue (code absent du Code officiel géographique chargé)' },
        { line: 8, message: expect.stringMatching(/^position à \d+ km de la commune 69006 : latitude et longitude inversées, ou mauvais code \?$/) },
        { line: 9, message: 'longitude «  » invalide (un nombre entre -180 et 180)' },
      ],
    });
    expect((await findCommuneByCode(database.db, '69003'))!.latitude).toBe(45.8575);
    expect((await findCommuneByCode(database.db, '69006'))!.latitude).not.toBe(4.7003);
  });

  it('un fichier vide ou sans colonnes reconnaissables est refusé avec une explication', async () => {
    expect(await importCommuneCentres(database.db, { text: '\n\n' })).toEqual({ ok: false, field: 'file', message: 'Le fichier est vide.' });
    const unknownColumns = await importCommuneCentres(database.db, { text: 'commune;x1;x2\nLyon;a;b\n' });
    expect(unknownColumns).toMatchObject({ ok: false, field: 'file' });
    expect(unknownColumns.ok === false && unknownColumns.message).toMatch(/^Ligne 1 : colonnes du code INSEE, de la latitude et de la longitude introuvables/);
    expect(await importCommuneCentres(database.db, { text: 'code_insee;latitude;longitude\n' })).toEqual({
      ok: false,
      field: 'file',
      message: 'Le fichier ne contient aucune ligne de données.',
    });
  });
});
