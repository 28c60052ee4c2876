import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activators } from '../../src/activators/schema.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { THEMES } from '../../src/themes/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { anActivator, type BuiltActivator } from './builders.js';

let t: TestApp;
const a: Record<string, BuiltActivator> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await loadGeographyForTests(db, { departments: ['69', '01', '38'] });
  a.advisor = await anActivator()
    .named('Zoé', 'Conseil')
    .ofStructure('CCI Lyon Métropole')
    .in('69003')
    .withThemes('visibilite', 'donnees-securite')
    .withSectors('G', 'I')
    .serving('69', '01')
    .presenting('Je conseille les commerçants <b>lyonnais</b> pour leur site internet.')
    .withReferences('Boulangerie Martin, fleuriste du quartier.')
    .insert(db);
  a.villeurbanne = await anActivator().named('Hugo', 'Villeurbanne').in('69100').insert(db);
  a.ain = await anActivator().ofKind('championne').named('Anaïs', 'Bresse').in('01000').insert(db);
  a.institution = await anActivator().ofKind('institutionnel').named('Igor', 'Préfet').in('69001').insert(db);
  a.pending = await anActivator().withStatus('en_attente').named('Paula', 'Patiente').in('69002').insert(db);
  a.grenoble = await anActivator().named('Gaspard', 'Isère').in('38000').insert(db);
});

afterAll(async () => {
  await t?.close();
});

describe('la fiche publique', () => {
  it('montre le nom, la structure, le type, les thèmes, le territoire, la présentation, les références et les engagements', async () => {
    const res = await t.app.inject(`/trouver-un-accompagnement/${a.advisor!.slug}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1 class="fr-mb-1w">Zoé Conseil</h1>');
    expect(html).toContain('CCI Lyon Métropole');
    expect(html).toContain('Conseiller');
    expect(html).toContain('Visibilité en ligne');
    expect(html).toContain('Données, hébergement et cybersécurité');
    expect(html).toContain('Ain (01), Rhône (69)');
    expect(html).toContain('Boulangerie Martin, fleuriste du quartier.');
    expect(html).toContain('Un premier diagnostic gratuit');
    expect(html).toContain('Des prix clairs');
    expect(html).toContain('Auvergne-Rhône-Alpes');
  });

  it('un activateur contactable a une section « contacter » annoncée en haut de sa fiche', async () => {
    const html = (await t.app.inject(`/trouver-un-accompagnement/${a.advisor!.slug}`)).body;
    expect(html).toContain('href="#contacter"');
    expect(html).toContain('id="contacter"');
    expect(html).not.toContain('<form method="post"');
  });

  it('du HTML saisi dans une présentation est affiché comme du texte', async () => {
    const html = (await t.app.inject(`/trouver-un-accompagnement/${a.advisor!.slug}`)).body;
    expect(html).toContain('&lt;b>lyonnais&lt;/b>');
    expect(html).not.toContain('<b>lyonnais</b>');
  });

  it('une adresse inconnue, un dossier non actif ou un activateur institutionnel donnent une page introuvable', async () => {
    for (const path of ['personne-inconnue', a.institution!.slug, 'Majuscules-Refusees', 'a%20b']) {
      const res = await t.app.inject(`/trouver-un-accompagnement/${path}`);
      expect(res.statusCode, path).toBe(404);
    }
    expect(a.pending!.slug).toBe('');
    const api = await t.app.inject(`/api/v1/activateurs/${a.institution!.slug}`);
    expect(api.statusCode).toBe(404);
    expect(api.json().erreur).toMatch(/Aucune fiche/);
  });

  it('une fiche modifiée se montre modifiée dès la visite suivante', async () => {
    const path = `/trouver-un-accompagnement/${a.villeurbanne!.slug}`;
    await t.app.inject(path);
    const again = await t.app.inject({ url: path, headers: { 'accept-encoding': 'br' } });
    expect(again.headers['x-cache']).toBe('hit');
    await t.database.db.update(activators).set({ presentation: 'Nouvelle présentation : ateliers du samedi.' }).where(eq(activators.id, a.villeurbanne!.id));
    const changed = await t.app.inject(path);
    expect(changed.body).toContain('Nouvelle présentation : ateliers du samedi.');
  });

  it('une fiche sans photo ne sert aucune photo', async () => {
    const res = await t.app.inject(`/trouver-un-accompagnement/${a.advisor!.slug}/photo`);
    expect(res.statusCode).toBe(404);
  });
});

describe('les pages régionales', () => {
  it('listent les activateurs publics de la région par département, sans les institutionnels ni les dossiers en attente', async () => {
    const res = await t.app.inject('/activateurs/region/auvergne-rhone-alpes');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const ain = html.indexOf('id="departement-01"');
    const isere = html.indexOf('id="departement-38"');
    const rhone = html.indexOf('id="departement-69"');
    expect(ain).toBeGreaterThan(0);
    expect(isere).toBeGreaterThan(ain);
    expect(rhone).toBeGreaterThan(isere);
    expect(html.indexOf('Anaïs Bresse')).toBeGreaterThan(ain);
    expect(html.indexOf('Anaïs Bresse')).toBeLessThan(isere);
    expect(html.indexOf('Zoé Conseil')).toBeGreaterThan(rhone);
    expect(html).not.toContain('Préfet');
    expect(html).not.toContain('Patiente');
    expect(html).toContain('4 activateurs dans la région');
  });

  it('une région inconnue donne une page introuvable, et l’index des régions compte leurs activateurs', async () => {
    expect((await t.app.inject('/activateurs/region/atlantide')).statusCode).toBe(404);
    const index = await t.app.inject('/activateurs/region');
    expect(index.body).toContain('href="/activateurs/region/auvergne-rhone-alpes">Auvergne-Rhône-Alpes</a> (4 activateurs)');
  });

  it('la liste complète d’un département est paginée', async () => {
    const res = await t.app.inject('/activateurs/region/auvergne-rhone-alpes?departement=69');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Hugo Villeurbanne');
    expect(res.body).not.toContain('Anaïs Bresse');
    expect((await t.app.inject('/activateurs/region/auvergne-rhone-alpes?departement=75')).statusCode).toBe(404);
  });
});

describe('l’API publique', () => {
  it('la recherche renvoie pour chaque résultat nom, structure, type, thèmes, commune, code postal, coordonnées, distance et contact', async () => {
    const res = await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=10&theme=visibilite');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 1, parPage: 20, lieu: { nom: 'Lyon 3e Arrondissement', rayonKm: 10 } });
    const first = body.resultats[0];
    expect(first).toMatchObject({
      slug: a.advisor!.slug,
      url: `${t.config.publicUrl}/trouver-un-accompagnement/${a.advisor!.slug}`,
      nomAffiche: 'Zoé Conseil',
      prenom: 'Zoé',
      nom: 'Conseil',
      structure: 'CCI Lyon Métropole',
      type: 'conseiller',
      typeLibelle: 'Conseiller',
      themes: ['visibilite', 'donnees-securite'],
      commune: { code: a.advisor!.commune.code, nom: 'Lyon 3e Arrondissement' },
      codePostal: '69003',
      latitude: a.advisor!.commune.latitude,
      longitude: a.advisor!.commune.longitude,
      distanceKm: 0,
      contactable: true,
      offresUrl: null,
    });
  });

  it('la fiche d’un activateur en JSON ajoute présentation, secteurs et territoire', async () => {
    const body = (await t.app.inject(`/api/v1/activateurs/${a.advisor!.slug}`)).json();
    expect(body).toMatchObject({ slug: a.advisor!.slug, secteurs: ['G', 'I'], territoire: ['69', '01'], region: 'Auvergne-Rhône-Alpes', distanceKm: null });
    expect(body.presentation).toContain('commerçants');
  });

  it('les thèmes sont ceux de la liste commune', async () => {
    const body = (await t.app.inject('/api/v1/themes')).json();
    expect(body.themes).toEqual(THEMES.map((th) => ({ slug: th.slug, libelle: th.label })));
  });

  it('un paramètre refusé est nommé dans une erreur JSON en français', async () => {
    for (const [query, champ] of [
      ['type=astronaute', 'type'],
      ['secteur=Z', 'secteur'],
      ['page=0', 'page'],
      ['rayon=abc', 'rayon'],
      ['lieu=00000', 'lieu'],
    ] as const) {
      const res = await t.app.inject(`/api/v1/activateurs?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ champ, statut: 400 });
      expect(res.json().erreur, query).toContain(`« ${champ} »`);
    }
  });

  it('le document OpenAPI est du JSON valide qui décrit chaque point d’accès, et la page /api/docs les liste', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/activateurs', '/api/v1/activateurs/{slug}', '/api/v1/themes', '/api/v1/communes']));
    const names = doc.paths['/api/v1/activateurs'].get.parameters.map((p: { $ref: string }) => p.$ref.split('/').pop());
    expect(names).toEqual(['lieu', 'rayon', 'theme', 'type', 'secteur', 'q', 'page']);
    // Every $ref points to something the document defines.
    const refs = [...res.body.matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(ref.split('/').reduce((node: any, key) => node?.[key], doc), ref).toBeDefined();
    const docs = await t.app.inject('/api/docs');
    expect(docs.statusCode).toBe(200);
    for (const path of paths) expect(docs.body).toContain(`<code>${path}</code>`);
    expect(docs.body).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('le fond de carte est servi en SVG avec un long cache', async () => {
    const res = await t.app.inject('/trouver-un-accompagnement/carte-de-france.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body).toContain('<title>Carte des départements de France</title>');
  });
});
