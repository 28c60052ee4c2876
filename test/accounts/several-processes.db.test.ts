import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { TEST_ENGINE } from '../support/database.js';
import { agentFrom, aUser, logIn, SESSION_COOKIE, textOf } from './support.js';

// WEB_CONCURRENCY=n starts n processes on one PostgreSQL database (src/cli/start.ts): each has its
// own connection pool and nothing in memory in common. Here, a second app instance with its own
// pool on the same database plays the second process (on PGlite, which serves one process only,
// the second instance shares the connection).
let t: TestApp;
let secondDatabase: Database;
let second: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  secondDatabase = TEST_ENGINE === 'postgres' ? await openDatabase({ url: t.database.url!, poolSize: 2 }) : t.database;
  second = await buildApp({ config: t.config, database: secondDatabase, clock: t.clock });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  if (secondDatabase !== t.database) await secondDatabase.close();
  await t.close();
});

const withCookie = (app: FastifyInstance, token: string, url = '/mon-compte') =>
  app.inject({ method: 'GET', url, headers: { cookie: `${SESSION_COOKIE}=${token}` } });

describe('plusieurs processus sur la même base', () => {
  it('une session ouverte sur un processus est valable sur l’autre, et la déconnexion vaut pour les deux', async () => {
    if (TEST_ENGINE === 'postgres') expect(secondDatabase).not.toBe(t.database);
    const user = await aUser(t);
    const first = new Agent(t.app);
    await logIn(first, user.email, user.password);
    const token = first.cookie(SESSION_COOKIE)!;

    const there = await withCookie(second, token);
    expect(there.statusCode).toBe(200);
    expect(textOf(there.body)).toContain(user.email);

    // Logging out through the second process ends the session on the first.
    await second.inject({
      method: 'POST',
      url: '/deconnexion',
      payload: `_csrf=${encodeURIComponent(csrfTokenIn(there.body))}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${SESSION_COOKIE}=${token}; ${there.cookies.map((c) => `${c.name}=${c.value}`).join('; ')}`,
      },
    });
    expect((await withCookie(t.app, token)).statusCode).toBe(303);
  });

  it('les tentatives de connexion comptent ensemble, quel que soit le processus', async () => {
    const user = await aUser(t);
    for (let i = 0; i < 5; i++) await logIn(agentFrom(t.app, '198.51.100.7'), user.email, 'mauvais mot de passe');
    for (let i = 0; i < 5; i++) await logIn(agentFrom(second, '198.51.100.8'), user.email, 'mauvais mot de passe');
    const eleventh = await logIn(agentFrom(t.app, '198.51.100.9'), user.email, user.password);
    expect(eleventh.statusCode).toBe(429);
    expect(textOf(eleventh.body)).toContain('Trop de tentatives de connexion');
  });
});
