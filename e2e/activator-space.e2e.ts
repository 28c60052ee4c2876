// The activator's own space in a browser: a new activator's home and the badge page before validation
// (the active state is covered by the integration tests), without console, CSP or serious axe problem.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, newContext, openPage, seriousAccessibilityViolations } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

const suite = useE2eSuite();
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(suite.browser);
});
afterAll(() => context?.close());

const run = Date.now().toString(36);
const PASSWORD = 'ruche bleue sous le tilleul';

async function submit(page: Page, button: ReturnType<Page['locator']>) {
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), button.click()]);
}

describe('l’espace d’un nouvel activateur, dans un navigateur', () => {
  it('après la création du compte, l’accueil de l’espace montre le dossier en brouillon et la page du badge explique quand il sera disponible', async () => {
    const email = `lina.${run}@exemple.fr`;
    const registration = await openPage(context, suite.url('/espace-activateurs/inscription'));
    const page = registration.page;
    await page.fill('#champ-prenom', 'Lina');
    await page.fill('#champ-nom', 'Espace');
    await page.fill('#champ-email', email);
    await page.selectOption('#champ-categorie', 'conseiller');
    await page.fill('[name="mot_de_passe"]', PASSWORD);
    await submit(page, page.locator('main form button[type="submit"]').first());

    // Logging in from the space's presentation leads to the activator's home.
    await page.goto(suite.url('/espace-activateurs'));
    await submit(page, page.getByRole('link', { name: 'J’ai déjà un compte : me connecter' }));
    await page.fill('#champ-email', email);
    await page.fill('[name="mot_de_passe"]', PASSWORD);
    await submit(page, page.locator('main form button[type="submit"]').first());
    expect(new URL(page.url()).pathname).toBe('/espace-activateurs');
    await page.close();

    const home = await openPage(context, suite.url('/espace-activateurs'));
    expect(await home.page.locator('h1').textContent()).toBe('Mon espace activateur');
    expect(await home.page.locator('main').textContent()).toContain('Brouillon');
    expect(await home.page.locator('main a[href="/espace-activateurs/dossier"]').count()).toBe(1);
    expect(await home.page.locator('main a[href="/espace-activateurs/badge"]').count()).toBe(0);
    expect(describeViolations(await seriousAccessibilityViolations(home.page))).toBe('');
    expect(await home.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await home.page.close();

    const badge = await openPage(context, suite.url('/espace-activateurs/badge'));
    expect(await badge.page.locator('main').textContent()).toContain('Le badge est disponible une fois votre dossier validé');
    expect(await badge.page.locator('main a[href$=".png"], main a[href$=".svg"]').count()).toBe(0);
    expect(describeViolations(await seriousAccessibilityViolations(badge.page))).toBe('');
    expect(await badge.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await badge.page.close();
  }, 120_000);
});
