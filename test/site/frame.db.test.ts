import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('le cadre des pages', () => {
  it('la page d’accueil est en français, avec le nom du site et la conformité d’accessibilité', async () => {
    const res = await t.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="fr"');
    expect(res.body).toContain('<title>Accueil — Abeille</title>');
    expect(res.body).toMatch(/Accessibilité : (non|partiellement|totalement) conforme/);
    expect(res.body).toContain('République');
  });

  it('une adresse inconnue montre une page 404 au style DSFR', async () => {
    const res = await t.app.inject('/nulle-part');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page non trouvée');
    expect(res.body).toContain('fr-header');
  });

  it('les en-têtes de sécurité interdisent les scripts en ligne', async () => {
    const res = await t.app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBeDefined();
  });

  it('/healthz vérifie la base de données', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statut: 'ok' });
  });
});

describe('le cache des pages pour les visiteurs', () => {
  it('la page d’accueil d’un visiteur est servie depuis le cache, celle d’une personne connectée jamais', async () => {
    const { Agent } = await import('../support/agent.js');
    const { aUser, logIn } = await import('../accounts/support.js');
    await t.app.inject('/');
    const visitor = await t.app.inject('/');
    expect(visitor.headers['x-cache']).toBe('hit');
    expect(visitor.body).toContain('Se connecter');

    const user = await aUser(t, { firstName: 'Aïcha' });
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const connected = await agent.get('/');
    expect(connected.headers['x-cache']).toBe('miss');
    expect(connected.body).toContain('Se déconnecter');
  });
});
