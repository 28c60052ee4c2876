import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { describeViolations, newContext, openPage, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

// On a phone the DSFR header folds the navigation behind a "Menu" button whose dialog needs
// JavaScript. Without JavaScript, a link stands in for the button and shows the same menu in the page.
const suite = useE2eSuite();
const PHONE = { width: 375, height: 800 };

describe('le menu sur un téléphone', () => {
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  it('sans JavaScript, « Menu » mène à la navigation et aux liens du compte, qui s’affichent et mènent aux rubriques', async () => {
    const context = await newContext(suite.browser, { javaScriptEnabled: false, viewport: PHONE });
    contexts.push(context);
    const { page } = await openPage(context, suite.url('/'));
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    const entry = nav.getByRole('link', { name: 'Trouver un accompagnement', exact: true });
    expect(await entry.isVisible()).toBe(false);

    const menu = page.locator('.fr-header__navbar').getByRole('link', { name: 'Menu' });
    expect(await menu.isVisible()).toBe(true);
    expect(await page.locator('.fr-header__navbar button.fr-btn--menu').isVisible()).toBe(false);
    await menu.click();
    expect(await entry.isVisible()).toBe(true);
    expect(await page.locator('.fr-header__menu-links').getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'menu-telephone-sans-javascript');

    await entry.click();
    await page.waitForURL(suite.url('/trouver-un-accompagnement'));
  });

  it('avec JavaScript, le bouton du DSFR ouvre toujours le menu en fenêtre, sans problème d’accessibilité grave', async () => {
    const context = await newContext(suite.browser, { viewport: PHONE });
    contexts.push(context);
    const opened = await openPage(context, suite.url('/'));
    const { page } = opened;
    await page.waitForSelector('html[data-fr-js="true"]', { timeout: 10_000 });
    expect(await page.locator('.fr-header__navbar a.fr-btn--menu').isVisible()).toBe(false);
    await page.locator('.fr-header__navbar button.fr-btn--menu').click();
    await page.waitForSelector('#menu-principal.fr-modal--opened');
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    expect(await nav.getByRole('link', { name: 'Trouver un accompagnement', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('#menu-principal').getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const problems = await opened.collect();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
