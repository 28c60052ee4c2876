import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESSIBILITY_STATEMENT, ACCOUNT_SELF_SERVICE, frenchDate } from '../../src/site/legal-content.js';
import { UPCOMING_SECTIONS, upcomingSectionTitle } from '../../src/site/upcoming-sections.js';
import { FOOTER_LINKS, MAIN_NAVIGATION } from '../../src/ui/navigation.js';
import { ACCESSIBILITY_PAGE, SITE_MAP } from '../../src/ui/sitemap.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LEGAL_PAGES = [
  { path: '/accessibilite', title: 'Déclaration d’accessibilité' },
  { path: '/mentions-legales', title: 'Mentions légales' },
  { path: '/donnees-personnelles', title: 'Données personnelles' },
  { path: '/plan-du-site', title: 'Plan du site' },
];

async function page(path: string) {
  const res = await t.app.inject(path);
  expect(res.statusCode, path).toBe(200);
  return res.body;
}

/** The page's own content, without the header and footer that every page shares. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  return html.slice(start, html.indexOf('</main>', start));
}

function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
}

describe('les pages obligatoires du site', () => {
  it.each(LEGAL_PAGES)('$path répond avec son titre et un fil d’Ariane qui la nomme', async ({ path, title }) => {
    const html = await page(path);
    expect(titleOf(html)).toBe(`${title} — Abeille`);
    expect(html).toContain('class="fr-breadcrumb"');
    expect(html).toContain(`<a class="fr-breadcrumb__link" aria-current="page">${title}</a>`);
    expect(mainOf(html)).toContain(`<h1>${title}</h1>`);
  });

  it('aucune page publique ne partage son titre avec une autre', async () => {
    const paths = ['/', ...LEGAL_PAGES.map((p) => p.path), ...MAIN_NAVIGATION.map((n) => n.href)];
    const titles = await Promise.all(paths.map(async (path) => titleOf(await page(path))));
    expect(new Set(titles).size).toBe(paths.length);
  });

  it('une visite des pages d’information ne dépose aucun cookie', async () => {
    for (const { path } of LEGAL_PAGES) {
      const res = await t.app.inject(path);
      expect(res.headers['set-cookie'], path).toBeUndefined();
    }
  });
});

describe('la déclaration d’accessibilité', () => {
  it('annonce le même état de conformité que le pied de page, au regard du RGAA 4.1.2', async () => {
    const html = await page('/accessibilite');
    const footerState = /Accessibilité : (\w+ conforme)/.exec(await page('/'))?.[1];
    expect(footerState).toBeDefined();
    expect(mainOf(html)).toContain(`est <strong>${footerState}</strong> avec le référentiel général`);
    expect(mainOf(html)).toContain('(RGAA), version 4.1.2');
  });

  it('suit les parties du modèle officiel et nomme l’entité, le site et sa date', async () => {
    const main = mainOf(await page('/accessibilite'));
    for (const heading of [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Non-conformités',
      'Dérogations pour charge disproportionnée',
      'Contenus non soumis à l’obligation d’accessibilité',
      'Établissement de cette déclaration d’accessibilité',
      'Environnement de test',
      'Outils pour évaluer l’accessibilité',
      'Pages du site ayant fait l’objet de la vérification de conformité',
      'Retour d’information et contact',
      'Voies de recours',
    ]) {
      expect(main, heading).toMatch(new RegExp(`<h[23][^>]*>${heading}</h[23]>`));
    }
    expect(main).toContain('Direction générale des Entreprises s’engage à rendre ses sites internet');
    expect(main).toContain('article 47 de la loi n° 2005-102 du 11 février 2005');
    expect(main).toContain(`Cette déclaration a été établie le ${frenchDate(ACCESSIBILITY_STATEMENT.statementDate)}.`);
    expect(main).toContain('http://localhost:3000');
    expect(main).toContain('axe-core');
  });

  it('liste les pages vérifiées : l’accueil, les pages légales, la connexion et l’inscription', async () => {
    const main = mainOf(await page('/accessibilite'));
    for (const path of ['/', '/accessibilite', '/mentions-legales', '/donnees-personnelles', '/plan-du-site', '/connexion', '/inscription']) {
      expect(main, path).toContain(`<a href="${path}">http://localhost:3000${path}</a>`);
    }
  });

  it('donne une adresse de contact et les voies de recours auprès du Défenseur des droits', async () => {
    const main = mainOf(await page('/accessibilite'));
    expect(main).toContain('href="mailto:contact@localhost"');
    expect(main).toContain('Écrire un message au Défenseur des droits');
    expect(main).toContain('délégué du Défenseur des droits dans votre région');
    expect(main).toContain('09 69 39 00 00');
    expect(main).toMatch(/Défenseur des droits<br\/>Libre réponse 71120<br\/>75342 Paris CEDEX 07/);
  });
});

describe('les mentions légales', () => {
  it('nomment l’éditeur, la direction de la publication, l’hébergement et les licences', async () => {
    const main = mainOf(await page('/mentions-legales'));
    expect(main).toContain('est édité par Direction générale des Entreprises');
    expect(main).toContain('La direction de la publication est assurée par le représentant légal de Direction générale des Entreprises');
    expect(main).toContain('L’hébergeur est choisi par Direction générale des Entreprises');
    expect(main).toContain('licence etalab-2.0');
    expect(main).toContain('licence MIT');
    expect(main).toContain('Système de design de l’État (DSFR)');
    expect(main).toContain(`href="${ACCESSIBILITY_PAGE.href}"`);
    expect(main).toContain('href="/donnees-personnelles"');
  });

  it('citent les sources des données géographiques, dont GeoNames sous licence CC BY 4.0', async () => {
    const main = mainOf(await page('/mentions-legales'));
    expect(main).toContain('<a href="https://www.geonames.org">GeoNames</a>');
    expect(main).toContain('<a href="https://creativecommons.org/licenses/by/4.0/deed.fr">CC BY 4.0</a>');
    expect(main).toContain('Code officiel géographique de l’Insee');
    expect(main).toContain('approximative');
  });
});

describe('les données personnelles', () => {
  it('donnent la durée de conservation de chaque type de données', async () => {
    const main = mainOf(await page('/donnees-personnelles'));
    expect(main).toContain('vos demandes sont anonymisées 3 ans après le dernier échange');
    expect(main).toContain('un autodiagnostic fait sans compte est anonymisé 2 ans après avoir été rempli');
    expect(main).toContain('Après 2 ans sans connexion, nous vous prévenons par e-mail');
    expect(main).toContain('dans les 30 jours, votre compte et les données qui y sont liées sont supprimés');
    expect(main).toContain('les journaux du serveur, 1 an au plus');
  });

  it('n’annoncent que des cookies nécessaires, donc aucun bandeau de consentement', async () => {
    const main = mainOf(await page('/donnees-personnelles'));
    expect(main).toContain('aucun bandeau de cookies');
    expect(main).toContain('<caption>Cookies déposés par le site</caption>');
    expect(main).toContain('Cookie de session');
    expect(main).toContain('Cookie de sécurité des formulaires (CSRF)');
  });

  it('expliquent comment exercer ses droits et saisir la CNIL', async () => {
    const main = mainOf(await page('/donnees-personnelles'));
    for (const right of ['d’accès', 'de rectification', 'à l’effacement', 'd’opposition', 'à la limitation', 'à la portabilité']) {
      expect(main, right).toContain(`le droit ${right}`);
    }
    expect(main).toContain('href="/mon-compte"');
    // Only what the account page really offers is promised there; the rest goes through the contact address.
    expect(main.includes('télécharger vos données')).toBe(ACCOUNT_SELF_SERVICE.downloadData);
    expect(main.includes('y compris la suppression de votre compte')).toBe(!ACCOUNT_SELF_SERVICE.deleteAccount);
    expect(main).toContain('href="mailto:contact@localhost"');
    expect(main).toContain('délégué à la protection des données');
    expect(main).toContain('https://www.cnil.fr/fr/plaintes');
    expect(main).toMatch(/CNIL<br\/>3 place de Fontenoy<br\/>TSA 80715<br\/>75334 Paris CEDEX 07/);
  });
});

describe('le plan du site', () => {
  it('aucun lien du plan du site ne mène à une page introuvable', async () => {
    for (const { href } of SITE_MAP) await page(href);
  });

  it('liste chaque rubrique du menu, chaque lien du pied de page, l’accessibilité, la connexion et l’inscription', async () => {
    const main = mainOf(await page('/plan-du-site'));
    const expected = [
      ...MAIN_NAVIGATION,
      ...FOOTER_LINKS,
      ACCESSIBILITY_PAGE,
      { href: '/connexion', label: 'Se connecter' },
      { href: '/inscription', label: 'Créer un compte' },
    ];
    for (const { href, label } of expected) {
      expect(main, href).toContain(`<a href="${href}">${label}</a>`);
    }
  });
});

describe('les rubriques principales', () => {
  it('aucune entrée du menu principal ne mène à une page introuvable', async () => {
    for (const { href } of MAIN_NAVIGATION) await page(href);
  });

  it.each(UPCOMING_SECTIONS.map((s) => ({ href: s.href, label: upcomingSectionTitle(s.href) })))(
    '$href, pas encore ouverte, répond par une page d’attente honnête, marquée dans le menu',
    async ({ href, label }) => {
      const html = await page(href);
      expect(titleOf(html)).toBe(`${label} — Abeille`);
      expect(html).toContain('Cette rubrique ouvre prochainement');
      expect(html).toContain(`<a class="fr-breadcrumb__link" aria-current="page">${label}</a>`);
      expect(html).toContain(`<a class="fr-nav__link" href="${href}" aria-current="page">`);
      const main = mainOf(html);
      expect(main).toContain('href="/"');
      expect(main).toContain('href="/plan-du-site"');
    },
  );
});

describe('les informations propres à l’instance', () => {
  let configured: TestApp;
  beforeAll(async () => {
    configured = await createTestApp({
      publicUrl: 'https://abeille.exemple.fr',
      operatorName: 'Région Exemple',
      contactEmail: 'numerique@exemple.fr',
      dpoEmail: 'dpo@exemple.fr',
      publicationDirector: 'Camille Martin, directrice du numérique',
      hostingProvider: 'Hébergeur Exemple, 1 rue de la Paix, 75002 Paris',
      sourceUrl: 'https://forge.exemple.fr/abeille',
    });
  });
  afterAll(() => configured.close());

  it('viennent de la configuration : éditeur, direction, hébergeur, code source et contacts', async () => {
    const legal = mainOf((await configured.app.inject('/mentions-legales')).body);
    expect(legal).toContain('est édité par Région Exemple');
    expect(legal).toContain('Directeur ou directrice de la publication : Camille Martin, directrice du numérique.');
    expect(legal).toContain('Le site est hébergé par : Hébergeur Exemple, 1 rue de la Paix, 75002 Paris.');
    expect(legal).toContain('<a href="https://forge.exemple.fr/abeille">https://forge.exemple.fr/abeille</a>');

    const accessibility = mainOf((await configured.app.inject('/accessibilite')).body);
    expect(accessibility).toContain('Région Exemple s’engage à rendre ses sites internet');
    expect(accessibility).toContain('href="mailto:numerique@exemple.fr"');
    expect(accessibility).toContain('<a href="/connexion">https://abeille.exemple.fr/connexion</a>');

    const data = mainOf((await configured.app.inject('/donnees-personnelles')).body);
    expect(data).toContain('href="mailto:dpo@exemple.fr"');
    expect(data).toContain('Vos données sont hébergées par : Hébergeur Exemple');
  });
});
