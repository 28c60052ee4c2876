import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openPage, saveScreenshot, type OpenedPage } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

// The glossary's five entry points, in the order a visitor sees them.
const MAIN_NAVIGATION = [
  ['Faire le point sur mon numérique', '/autodiagnostic'],
  ['Trouver un accompagnement', '/trouver-un-accompagnement'],
  ['Ressources', '/ressources'],
  ['Aides et financements', '/aides-et-financements'],
  ['Espace activateurs', '/espace-activateurs'],
];

const suite = useE2eSuite();

async function links(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(selector, (anchors) =>
    anchors.map((a) => [(a.textContent ?? '').replace(/\s+/g, ' ').trim(), a.getAttribute('href') ?? '']),
  );
}

describe('le cadre du site dans un vrai navigateur', () => {
  let context: BrowserContext;
  let home: OpenedPage;
  beforeAll(async () => {
    context = await newContext(suite.browser);
    home = await openPage(context, suite.url('/'));
    // DSFR's JavaScript marks <html> once it has started.
    await home.page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 });
    await home.page.evaluate(() => document.fonts.ready);
  });
  afterAll(() => context?.close());

  it('la page d’accueil est en français, avec un titre, l’en-tête DSFR au nom du site et de son opérateur', async () => {
    const { page, response } = home;
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Accueil — Abeille');
    const header = page.locator('header[role="banner"].fr-header');
    await expect(header.locator('.fr-header__service-title').textContent()).resolves.toBe('Abeille');
    await expect(header.locator('.fr-header__service-tagline').textContent()).resolves.toBe(
      'Direction générale des Entreprises',
    );
    expect(await header.locator('.fr-logo').isVisible()).toBe(true);
    expect(await page.locator('main#contenu h1').count()).toBe(1);
  });

  it('la navigation principale propose les cinq entrées du site', async () => {
    expect(await links(home.page, 'nav#navigation-principale a')).toEqual(MAIN_NAVIGATION);
    const nav = home.page.getByRole('navigation', { name: 'Menu principal' });
    for (const [label] of MAIN_NAVIGATION) {
      expect(await nav.getByRole('link', { name: label, exact: true }).isVisible(), label).toBe(true);
    }
  });

  it('le pied de page mène à l’accessibilité, aux mentions légales, aux données personnelles et au plan du site', async () => {
    const footer = await links(home.page, 'footer#pied-de-page .fr-footer__bottom-list a');
    const byHref = Object.fromEntries(footer.map(([label, href]) => [href, label]));
    expect(byHref['/accessibilite']).toMatch(/^Accessibilité : (non|partiellement|totalement) conforme$/);
    expect(byHref['/mentions-legales']).toBe('Mentions légales');
    expect(byHref['/donnees-personnelles']).toBe('Données personnelles');
    expect(byHref['/plan-du-site']).toBe('Plan du site');
  });

  it('les liens d’évitement mènent au contenu, au menu et au pied de page, qui existent', async () => {
    const skip = await links(home.page, '.fr-skiplinks a');
    expect(skip).toEqual([
      ['Contenu', '#contenu'],
      ['Menu', '#navigation-principale'],
      ['Pied de page', '#pied-de-page'],
    ]);
    for (const [, href] of skip) expect(await home.page.locator(href).count(), href).toBe(1);
    // The first Tab from the top of the page lands on the first skip link, which then shows.
    await home.page.keyboard.press('Tab');
    expect(await home.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Contenu');
  });

  it('la feuille de style du DSFR est appliquée, avec la police Marianne réellement chargée', async () => {
    const { page } = home;
    // The skip links only show while one of them has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const style = await page.evaluate(() => {
      let marianneLoaded = false;
      document.fonts.forEach((font) => {
        if (font.family.replace(/"/g, '') === 'Marianne' && font.status === 'loaded') marianneLoaded = true;
      });
      const css = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element) : null;
      };
      return {
        bodyFont: getComputedStyle(document.body).fontFamily,
        marianneLoaded,
        headerRowDisplay: css('.fr-header__body-row')?.display,
        navListDisplay: css('.fr-nav__list')?.display,
        skipLinksOffscreen: (document.querySelector('.fr-skiplinks')?.getBoundingClientRect().bottom ?? 1) <= 0,
      };
    });
    expect(style.bodyFont).toContain('Marianne');
    expect(style.marianneLoaded).toBe(true);
    // The DSFR header lays the brand and the tools out side by side, and the menu as a row of links.
    expect(style.headerRowDisplay).toBe('flex');
    expect(style.navListDisplay).toBe('flex');
    expect(style.skipLinksOffscreen).toBe(true);
    const headerBox = await page.locator('.fr-header__brand').boundingBox();
    const toolsBox = await page.locator('.fr-header__tools').boundingBox();
    expect(headerBox && toolsBox && toolsBox.x > headerBox.x).toBe(true);
  });

  it('le JavaScript du DSFR s’exécute malgré la politique de sécurité du contenu', async () => {
    const dsfr = await home.page.evaluate(() => ({
      api: typeof (window as unknown as { dsfr?: unknown }).dsfr,
      marked: document.documentElement.getAttribute('data-fr-js'),
    }));
    expect(dsfr).toEqual({ api: 'function', marked: 'true' });
  });

  it('la page d’accueil ne produit ni erreur de console ni violation de la politique de sécurité du contenu', async () => {
    const problems = await home.collect();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});

describe('sans JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(suite.browser, { javaScriptEnabled: false });
  });
  afterAll(() => context?.close());

  it('la page d’accueil affiche quand même la navigation principale et ses liens', async () => {
    const { page, response } = await openPage(context, suite.url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-fr-js')).catch(() => false)).toBe(false);
    expect(await links(page, 'nav#navigation-principale a')).toEqual(MAIN_NAVIGATION);
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    for (const [label] of MAIN_NAVIGATION) {
      expect(await nav.getByRole('link', { name: label, exact: true }).isVisible(), label).toBe(true);
    }
    await saveScreenshot(page, 'accueil-sans-javascript');
  });
});
