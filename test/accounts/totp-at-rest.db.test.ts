import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPlaintextTotpSecrets } from '../../src/accounts/index.js';
import { users } from '../../src/db/schema.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aLoggedInOperator, aUser, codeFor, logIn, textOf, userRow } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Logs in with password then code; the final redirect says whether the code was taken. */
async function logInWithCode(email: string, password: string, secret: string) {
  const agent = new Agent(t.app);
  const first = await logIn(agent, email, password);
  expect(first.headers.location).toBe('/connexion/code');
  const res = await agent.submit('/connexion/code', '/connexion/code', { code: codeFor(secret, t.clock) });
  return { agent, res };
}

describe('clé de double authentification au repos', () => {
  it('la clé n’est pas enregistrée en clair, et la connexion avec le code fonctionne toujours', async () => {
    const { operator, secret } = await aLoggedInOperator(t);
    const stored = (await userRow(t, operator.email)).totpSecret!;
    expect(stored).not.toContain(secret);
    expect(stored).toMatch(/^v1:/);

    t.clock.advance(30_000);
    const { agent, res } = await logInWithCode(operator.email, operator.password, secret);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mon-compte');
    expect((await agent.get('/operateur/courriels')).statusCode).toBe(200);
  });

  it('une clé enregistrée en clair avant le chiffrement est chiffrée au démarrage, et l’application l’accepte encore', async () => {
    const { operator, secret } = await aLoggedInOperator(t);
    // As a row written by an older version would be.
    await t.database.db.update(users).set({ totpSecret: secret }).where(eq(users.id, operator.id));
    const sealed = await sealPlaintextTotpSecrets({ db: t.database.db, sessionSecret: t.config.sessionSecret });
    expect(sealed).toBeGreaterThanOrEqual(1);
    const stored = (await userRow(t, operator.email)).totpSecret!;
    expect(stored).not.toContain(secret);
    expect(await sealPlaintextTotpSecrets({ db: t.database.db, sessionSecret: t.config.sessionSecret })).toBe(0);

    t.clock.advance(30_000);
    const { res } = await logInWithCode(operator.email, operator.password, secret);
    expect(res.headers.location).toBe('/mon-compte');
  });

  it('une clé restée en clair est chiffrée dès qu’elle sert, sans empêcher la connexion', async () => {
    const user = await aUser(t);
    const { secret } = await aLoggedInOperator(t);
    const clearSecret = secret;
    await t.database.db.update(users).set({ totpSecret: clearSecret, totpEnabled: true }).where(eq(users.id, user.id));
    t.clock.advance(30_000);
    const { res } = await logInWithCode(user.email, user.password, clearSecret);
    expect(res.headers.location).toBe('/mon-compte');
    expect((await userRow(t, user.email)).totpSecret).toMatch(/^v1:/);
  });

  it('sous un autre SESSION_SECRET, la clé ne se lit plus : un message clair, pas de connexion', async () => {
    const { operator, secret } = await aLoggedInOperator(t);
    const other = await createTestApp({ sessionSecret: 'un-tout-autre-secret-de-session-de-plus-de-32' });
    try {
      // Same account, copied to an instance whose SESSION_SECRET differs.
      const row = await userRow(t, operator.email);
      await other.database.db.insert(users).values(row);
      other.clock.set(t.clock.now());
      other.clock.advance(30_000);
      const agent = new Agent(other.app);
      await logIn(agent, operator.email, operator.password);
      const res = await agent.submit('/connexion/code', '/connexion/code', { code: codeFor(secret, other.clock) });
      expect(res.statusCode).toBe(400);
      expect(textOf(res.body)).toContain('ne peut plus être lue');
    } finally {
      await other.close();
    }
  });
});
