import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../src/server/clock.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, codeFor, logIn, secretOnPage, SESSION_COOKIE, textOf, userRow } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const OPERATOR_PASSWORD = 'une ruche bien gardée';

/** Lets the next 30-second code come up (a code is never accepted twice). */
const nextCode = () => t.clock.advance(30_000);

async function enrol(agent: Agent, enrolPath = '/mon-compte/double-authentification') {
  const page = await agent.get(enrolPath);
  expect(page.statusCode).toBe(200);
  const secret = secretOnPage(page.body);
  const res = await agent.post('/mon-compte/double-authentification', {
    _csrf: csrfTokenIn(page.body),
    code: codeFor(secret, t.clock),
    ...(enrolPath.includes('retour=') ? { retour: decodeURIComponent(enrolPath.split('retour=')[1]!) } : {}),
  });
  return { secret, res, page };
}

describe('double authentification des opérateurs', () => {
  it('un opérateur sans second facteur doit le mettre en place après le mot de passe avant d’accéder à quoi que ce soit', async () => {
    const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD });
    const agent = new Agent(t.app);
    const res = await logIn(agent, operator.email, operator.password, '/operateur/courriels');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mon-compte/double-authentification?retour=%2Foperateur%2Fcourriels');

    // Between the two steps, the session opens nothing.
    expect((await agent.get('/operateur/courriels')).statusCode).toBe(303);
    expect((await agent.get('/mon-compte')).statusCode).toBe(303);

    const page = await agent.get(String(res.headers.location));
    expect(page.body).toContain('<title>Double authentification — Abeille</title>');
    expect(page.body).toContain('src="data:image/svg+xml;base64,');
    expect(textOf(page.body)).toContain('Les comptes opérateur sont protégés par un second facteur');

    const wrong = await agent.post('/mon-compte/double-authentification', { _csrf: csrfTokenIn(page.body), code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(textOf(wrong.body)).toContain('Ce code n’est pas valable');

    const { res: enrolled } = await enrol(agent, String(res.headers.location));
    expect(enrolled.statusCode).toBe(303);
    expect(enrolled.headers.location).toBe('/operateur/courriels');
    expect((await userRow(t, operator.email)).totpEnabled).toBe(true);
    expect((await agent.get('/operateur/courriels')).statusCode).toBe(200);
  });

  it('à la connexion suivante, le code de l’application est demandé ; la session n’est complète qu’après lui', async () => {
    const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD });
    const first = new Agent(t.app);
    await logIn(first, operator.email, operator.password);
    const { secret } = await enrol(first);
    nextCode();

    const agent = new Agent(t.app);
    const res = await logIn(agent, operator.email, operator.password, '/operateur/courriels');
    expect(res.headers.location).toBe('/connexion/code?retour=%2Foperateur%2Fcourriels');
    const pendingToken = agent.cookie(SESSION_COOKIE)!;
    // Our guards send a visitor halfway through the login to the code step, and back afterwards.
    expect((await agent.get('/mon-compte')).headers.location).toBe('/connexion/code?retour=%2Fmon-compte');
    expect((await agent.get('/operateur/courriels')).statusCode).toBe(303);

    const page = await agent.get(String(res.headers.location));
    expect(page.body).toContain('<title>Code de vérification — Abeille</title>');
    expect(page.body).toContain('autocomplete="one-time-code"');
    const bad = await agent.post('/connexion/code', { _csrf: csrfTokenIn(page.body), code: '12345', retour: '/operateur/courriels' });
    expect(bad.statusCode).toBe(400);
    expect(textOf(bad.body)).toContain('Saisissez les 6 chiffres');

    const code = codeFor(secret, t.clock);
    const ok = await agent.post('/connexion/code', { _csrf: csrfTokenIn(page.body), code, retour: '/operateur/courriels' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/operateur/courriels');
    // A new token once fully authenticated: the one seen before the code opens nothing.
    expect(agent.cookie(SESSION_COOKIE)).not.toBe(pendingToken);
    expect((await agent.get('/operateur/courriels')).statusCode).toBe(200);

    // The same code cannot serve twice, even within its 30 seconds.
    const other = new Agent(t.app);
    await logIn(other, operator.email, operator.password);
    const otherPage = await other.get('/connexion/code');
    const replay = await other.post('/connexion/code', { _csrf: csrfTokenIn(otherPage.body), code });
    expect(replay.statusCode).toBe(400);
    expect((await other.get('/mon-compte')).statusCode).toBe(303);
  });

  it('après 5 codes erronés, les essais sont bloqués avec un message en français', async () => {
    const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD });
    const first = new Agent(t.app);
    await logIn(first, operator.email, operator.password);
    const { secret } = await enrol(first);
    nextCode();
    const agent = new Agent(t.app);
    await logIn(agent, operator.email, operator.password);
    const page = await agent.get('/connexion/code');
    const good = codeFor(secret, t.clock);
    const wrong = good === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      expect((await agent.post('/connexion/code', { _csrf: csrfTokenIn(page.body), code: wrong })).statusCode).toBe(400);
    }
    const blocked = await agent.post('/connexion/code', { _csrf: csrfTokenIn(page.body), code: good });
    expect(blocked.statusCode).toBe(429);
    expect(textOf(blocked.body)).toContain('Trop de tentatives');
  });

  it('la session d’un opérateur se termine 12 heures après la connexion', async () => {
    const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD });
    const agent = new Agent(t.app);
    await logIn(agent, operator.email, operator.password);
    await enrol(agent);
    t.clock.advance(12 * HOUR - 60_000);
    expect((await agent.get('/mon-compte')).statusCode).toBe(200);
    t.clock.advance(2 * 60_000);
    expect((await agent.get('/mon-compte')).statusCode).toBe(303);
  });

  it('un opérateur ne peut pas désactiver la double authentification', async () => {
    const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD });
    const agent = new Agent(t.app);
    await logIn(agent, operator.email, operator.password);
    const { secret } = await enrol(agent);
    nextCode();
    const page = await agent.get('/mon-compte/double-authentification');
    expect(textOf(page.body)).toContain('obligatoire pour les comptes opérateur');
    const res = await agent.post('/mon-compte/double-authentification/desactiver', {
      _csrf: csrfTokenIn(page.body),
      code: codeFor(secret, t.clock),
    });
    expect(res.statusCode).toBe(400);
    expect((await userRow(t, operator.email)).totpEnabled).toBe(true);
  });
});

describe('double authentification choisie', () => {
  it('une entreprise peut l’activer depuis son compte, puis le code lui est demandé à la connexion, et elle peut la désactiver', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    const login = await logIn(agent, user.email, user.password);
    expect(login.headers.location).toBe('/mon-espace');
    const { secret, res } = await enrol(agent);
    expect(res.headers.location).toBe('/mon-compte');
    expect(textOf((await agent.follow(res)).body)).toContain('La double authentification est activée');
    nextCode();

    const next = new Agent(t.app);
    expect((await logIn(next, user.email, user.password)).headers.location).toBe('/connexion/code');
    const page = await next.get('/connexion/code');
    const ok = await next.post('/connexion/code', { _csrf: csrfTokenIn(page.body), code: codeFor(secret, t.clock) });
    expect(ok.headers.location).toBe('/mon-compte');
    nextCode();

    const settings = await next.get('/mon-compte/double-authentification');
    const off = await next.post('/mon-compte/double-authentification/desactiver', {
      _csrf: csrfTokenIn(settings.body),
      code: codeFor(secret, t.clock),
    });
    expect(off.statusCode).toBe(303);
    expect((await logIn(new Agent(t.app), user.email, user.password)).headers.location).toBe('/mon-espace');
  });

  it('sans l’avoir activée, une entreprise est connectée dès le mot de passe', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    expect((await agent.get('/connexion/code')).headers.location).toBe('/mon-compte');
    expect((await agent.get('/mon-compte')).statusCode).toBe(200);
  });
});
