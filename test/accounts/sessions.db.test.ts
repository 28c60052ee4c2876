import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableUser } from '../../src/accounts/index.js';
import { sessions } from '../../src/db/schema.js';
import { buildApp } from '../../src/server/app.js';
import { DAY } from '../../src/server/clock.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn, mailsTo, SESSION_COOKIE, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A page only a logged-in user sees: 200 when logged in, a redirect to the login page otherwise. */
async function isLoggedIn(agent: Agent): Promise<boolean> {
  const res = await agent.get('/mon-compte');
  if (res.statusCode === 200) return true;
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/connexion?retour=%2Fmon-compte');
  return false;
}

/** What a copy of a session cookie opens, on this app instance or another one. */
async function accountPageWith(token: string, app: FastifyInstance = t.app) {
  return app.inject({ method: 'GET', url: '/mon-compte', headers: { cookie: `${SESSION_COOKIE}=${token}` } });
}

describe('connexion', () => {
  it('avec le bon mot de passe, la session est ouverte dans un cookie __Host- Secure, HttpOnly, SameSite=Lax', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    const res = await logIn(agent, user.email, user.password);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mon-espace');
    const setCookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith(`${SESSION_COOKIE}=`))!;
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).not.toMatch(/Domain=/);
    // The cookie holds a random token; the table only its SHA-256.
    const token = agent.cookie(SESSION_COOKIE)!;
    expect(token.length).toBeGreaterThanOrEqual(22);
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const page = await agent.get('/mon-compte');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Mon compte — Abeille</title>');
    expect(textOf(page.body)).toContain(user.email);
  });

  it('avec un mauvais mot de passe, un message ne dit pas si l’adresse existe, et l’adresse saisie est conservée', async () => {
    const user = await aUser(t);
    const wrong = await logIn(new Agent(t.app), user.email, 'pas le bon mot de passe');
    const unknown = await logIn(new Agent(t.app), 'personne@exemple.fr', 'pas le bon mot de passe');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(400);
      expect(textOf(res.body)).toContain('Adresse électronique ou mot de passe incorrect.');
      expect(res.headers['set-cookie'] ?? '').not.toContain(SESSION_COOKIE);
    }
    expect(wrong.body).toContain(`value="${user.email}"`);
    expect(wrong.body).not.toContain('pas le bon mot de passe');
  });

  it('après la connexion, on revient à la page demandée, jamais vers un autre site', async () => {
    const user = await aUser(t);
    const back = await logIn(new Agent(t.app), user.email, user.password, '/mon-compte/double-authentification');
    expect(back.headers.location).toBe('/mon-compte/double-authentification');
    for (const evil of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await logIn(new Agent(t.app), user.email, user.password, evil);
      expect(res.headers.location).toBe('/mon-espace');
    }
  });

  it('une page réservée renvoie un visiteur vers la connexion avec l’adresse de retour', async () => {
    const res = await new Agent(t.app).get('/mon-compte');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/connexion?retour=%2Fmon-compte');
    const login = await new Agent(t.app).get(String(res.headers.location));
    expect(login.body).toContain('name="retour" value="/mon-compte"');
  });
});

describe('fin des sessions', () => {
  it('la déconnexion ferme la session : l’ancien cookie ne fonctionne plus', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const token = agent.cookie(SESSION_COOKIE)!;
    const page = await agent.get('/mon-compte');
    const out = await agent.post('/deconnexion', { _csrf: page.body.match(/name="_csrf" value="([^"]+)"/)![1]! });
    expect(out.statusCode).toBe(303);
    expect(agent.cookie(SESSION_COOKIE)).toBeUndefined();
    expect(textOf((await agent.follow(out)).body)).toContain('Vous êtes déconnecté.');
    expect(await isLoggedIn(agent)).toBe(false);
    expect((await accountPageWith(token)).statusCode).toBe(303);
  });

  it('changer de mot de passe ferme les autres sessions et garde celle du navigateur utilisé', async () => {
    const user = await aUser(t);
    const laptop = new Agent(t.app);
    const phone = new Agent(t.app);
    await logIn(laptop, user.email, user.password);
    await logIn(phone, user.email, user.password);
    const oldLaptopToken = laptop.cookie(SESSION_COOKIE)!;

    const newPassword = 'un nouveau mot de passe bien long';
    const res = await laptop.submit('/mon-compte', '/mon-compte/mot-de-passe', {
      mot_de_passe_actuel: user.password,
      nouveau_mot_de_passe: newPassword,
    });
    expect(res.statusCode).toBe(303);
    expect(textOf((await laptop.follow(res)).body)).toContain('Votre mot de passe a été modifié.');
    expect(await isLoggedIn(laptop)).toBe(true);
    expect(await isLoggedIn(phone)).toBe(false);
    expect((await accountPageWith(oldLaptopToken)).statusCode).toBe(303);
    expect((await mailsTo(t, user.email, 'mot-de-passe-modifie')).length).toBe(1);

    expect((await logIn(new Agent(t.app), user.email, user.password)).statusCode).toBe(400);
    expect((await logIn(new Agent(t.app), user.email, newPassword)).statusCode).toBe(303);
  });

  it('changer de mot de passe demande le mot de passe actuel et applique les mêmes règles', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const wrong = await agent.submit('/mon-compte', '/mon-compte/mot-de-passe', {
      mot_de_passe_actuel: 'pas le bon',
      nouveau_mot_de_passe: 'un nouveau mot de passe bien long',
    });
    expect(wrong.statusCode).toBe(400);
    expect(textOf(wrong.body)).toContain('Le mot de passe actuel est incorrect.');
    const common = await agent.submit('/mon-compte', '/mon-compte/mot-de-passe', {
      mot_de_passe_actuel: user.password,
      nouveau_mot_de_passe: 'password123',
    });
    expect(common.statusCode).toBe(400);
    expect(textOf(common.body)).toContain('Ce mot de passe fait partie des plus courants');
    expect(await isLoggedIn(agent)).toBe(true);
  });

  it('un compte désactivé perd sa session à l’instant et ne peut plus se connecter', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    expect(await isLoggedIn(agent)).toBe(true);
    await disableUser({ db: t.database.db, clock: t.clock }, user.id);
    expect(await isLoggedIn(agent)).toBe(false);
    const again = await logIn(new Agent(t.app), user.email, user.password);
    expect(again.statusCode).toBe(400);
    expect(textOf(again.body)).toContain('Ce compte a été désactivé');
  });

  it('une session d’entreprise a une fin fixe, 7 jours après la connexion', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    t.clock.advance(7 * DAY - 60_000);
    try {
      expect(await isLoggedIn(agent)).toBe(true);
      t.clock.advance(2 * 60_000);
      expect(await isLoggedIn(agent)).toBe(false);
    } finally {
      t.clock.advance(-(7 * DAY + 60_000));
    }
  });
});

describe('plusieurs processus', () => {
  it('une session ouverte par une instance de l’application est reconnue par une autre sur la même base', async () => {
    const other = await buildApp({ config: t.config, database: t.database, clock: t.clock });
    await other.ready();
    try {
      const user = await aUser(t);
      const first = new Agent(t.app);
      await logIn(first, user.email, user.password);
      const token = first.cookie(SESSION_COOKIE)!;
      const page = await accountPageWith(token, other);
      expect(page.statusCode).toBe(200);
      expect(textOf(page.body)).toContain(user.email);

      // Logging out on the first instance ends it for the other one at once.
      const own = await first.get('/mon-compte');
      await first.post('/deconnexion', { _csrf: own.body.match(/name="_csrf" value="([^"]+)"/)![1]! });
      expect((await accountPageWith(token, other)).statusCode).toBe(303);
    } finally {
      await other.close();
    }
  });
});

