import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageWeight, pageAssets } from '../../bench/weight.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('les routes de référence du banc d’essai', () => {
  let enabled: TestApp;
  let disabled: TestApp;
  beforeAll(async () => {
    enabled = await createTestApp({ benchRoutes: true });
    disabled = await createTestApp();
  });
  afterAll(async () => {
    await enabled.close();
    await disabled.close();
  });

  it('n’existent pas tant que BENCH_ROUTES n’est pas activé', async () => {
    expect((await disabled.app.inject('/bench/baseline')).statusCode).toBe(404);
    expect((await disabled.app.inject('/bench/floor')).statusCode).toBe(404);
    const env = { SESSION_SECRET: 'x'.repeat(32) };
    expect(loadConfig(env).benchRoutes).toBe(false);
    expect(loadConfig({ ...env, BENCH_ROUTES: 'true' }).benchRoutes).toBe(true);
  });

  it('baseline répond une constante', async () => {
    const res = await enabled.app.inject('/bench/baseline');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('ok');
  });

  it('floor montre vingt éléments venus de la base dans le cadre complet des pages', async () => {
    const res = await enabled.app.inject('/bench/floor');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Page de référence — Abeille</title>');
    expect(res.body).toContain('fr-header');
    expect(res.body).toContain('fr-footer');
    expect(res.body.match(/Élément n° \d+/g)).toHaveLength(20);
    expect(res.body).toContain('Élément n° 20');
    expect(pageAssets(res.body).stylesheets).toHaveLength(1);
  });

  it('le poids d’une page compte son HTML, sa feuille de style et ses scripts tels que compressés', async () => {
    const address = await enabled.app.listen({ port: 0, host: '127.0.0.1' });
    const weight = await measurePageWeight(address, '/bench/floor');
    expect(weight.failures).toEqual([]);
    expect(weight.html.encoding).toBe('br');
    expect(weight.stylesheets).toHaveLength(1);
    expect(weight.stylesheets[0]!.encoding).toBe('br');
    expect(weight.scripts.length).toBeGreaterThan(0);
    const css = await enabled.app.inject(weight.stylesheets[0]!.url);
    expect(weight.stylesheets[0]!.bytes).toBeLessThan(css.body.length / 3);
    const sum = (list: { bytes: number }[]) => list.reduce((n, a) => n + a.bytes, 0);
    expect(weight.totalBytes).toBe(weight.html.bytes + sum(weight.stylesheets) + sum(weight.scripts));
    expect(weight.fonts.length).toBeGreaterThan(0);
    expect(weight.fonts.every((f) => f.url.endsWith('.woff2'))).toBe(true);
  });
});
