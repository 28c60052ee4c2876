import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, newContext, openPage, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

const suite = useE2eSuite();

/** Ticks a DSFR radio button or checkbox the way a person does: by clicking its label (the input is drawn by it). */
async function tick(page: Page, input: Locator): Promise<void> {
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** The `n`th answer of the `i`th question of the step on screen. */
const answer = (page: Page, question: number, n: number) => page.locator('main fieldset.fr-fieldset').nth(question).locator('input').nth(n);

/** Answers the questions of the step on screen left unanswered: the first answer of each. */
async function answerStep(page: Page): Promise<number> {
  const fieldsets = page.locator('main fieldset.fr-fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    if ((await fieldsets.nth(i).locator('input:checked').count()) === 0) await tick(page, answer(page, i, 0));
  }
  return count;
}

async function fillProfile(page: Page): Promise<void> {
  await page.getByText('De 1 à 9 salariés', { exact: true }).click();
  await page.getByLabel('Dans quel secteur travaillez-vous ?').selectOption('G');
  await page.getByText('Les deux', { exact: true }).click();
  await page.getByLabel('Code postal de votre entreprise').fill('69003');
  await page.getByText('De 3 à 10 ans', { exact: true }).click();
}

/** From the presentation page to the result, as a visitor would, counting the answers given. */
async function takeAssessment(page: Page): Promise<{ answers: number; stepHeadings: string[] }> {
  await page.goto(suite.url('/autodiagnostic'));
  // « Commencer l’autodiagnostic », or « Commencer un nouvel autodiagnostic » when one is under way.
  await page.getByRole('button', { name: /^Commencer (l’|un nouvel )autodiagnostic$/ }).click();
  await page.waitForURL(/\/autodiagnostic\/[A-Za-z0-9_-]{32}\/entreprise$/);
  await fillProfile(page);
  let answers = 5;
  await page.getByRole('button', { name: 'Commencer les questions' }).click();
  const stepHeadings: string[] = [];
  for (let step = 1; step <= 8; step++) {
    await page.waitForURL(new RegExp(`/etape/${step}$`));
    stepHeadings.push((await page.locator('.fr-stepper__state').textContent())!.trim());
    answers += await answerStep(page);
    await page.getByRole('button', { name: step === 8 ? 'Voir mon résultat' : 'Étape suivante' }).click();
  }
  await page.waitForURL(/\/autodiagnostic\/resultat\/[A-Za-z0-9_-]{32}$/);
  return { answers, stepHeadings };
}

describe('l’autodiagnostic dans un vrai navigateur', () => {
  let browser: Browser;
  let withoutJs: BrowserContext;
  let withJs: BrowserContext;
  beforeAll(async () => {
    browser = suite.browser;
    withoutJs = await newContext(browser, { javaScriptEnabled: false });
    withJs = await newContext(browser);
  });
  afterAll(async () => {
    await withoutJs?.close();
    await withJs?.close();
  });

  it('sans JavaScript, un visiteur sans compte va jusqu’au résultat en moins de 35 réponses', async () => {
    const page = await withoutJs.newPage();
    const { answers, stepHeadings } = await takeAssessment(page);
    expect(answers).toBeLessThan(35);
    expect(stepHeadings[0]).toBe('Étape 1 sur 8');
    expect(stepHeadings[7]).toBe('Étape 8 sur 8');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Votre résultat');
    expect(await page.locator('main svg[role="img"]').isVisible()).toBe(true);
    expect(await page.locator('main table caption').textContent()).toBe('Votre score et votre niveau par thème');
    expect(await page.locator('main table tbody tr').count()).toBe(8);
    await expect(page.getByRole('heading', { name: 'Vous et les autres entreprises' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Par où commencer ?' }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'autodiagnostic-resultat-sans-js');
  });

  it('sans JavaScript, revenir en arrière garde les réponses et une réponse oubliée est signalée à côté de la question', async () => {
    const page = await withoutJs.newPage();
    await page.goto(suite.url('/autodiagnostic'));
    await page.getByRole('button', { name: /^Commencer (l’|un nouvel )autodiagnostic$/ }).click();
    await page.waitForURL(/\/entreprise$/);
    await fillProfile(page);
    await page.getByRole('button', { name: 'Commencer les questions' }).click();
    await page.waitForURL(/\/etape\/1$/);
    // Only the first question answered: the others are refused, the first stays ticked.
    await tick(page, answer(page, 0, 1));
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    expect(await page.locator('main fieldset.fr-fieldset--error').count()).toBe(3);
    expect(await answer(page, 0, 1).isChecked()).toBe(true);
    await saveScreenshot(page, 'autodiagnostic-etape-erreur');
    await answerStep(page);
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.waitForURL(/\/etape\/2$/);
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await page.waitForURL(/\/etape\/1$/);
    expect(await answer(page, 0, 1).isChecked()).toBe(true);
  });

  it('avec JavaScript, les pages de l’autodiagnostic n’ont ni erreur, ni violation de la politique de sécurité, ni défaut d’accessibilité grave', async () => {
    const presentation = await openPage(withJs, suite.url('/autodiagnostic'));
    await presentation.page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 });
    expect(await presentation.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    expect(describeViolations(await seriousAccessibilityViolations(presentation.page))).toBe('');

    await presentation.page.getByRole('button', { name: /^Commencer (l’|un nouvel )autodiagnostic$/ }).click();
    await presentation.page.waitForURL(/\/entreprise$/);
    expect(describeViolations(await seriousAccessibilityViolations(presentation.page))).toBe('');
    await fillProfile(presentation.page);
    await presentation.page.getByRole('button', { name: 'Commencer les questions' }).click();
    await presentation.page.waitForURL(/\/etape\/1$/);
    expect(describeViolations(await seriousAccessibilityViolations(presentation.page))).toBe('');
    await saveScreenshot(presentation.page, 'autodiagnostic-etape');

    const result = await openPage(withJs, suite.url('/autodiagnostic'));
    await takeAssessment(result.page);
    await result.page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 });
    expect(describeViolations(await seriousAccessibilityViolations(result.page))).toBe('');
    expect(await result.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await saveScreenshot(result.page, 'autodiagnostic-resultat');
  });
});
