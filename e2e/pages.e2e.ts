import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  newContext,
  openPage,
  saveScreenshot,
  seriousAccessibilityViolations,
  type OpenedPage,
} from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

/** Every page template the site has, each reached by one address. Add a row when a page is added. */
const PAGES = [
  { name: 'accueil', path: '/', status: 200, heading: /\S/ },
  { name: 'page-introuvable', path: '/cette-page-n-existe-pas', status: 404, heading: /Page non trouvée/ },
  { name: 'accessibilite', path: '/accessibilite', status: 200, heading: /accessibilité/i },
  { name: 'mentions-legales', path: '/mentions-legales', status: 200, heading: /Mentions légales/i },
  { name: 'donnees-personnelles', path: '/donnees-personnelles', status: 200, heading: /données personnelles/i },
  { name: 'plan-du-site', path: '/plan-du-site', status: 200, heading: /Plan du site/i },
  { name: 'annuaire', path: '/trouver-un-accompagnement?lieu=69003&rayon=30', status: 200, heading: /Trouver un accompagnement/ },
  { name: 'activateurs-regions', path: '/activateurs/region', status: 200, heading: /par région/ },
  { name: 'activateurs-region', path: '/activateurs/region/auvergne-rhone-alpes', status: 200, heading: /Auvergne-Rhône-Alpes/ },
  { name: 'api-docs', path: '/api/docs', status: 200, heading: /API publique/ },
  { name: 'donnees-ouvertes', path: '/donnees-ouvertes', status: 200, heading: /Données ouvertes/ },
];

const suite = useE2eSuite();
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(suite.browser);
});
afterAll(() => context?.close());

const titles = new Map<string, string>();

describe.each(PAGES)('la page $path', ({ name, path, status, heading }) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(context, suite.url(path));
    // DSFR's JavaScript marks <html> once it has started; fonts are part of what a visitor sees.
    await opened.page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 }).catch(() => {});
    await opened.page.evaluate(() => document.fonts.ready);
    titles.set(path, await opened.page.title());
    await saveScreenshot(opened.page, name);
  });
  afterAll(() => opened?.page.close());

  it('répond, en français, dans le cadre DSFR, avec un seul titre de niveau 1', async () => {
    const { page, response } = opened;
    expect(response?.status()).toBe(status);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toMatch(/^.+ — Abeille$/);
    expect(await page.locator('header.fr-header .fr-header__service-title').textContent()).toBe('Abeille');
    expect(await page.locator('nav#navigation-principale a').count()).toBe(5);
    expect(await page.locator('footer#pied-de-page a[href="/accessibilite"]').count()).toBe(1);
    const h1 = page.locator('main#contenu h1');
    expect(await h1.count()).toBe(1);
    expect(await h1.textContent()).toMatch(heading);
  });

  it('ne produit ni erreur de console, ni erreur de script, ni violation de la politique de sécurité du contenu', async () => {
    expect(await opened.page.evaluate(() => document.documentElement.getAttribute('data-fr-js'))).toBe('true');
    expect(await opened.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it('ne présente aucun défaut d’accessibilité grave ou critique (axe-core)', async () => {
    const violations = await seriousAccessibilityViolations(opened.page);
    expect(describeViolations(violations), 'violations graves ou critiques relevées par axe-core').toBe('');
  });

  it('montre en entier le libellé de chacun de ses boutons', async () => {
    // A DSFR button with an icon but no --icon-left/right modifier is icon-only by design (its text
    // is hidden and it carries a title); every other visible button must show its whole label.
    const clipped = await opened.page.$$eval('.fr-btn', (buttons) =>
      buttons
        .filter((b) => b.getClientRects().length > 0)
        .filter((b) => !/(^| )fr-icon-/.test(b.className) || /fr-btn--icon-(left|right)/.test(b.className))
        .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
        .map((b) => `« ${(b.textContent ?? '').trim()} » (${b.className}) : ${b.clientWidth} px visibles sur ${b.scrollWidth}`),
    );
    expect(clipped).toEqual([]);
  });
});

describe('les titres des pages', () => {
  it('chaque page a un titre de document qui lui est propre', () => {
    expect([...titles.keys()], 'toutes les pages ont été ouvertes').toEqual(PAGES.map((p) => p.path));
    const shared = [...titles.entries()].filter(([, t]) => [...titles.values()].filter((o) => o === t).length > 1);
    expect(shared).toEqual([]);
  });
});
