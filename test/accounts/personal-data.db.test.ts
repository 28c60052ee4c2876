import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalDataContributor } from '../../src/accounts/index.js';
import { accountEvents, sessions, users } from '../../src/db/schema.js';
import { buildApp } from '../../src/server/app.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aLoggedInOperator, aUser, logIn, mailsTo, SESSION_COOKIE, textOf } from './support.js';

/** A domain of its own for these tests: what it keeps per person, by e-mail. */
const notebook = new Map<string, { note: string }[]>();
const erased: string[] = [];
const notebookContributor: PersonalDataContributor = {
  key: 'carnet',
  collect: async (_db, user) => notebook.get(user.email) ?? [],
  erase: async (_db, user) => {
    notebook.delete(user.email);
    erased.push(user.id);
  },
};

let t: TestApp;
let app: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp({ config: t.config, database: t.database, clock: t.clock, personalData: [notebookContributor] });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function accountPageWith(token: string) {
  return app.inject({ method: 'GET', url: '/mon-compte', headers: { cookie: `${SESSION_COOKIE}=${token}` } });
}

describe('télécharger mes données', () => {
  it('le fichier JSON contient le compte, les sessions sans secret et la part de chaque domaine', async () => {
    const user = await aUser(t, { firstName: 'Aurélie', lastName: 'Durand' });
    notebook.set(user.email, [{ note: 'Rendez-vous avec la CCI le 3 mars' }]);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    await logIn(new Agent(app), user.email, user.password);
    const operatorId = '00000000-0000-4000-8000-00000000abcd';
    await t.database.db.insert(accountEvents).values({ userId: user.id, actorId: operatorId, action: 'reactivation', createdAt: t.clock.now() });

    const account = await agent.get('/mon-compte');
    expect(account.body).toContain('href="/mon-compte/donnees"');
    expect(account.body).toContain('href="/mon-compte/supprimer"');

    const res = await agent.get('/mon-compte/donnees');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(res.body);
    expect(data.compte).toMatchObject({ adresseElectronique: user.email, prenom: 'Aurélie', nom: 'Durand', typeDeCompte: 'entreprise' });
    expect(data.sessions).toHaveLength(2);
    expect(data.carnet).toEqual([{ note: 'Rendez-vous avec la CCI le 3 mars' }]);
    expect(data.actionsDesOperateurs).toEqual([{ action: 'reactivation', le: t.clock.now().toISOString() }]);
    expect(res.body).not.toContain(operatorId);

    // Nothing that opens the account: no password hash, no session token or its hash.
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(res.body).not.toContain(row!.passwordHash);
    expect(res.body).not.toContain(agent.cookie(SESSION_COOKIE)!);
    for (const s of stored) expect(res.body).not.toContain(s.tokenHash);
  });

  it('un visiteur est envoyé à la connexion', async () => {
    const res = await new Agent(app).get('/mon-compte/donnees');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/connexion?retour=%2Fmon-compte%2Fdonnees');
  });
});

describe('supprimer mon compte', () => {
  it('après le mot de passe ressaisi, le compte et les données des domaines sont effacés et toutes les sessions fermées', async () => {
    const user = await aUser(t);
    notebook.set(user.email, [{ note: 'à effacer' }]);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    const elsewhere = new Agent(app);
    await logIn(elsewhere, user.email, user.password);
    const otherToken = elsewhere.cookie(SESSION_COOKIE)!;

    const page = await agent.get('/mon-compte/supprimer');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Supprimer mon compte — Abeille</title>');
    expect(textOf(page.body)).toContain('La suppression est immédiate et définitive');

    const res = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: user.password });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mon-compte/supprime');
    const done = await agent.follow(res);
    expect(textOf(done.body)).toContain('Votre compte a été supprimé');

    expect(await t.database.db.select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect(notebook.has(user.email)).toBe(false);
    expect(erased).toContain(user.id);
    expect(agent.cookie(SESSION_COOKIE)).toBeUndefined();
    expect((await accountPageWith(otherToken)).statusCode).toBe(303);
    expect(await mailsTo(t, user.email, 'compte-supprime')).toHaveLength(1);
    // The address is free again; the old password opens nothing.
    const again = await logIn(new Agent(app), user.email, user.password);
    expect(again.statusCode).toBe(400);
  });

  it('avec un mauvais mot de passe, rien n’est effacé et le message est à côté du champ', async () => {
    const user = await aUser(t);
    notebook.set(user.email, [{ note: 'à garder' }]);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    const res = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: 'pas le bon' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('fr-input-group--error');
    expect(textOf(res.body)).toContain('Mot de passe incorrect.');
    expect(await t.database.db.select().from(users).where(eq(users.id, user.id))).toHaveLength(1);
    expect(notebook.get(user.email)).toEqual([{ note: 'à garder' }]);
    expect((await agent.get('/mon-compte')).statusCode).toBe(200);
  });

  it('sans le jeton CSRF du formulaire, rien n’est supprimé', async () => {
    const user = await aUser(t);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    const res = await agent.post('/mon-compte/supprimer', { mot_de_passe: user.password });
    expect(res.statusCode).toBe(403);
    expect(await t.database.db.select().from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });

  it('le dernier opérateur actif ne peut pas supprimer son compte ; il le peut dès qu’un autre existe', async () => {
    // Every operator of this database is disabled except the one under test.
    await t.database.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.role, 'operateur'));
    const { operator, agent } = await aLoggedInOperator(t, {}, app);
    const res = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: operator.password });
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain('Vous êtes le dernier opérateur actif');
    expect(await t.database.db.select().from(users).where(eq(users.id, operator.id))).toHaveLength(1);

    await aUser(t, { role: 'operateur', password: 'une autre ruche bien gardée' });
    const ok = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: operator.password });
    expect(ok.headers.location).toBe('/mon-compte/supprime');
    expect(await t.database.db.select().from(users).where(eq(users.id, operator.id))).toHaveLength(0);
  });
});
