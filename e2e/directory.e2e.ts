import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openPage } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

const suite = useE2eSuite();
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(suite.browser);
});
afterAll(() => context?.close());

describe('trouver un accompagnement, dans un navigateur', () => {
  it('le lieu se choisit dans les communes proposées au clavier, et la recherche partagée ne garde que les filtres remplis', async () => {
    const opened = await openPage(context, suite.url('/trouver-un-accompagnement'));
    const { page } = opened;
    const field = page.locator('#champ-lieu');
    await field.click();
    await field.pressSequentially('villeur', { delay: 30 });
    const option = page.locator('#champ-lieu-suggestions [role="option"]').first();
    await option.waitFor({ timeout: 10_000 });
    expect(await option.textContent()).toContain('Villeurbanne (69100)');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('69100 Villeurbanne');
    await Promise.all([page.waitForURL(/lieu=/), page.getByRole('button', { name: 'Rechercher' }).click()]);
    expect(new URL(page.url()).search).toBe('?lieu=69100+Villeurbanne&rayon=30');
    expect(await page.locator('#resultats').textContent()).toContain('autour de Villeurbanne (69100)');
    expect(await opened.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  it('la carte s’agrandit et revient à sa vue de départ avec les boutons ajoutés par le script', async () => {
    const opened = await openPage(context, suite.url('/trouver-un-accompagnement?lieu=69003&rayon=50'));
    const { page } = opened;
    const map = page.locator('svg[data-carte]');
    const start = await map.getAttribute('viewBox');
    await page.getByRole('button', { name: 'Agrandir la carte' }).click();
    await expect.poll(() => map.getAttribute('viewBox')).not.toBe(start);
    const zoomed = (await map.getAttribute('viewBox'))!.split(' ').map(Number);
    expect(zoomed[2]!).toBeLessThan(Number(start!.split(' ')[2]));
    await page.getByRole('button', { name: 'Vue de départ' }).click();
    await expect.poll(() => map.getAttribute('viewBox')).toBe(start);
    expect(await opened.collect()).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });
});
