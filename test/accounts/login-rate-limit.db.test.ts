import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { agentFrom, anEmail, aUser, logIn, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const FIFTEEN_MINUTES = 15 * 60_000;

describe('limitation des tentatives de connexion', () => {
  it('après 10 mots de passe erronés, le compte est protégé quelle que soit l’adresse IP, avec un message en français', async () => {
    const user = await aUser(t);
    const neighbour = await aUser(t);
    for (let i = 0; i < 10; i++) {
      const res = await logIn(agentFrom(t.app, `192.0.2.${i + 1}`), user.email, 'mauvais mot de passe');
      expect(res.statusCode).toBe(400);
    }
    // Even the right password, from yet another IP, is refused until the window ends.
    const blocked = await logIn(agentFrom(t.app, '192.0.2.200'), user.email, user.password);
    expect(blocked.statusCode).toBe(429);
    expect(textOf(blocked.body)).toContain('Trop de tentatives de connexion');
    expect(textOf(blocked.body)).toMatch(/patientez \d+ minutes? avant de réessayer/);
    expect(blocked.body).toContain(`value="${user.email}"`);

    // Another account from the same IPs is not affected.
    expect((await logIn(agentFrom(t.app, '192.0.2.1'), neighbour.email, neighbour.password)).statusCode).toBe(303);

    t.clock.advance(FIFTEEN_MINUTES);
    expect((await logIn(agentFrom(t.app, '192.0.2.200'), user.email, user.password)).statusCode).toBe(303);
  });

  it('une connexion réussie ne compte pas comme un échec', async () => {
    const user = await aUser(t);
    const agent = agentFrom(t.app, '192.0.2.77');
    for (let i = 0; i < 9; i++) await logIn(agent, user.email, 'mauvais mot de passe');
    for (let i = 0; i < 3; i++) expect((await logIn(agentFrom(t.app, '192.0.2.78'), user.email, user.password)).statusCode).toBe(303);
    expect((await logIn(agent, user.email, 'mauvais mot de passe')).statusCode).toBe(400);
    expect((await logIn(agent, user.email, 'mauvais mot de passe')).statusCode).toBe(429);
  });

  it('après 30 échecs depuis une même adresse IP, sur des comptes différents, cette adresse est bloquée et pas les autres', async () => {
    t.clock.advance(FIFTEEN_MINUTES);
    const attacker = '203.0.113.9';
    for (let i = 0; i < 30; i++) {
      const res = await logIn(agentFrom(t.app, attacker), anEmail('cible'), 'mauvais mot de passe');
      expect(res.statusCode).toBe(400);
    }
    const user = await aUser(t);
    const blocked = await logIn(agentFrom(t.app, attacker), user.email, user.password);
    expect(blocked.statusCode).toBe(429);
    expect(textOf(blocked.body)).toContain('Trop de tentatives de connexion');
    expect((await logIn(agentFrom(t.app, '203.0.113.10'), user.email, user.password)).statusCode).toBe(303);
  });
});
