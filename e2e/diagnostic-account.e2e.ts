import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, newContext, openPage, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

const suite = useE2eSuite();

async function tick(page: Page, index: number): Promise<void> {
  const input = page.locator('main fieldset.fr-fieldset').nth(index).locator('input').first();
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** From the presentation to the result, the first answer everywhere. */
async function takeAssessment(page: Page): Promise<void> {
  await page.goto(suite.url('/autodiagnostic'));
  await page.getByRole('button', { name: /^Commencer (l’|un nouvel )autodiagnostic$/ }).click();
  await page.waitForURL(/\/entreprise$/);
  await page.getByText('De 1 à 9 salariés', { exact: true }).click();
  await page.getByLabel('Dans quel secteur travaillez-vous ?').selectOption('G');
  await page.getByText('Les deux', { exact: true }).click();
  await page.getByLabel('Code postal de votre entreprise').fill('69003');
  await page.getByText('De 3 à 10 ans', { exact: true }).click();
  await page.getByRole('button', { name: 'Commencer les questions' }).click();
  for (let step = 1; step <= 8; step++) {
    await page.waitForURL(new RegExp(`/etape/${step}$`));
    const count = await page.locator('main fieldset.fr-fieldset').count();
    for (let i = 0; i < count; i++) await tick(page, i);
    await page.getByRole('button', { name: step === 8 ? 'Voir mon résultat' : 'Étape suivante' }).click();
  }
  await page.waitForURL(/\/autodiagnostic\/resultat\/[A-Za-z0-9_-]{32}$/);
}

describe('enregistrer son résultat et retrouver Mon espace, dans un vrai navigateur', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(suite.browser);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('un visiteur crée son compte depuis son résultat, se connecte et arrive sur Mon espace, sans erreur ni défaut d’accessibilité grave', async () => {
    const opened = await openPage(context, suite.url('/autodiagnostic'));
    const page = opened.page;
    await takeAssessment(page);
    const email = `e2e.${Date.now()}@exemple.fr`;
    const password = 'ruche bleue sous le tilleul';
    await page.getByLabel('Prénom').fill('Inès');
    await page.getByLabel('Nom', { exact: true }).fill('Leroy');
    await page.getByLabel(/^Adresse électronique/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Créer un compte pour enregistrer mon résultat' }).click();
    await page.waitForURL(/\/autodiagnostic\/resultat\/[A-Za-z0-9_-]{32}#contenu$/);
    await expect(page.locator('.fr-alert--success').textContent()).resolves.toContain('Un courriel vient de partir');

    await page.goto(suite.url('/connexion'));
    await page.getByLabel(/^Adresse électronique/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: /^Se connecter$/ }).click();
    await page.waitForURL(/\/mon-espace$/);
    await page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 });
    await expect(page.locator('main h1').textContent()).resolves.toBe('Bonjour Inès');
    expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThan(0);
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
    expect(await opened.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await saveScreenshot(page, 'mon-espace');
  });
});
