import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activators } from '../../src/activators/schema.js';
import { distanceKm, findCommunesByPostalCode, loadGeographyForTests, type Commune } from '../../src/geo/index.js';
import { formatDistance } from '../../src/activators/directory/present.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { Agent } from '../support/agent.js';
import { anActivator, type BuiltActivator } from './builders.js';

let t: TestApp;
let lyon3: Commune;
const a: Record<string, BuiltActivator> = {};

/** The names of the results, in the order the page lists them. */
function listedNames(html: string): string[] {
  const list = html.slice(html.indexOf('aria-label="Résultats"'));
  return [...list.matchAll(/<h3 class="fr-card__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

function mapMarkup(html: string): string {
  const start = html.indexOf('<svg');
  return html.slice(start, html.indexOf('</svg>', start));
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await loadGeographyForTests(db, { departments: ['69', '38', '13', '01'] });
  [lyon3] = await findCommunesByPostalCode(db, '69003', 1) as [Commune];
  a.lyon = await anActivator().named('Léa', 'Lumière').in('69003').withThemes('visibilite', 'gestion').withSectors('G').presenting('Création de sites internet pour les boulangeries et les commerces de proximité.').insert(db);
  a.villeurbanne = await anActivator().ofKind('championne').named('Paul', 'Villeurbannais').in('69100').withThemes('vente-en-ligne').withSectors('I').presenting('Restaurateur, je raconte comment nous vendons nos plats à emporter en ligne.').insert(db);
  a.grenoble = await anActivator().ofKind('conseiller_financement').named('Inès', 'Alpes').in('38000').withThemes('visibilite').presenting('Financement des projets numériques des petites entreprises.').insert(db);
  a.offers = await anActivator().ofKind('offreur_solutions').named('Marc', 'Vendeur').ofStructure('Caisse Facile').in('69002').withThemes('gestion').offeringAt('https://caisse-facile.example/offres').presenting('Logiciel de caisse pour commerçants.').insert(db);
  a.institution = await anActivator().ofKind('institutionnel').named('Irène', 'Institution').in('69001').withThemes('visibilite').insert(db);
  a.pending = await anActivator().withStatus('en_attente').named('Pierre', 'Enattente').in('69003').insert(db);
  a.marseille = await anActivator().named('Marius', 'Phocéen').in('13001').withThemes('visibilite').insert(db);
});

afterAll(async () => {
  await t?.close();
});

describe('trouver un accompagnement par lieu', () => {
  it('une recherche par code postal liste les activateurs du rayon, du plus proche au plus lointain, avec leur distance', async () => {
    const res = await t.app.inject('/trouver-un-accompagnement?lieu=69003&rayon=30');
    expect(res.statusCode).toBe(200);
    const names = listedNames(res.body);
    const expected = [a.lyon!, a.offers!, a.villeurbanne!]
      .map((x) => ({ x, km: distanceKm(lyon3, x.commune) }))
      .sort((p, q) => p.km - q.km);
    expect(names).toEqual(expected.map((e) => (e.x === a.offers ? 'Caisse Facile' : `${e.x.firstName} ${e.x.lastName}`)));
    for (const e of expected) expect(res.body).toContain(formatDistance(e.km));
    expect(res.body).toContain('3 accompagnements trouvés autour de Lyon 3e Arrondissement (69003), dans un rayon de 30 km.');
  });

  it('l’API donne la même distance en km, à une décimale, calculée depuis les centres des communes', async () => {
    const res = await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=200');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const grenoble = body.resultats.find((r: { slug: string }) => r.slug === a.grenoble!.slug);
    expect(grenoble.distanceKm).toBeCloseTo(distanceKm(lyon3, a.grenoble!.commune), 1);
    const distances = body.resultats.map((r: { distanceKm: number }) => r.distanceKm);
    expect(distances).toEqual([...distances].sort((x: number, y: number) => x - y));
  });

  it('le rayon écarte les activateurs plus lointains', async () => {
    const kmToGrenoble = distanceKm(lyon3, a.grenoble!.commune);
    const inside = (await t.app.inject(`/api/v1/activateurs?lieu=69003&rayon=${Math.ceil(kmToGrenoble)}`)).json();
    const outside = (await t.app.inject(`/api/v1/activateurs?lieu=69003&rayon=${Math.floor(kmToGrenoble)}`)).json();
    const slugs = (r: { resultats: { slug: string }[] }) => r.resultats.map((x) => x.slug);
    expect(slugs(inside)).toContain(a.grenoble!.slug);
    expect(slugs(outside)).not.toContain(a.grenoble!.slug);
    expect(slugs(outside)).not.toContain(a.marseille!.slug);
  });

  it('une commune saisie par son nom, sans accents, centre la recherche sur elle', async () => {
    const res = (await t.app.inject('/api/v1/activateurs?lieu=villeurbanne&rayon=5')).json();
    expect(res.lieu.nom).toBe('Villeurbanne');
    expect(res.resultats[0].slug).toBe(a.villeurbanne!.slug);
  });
});

describe('les filtres', () => {
  it('le filtre par thème ne garde que les activateurs de ce thème', async () => {
    const res = await t.app.inject('/trouver-un-accompagnement?theme=vente-en-ligne');
    expect(listedNames(res.body)).toEqual(['Paul Villeurbannais']);
  });

  it('le filtre par type ne garde que ce type', async () => {
    const res = (await t.app.inject('/api/v1/activateurs?type=conseiller_financement')).json();
    expect(res.resultats.map((r: { slug: string }) => r.slug)).toEqual([a.grenoble!.slug]);
  });

  it('le filtre par secteur ne garde que les activateurs qui le servent', async () => {
    const res = (await t.app.inject('/api/v1/activateurs?secteur=I')).json();
    expect(res.resultats.map((r: { slug: string }) => r.slug)).toEqual([a.villeurbanne!.slug]);
  });

  it('la recherche libre trouve les mots de la présentation malgré le pluriel et sans les accents', async () => {
    const res = (await t.app.inject(`/api/v1/activateurs?q=${encodeURIComponent('boulangerie creation')}`)).json();
    expect(res.resultats.map((r: { slug: string }) => r.slug)).toEqual([a.lyon!.slug]);
  });

  it('les filtres restent dans l’adresse des pages suivantes', async () => {
    const res = await t.app.inject('/trouver-un-accompagnement?theme=visibilite&lieu=69003&rayon=200');
    expect(res.body).toContain('/api/v1/carte?lieu=69003&amp;rayon=200&amp;theme=visibilite');
  });
});

describe('ce que le public voit de chaque type', () => {
  it('un activateur institutionnel n’apparaît jamais, ni dans la page ni dans l’API', async () => {
    const page = await t.app.inject('/trouver-un-accompagnement?lieu=69001&rayon=200');
    expect(page.body).not.toContain('Institution');
    const api = (await t.app.inject('/api/v1/activateurs?lieu=69001&rayon=200')).json();
    expect(api.resultats.map((r: { slug: string }) => r.slug)).not.toContain(a.institution!.slug);
    const byType = await t.app.inject('/api/v1/activateurs?type=institutionnel');
    expect(byType.statusCode).toBe(400);
    expect((await t.app.inject(`/api/v1/activateurs/${a.institution!.slug}`)).statusCode).toBe(404);
  });

  it('un dossier en attente de validation n’est pas public', async () => {
    const api = (await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=5')).json();
    expect(JSON.stringify(api)).not.toContain('Enattente');
  });

  it('un offreur de solutions est listé, hors de la carte, sans contact, avec un lien vers ses offres', async () => {
    const page = await t.app.inject('/trouver-un-accompagnement?lieu=69002&rayon=5');
    expect(listedNames(page.body)).toContain('Caisse Facile');
    expect(page.body).toContain('href="https://caisse-facile.example/offres"');
    expect(page.body).toContain('Découvrir les offres');
    const map = mapMarkup(page.body);
    expect(map).not.toContain(a.offers!.slug);
    const points = (await t.app.inject('/api/v1/carte?type=offreur_solutions')).json();
    expect(points.points).toEqual([]);
    const api = (await t.app.inject('/api/v1/activateurs?type=offreur_solutions')).json();
    expect(api.resultats[0]).toMatchObject({ contactable: false, offresUrl: 'https://caisse-facile.example/offres', nomAffiche: 'Caisse Facile' });
    const profile = await t.app.inject(`/trouver-un-accompagnement/${a.offers!.slug}`);
    expect(profile.body).not.toContain('id="contacter"');
  });

  it('la carte place un marqueur par activateur contactable, et sa fiche en est le lien', async () => {
    const page = await t.app.inject('/trouver-un-accompagnement?lieu=69003&rayon=5');
    const map = mapMarkup(page.body);
    expect(map).toContain('role="group" aria-labelledby="carte-titre carte-description"');
    expect(map).toContain('<title id="carte-titre">');
    expect(map).toContain(`/trouver-un-accompagnement/${a.lyon!.slug}`);
  });
});

describe('une recherche déjà faite', () => {
  it('montre aussitôt un profil qui vient d’être activé ou retiré', async () => {
    const before = (await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=5')).json();
    expect(before.resultats.map((r: { nom: string }) => r.nom)).not.toContain('Enattente');
    await t.database.db.update(activators).set({ status: 'active', slug: 'pierre-enattente' }).where(eq(activators.id, a.pending!.id));
    const after = (await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=5')).json();
    expect(after.resultats.map((r: { nom: string }) => r.nom)).toContain('Enattente');
    await t.database.db.update(activators).set({ status: 'retiree' }).where(eq(activators.id, a.pending!.id));
    const withdrawn = (await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=5')).json();
    expect(withdrawn.resultats.map((r: { nom: string }) => r.nom)).not.toContain('Enattente');
    expect(withdrawn.total).toBe(before.total);
  });
});

describe('pagination', () => {
  it('les résultats se suivent de page en page sans se répéter : vingt par appel de l’API, dix par page du site', async () => {
    const local = await createTestApp();
    try {
      await loadGeographyForTests(local.database.db, { departments: ['69'] });
      for (let i = 0; i < 23; i++) {
        await anActivator().named('Nom', `Activateur${String(i).padStart(2, '0')}`).in('69003').insert(local.database.db);
      }
      const first = (await local.app.inject('/api/v1/activateurs')).json();
      const second = (await local.app.inject('/api/v1/activateurs?page=2')).json();
      expect(first).toMatchObject({ total: 23, pages: 2, page: 1 });
      expect(first.resultats).toHaveLength(20);
      expect(second.resultats).toHaveLength(3);
      const all = [...first.resultats, ...second.resultats].map((r: { nom: string }) => r.nom);
      expect(new Set(all).size).toBe(23);
      const page = await new Agent(local.app).get('/trouver-un-accompagnement?page=3');
      expect(page.body).toContain('Page 3 sur 3');
      expect(page.body).toContain('aria-current="page" title="Page 3"');
      expect(page.body.match(/<h3 class="fr-card__title">/g)).toHaveLength(3);
    } finally {
      await local.close();
    }
  });
});

describe('les saisies refusées', () => {
  it('un code postal inconnu est signalé à côté du champ avec des codes proches, les autres filtres gardés', async () => {
    const res = await t.app.inject('/trouver-un-accompagnement?lieu=69099&theme=vente-en-ligne');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/id="champ-lieu-message" class="fr-error-text">Code postal inconnu\. Vouliez-vous dire : 690\d\d/);
    expect(res.body).toContain('value="69099"');
    expect(res.body).toMatch(/<option value="vente-en-ligne" selected/);
    expect(listedNames(res.body)).toEqual(['Paul Villeurbannais']);
  });

  it('un rayon hors limites est refusé avec un message en français', async () => {
    const page = await t.app.inject('/trouver-un-accompagnement?lieu=69003&rayon=500');
    expect(page.body).toContain('Le rayon doit être compris entre 1 et 200 km.');
    const api = await t.app.inject('/api/v1/activateurs?lieu=69003&rayon=0');
    expect(api.statusCode).toBe(400);
    expect(api.json()).toMatchObject({ champ: 'rayon', statut: 400 });
    expect(api.json().erreur).toContain('rayon');
  });

  it('un thème inconnu est refusé et nommé', async () => {
    const page = await t.app.inject('/trouver-un-accompagnement?theme=astrologie&lieu=69003');
    expect(page.body).toContain('Thème inconnu : choisissez un thème dans la liste.');
    expect(page.body).toContain('value="69003"');
    const api = await t.app.inject('/api/v1/activateurs?theme=astrologie');
    expect(api.statusCode).toBe(400);
    expect(api.json()).toMatchObject({ champ: 'theme' });
  });

  it('une commune mal orthographiée n’est pas cherchée à la place d’une autre : des noms proches sont proposés', async () => {
    const res = await t.app.inject('/api/v1/activateurs?lieu=Villeurbane');
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur).toContain('Villeurbanne');
  });

  it('du HTML saisi dans la recherche libre est affiché comme du texte', async () => {
    const res = await t.app.inject(`/trouver-un-accompagnement?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script>alert(1)&lt;/script>');
  });
});
