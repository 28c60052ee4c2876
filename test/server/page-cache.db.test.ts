import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from '../../src/server/page-cache.js';
import { aUser, logIn } from '../accounts/support.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/', headers });
const decoded = (res: Awaited<ReturnType<typeof get>>) => {
  const bytes = res.rawPayload;
  if (res.headers['content-encoding'] === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (res.headers['content-encoding'] === 'gzip') return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
};

describe('la page d’accueil gardée compressée pour les visiteurs', () => {
  it('une deuxième visite, servie du cache, donne la même page, en Brotli, en gzip ou sans compression', async () => {
    t.app.log.level = 'silent';
    const first = await get({ 'accept-encoding': 'br, gzip' });
    const again = await get({ 'accept-encoding': 'br, gzip' });
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.headers['content-encoding']).toBe('br');
    expect(String(again.headers.vary)).toMatch(/accept-encoding/i);
    const html = decoded(first);
    expect(html).toContain('<title>Accueil — Abeille</title>');
    expect(html).toContain('Se connecter');
    expect(decoded(again)).toBe(html);

    const gzip = await get({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['x-cache']).toBe('hit');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(html);

    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(html);

    // One validator per encoding: a cache never hands gzip bytes to a request for Brotli.
    const tags = new Set([again.headers.etag, gzip.headers.etag, plain.headers.etag]);
    expect(tags.size).toBe(3);
  });

  it('un navigateur qui a déjà la page reçoit 304 sans corps', async () => {
    const page = await get({ 'accept-encoding': 'br' });
    const revalidated = await get({ 'accept-encoding': 'br', 'if-none-match': String(page.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.rawPayload.length).toBe(0);
    const otherEncoding = await get({ 'accept-encoding': 'gzip', 'if-none-match': String(page.headers.etag) });
    expect(otherEncoding.statusCode).toBe(200);
  });

  it('la page d’une personne connectée n’est ni gardée ni montrée à d’autres', async () => {
    const user = await aUser(t, { firstName: 'Aïcha', lastName: 'Benali' });
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const connected = await agent.get('/', { 'accept-encoding': 'br, gzip' });
    expect(connected.headers['x-cache']).toBe('miss');
    expect(connected.headers['cache-control']).toMatch(/no-store/);
    expect(decoded(connected)).toContain('Aïcha Benali');

    const visitor = await get({ 'accept-encoding': 'br, gzip' });
    expect(visitor.headers['x-cache']).toBe('hit');
    expect(decoded(visitor)).not.toContain('Aïcha');
    expect(decoded(visitor)).toContain('Se connecter');

    // The message shown after logging out is the visitor's own: not taken from, nor put into, the cache.
    const loggedOut = await agent.submit('/', '/deconnexion', {});
    const home = await agent.follow(loggedOut);
    expect(home.headers['x-cache']).toBe('miss');
    expect(home.body).toContain('Vous êtes déconnecté.');
    const next = await get({ 'accept-encoding': 'br' });
    expect(decoded(next)).not.toContain('Vous êtes déconnecté.');
  });
});

describe('le choix de la compression', () => {
  it('suit Accept-Encoding : Brotli d’abord, q=0 refuse, * compte', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('identity')).toBe('identity');
    expect(preferredEncoding(undefined)).toBe('identity');
  });
});

describe('la feuille de style et les scripts DSFR, compressés une fois au mieux', () => {
  it('sont servis en Brotli ou en gzip, identiques au fichier, et gardés un an', async () => {
    const html = decoded(await get());
    const css = /href="(\/assets\/abeille-[0-9a-f]+\.css)"/.exec(html)![1]!;
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
    for (const url of [css, script]) {
      const plain = await t.app.inject({ method: 'GET', url });
      const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      const gzip = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      expect(plain.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(decoded(br)).toBe(plain.body);
      expect(decoded(gzip)).toBe(plain.body);
      // Compressed once at the best quality: a third or less of the file.
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(br.headers['cache-control']).toContain('immutable');
    }
  });
});
