import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountEvents, sessions } from '../../src/db/schema.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aLoggedInOperator, anEmail, aUser, logIn, textOf, userRow } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Clicks the account's button on the list (as found by searching its address). */
async function clickAccountButton(agent: Agent, email: string, label: 'Désactiver' | 'Réactiver') {
  const list = await agent.get(`/operateur/comptes?email=${encodeURIComponent(email)}`);
  expect(list.statusCode).toBe(200);
  const form = list.body.match(/<form method="post" action="(\/operateur\/comptes\/[0-9a-f-]+\/(?:desactiver|reactiver))">.*?<\/form>/s);
  expect(form, `un bouton pour ${email}`).not.toBeNull();
  expect(textOf(form![0])).toContain(label);
  const back = form![0].match(/name="retour" value="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  return agent.post(form![1]!, { _csrf: csrfTokenIn(list.body), retour: back });
}

describe('page opérateur des comptes', () => {
  it('recherche par adresse et par type de compte', async () => {
    const { agent } = await aLoggedInOperator(t);
    const suffix = Math.random().toString(36).slice(2, 8);
    const business = await aUser(t, { email: `marion.${suffix}@boulangerie.fr` });
    const activator = await aUser(t, { email: `paul.${suffix}@cci.fr`, role: 'activateur' });

    const byEmail = await agent.get(`/operateur/comptes?email=${suffix}`);
    expect(byEmail.statusCode).toBe(200);
    expect(byEmail.body).toContain('<title>Comptes — Abeille</title>');
    expect(textOf(byEmail.body)).toContain('2 comptes');
    expect(byEmail.body).toContain(business.email);
    expect(byEmail.body).toContain(activator.email);

    const byRole = await agent.get(`/operateur/comptes?email=${suffix}&role=activateur`);
    expect(textOf(byRole.body)).toContain('1 compte');
    expect(byRole.body).toContain(activator.email);
    expect(byRole.body).not.toContain(business.email);
    // The filters are kept in the form.
    expect(byRole.body).toContain(`value="${suffix}"`);
    expect(byRole.body).toMatch(/<option value="activateur" selected/);

    const none = await agent.get(`/operateur/comptes?email=${encodeURIComponent('%_personne')}`);
    expect(textOf(none.body)).toContain('Aucun compte ne correspond.');
  });

  it('désactiver ferme toutes les sessions du compte, l’action est notée avec qui et quand ; réactiver lui rend la connexion', async () => {
    const { agent, operator } = await aLoggedInOperator(t);
    const user = await aUser(t);
    const userAgent = new Agent(t.app);
    await logIn(userAgent, user.email, user.password);
    expect((await userAgent.get('/mon-compte')).statusCode).toBe(200);

    const res = await clickAccountButton(agent, user.email, 'Désactiver');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/operateur/comptes?email=${encodeURIComponent(user.email)}`);
    const after = await agent.follow(res);
    expect(textOf(after.body)).toContain(`Le compte ${user.email} est désactivé : ses sessions sont fermées.`);
    expect(textOf(after.body)).toContain('Désactivé le');
    expect(textOf(after.body)).toContain(`par ${operator.email}`);

    expect((await userAgent.get('/mon-compte')).statusCode).toBe(303);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await logIn(new Agent(t.app), user.email, user.password)).statusCode).toBe(400);
    const [event] = await t.database.db.select().from(accountEvents).where(eq(accountEvents.userId, user.id));
    expect(event).toMatchObject({ actorId: operator.id, action: 'desactivation' });
    expect(event!.createdAt.toISOString()).toBe(t.clock.now().toISOString());

    t.clock.advance(60_000);
    await clickAccountButton(agent, user.email, 'Réactiver');
    expect((await logIn(new Agent(t.app), user.email, user.password)).headers.location).toBe('/mon-espace');
    const events = await t.database.db.select().from(accountEvents).where(eq(accountEvents.userId, user.id));
    expect(events.map((e) => e.action).sort()).toEqual(['desactivation', 'reactivation']);
  });

  it('un opérateur ne peut pas désactiver son propre compte', async () => {
    const { agent, operator } = await aLoggedInOperator(t);
    const list = await agent.get(`/operateur/comptes?email=${encodeURIComponent(operator.email)}`);
    expect(textOf(list.body)).toContain('Votre compte');
    const res = await agent.post(`/operateur/comptes/${operator.id}/desactiver`, { _csrf: csrfTokenIn(list.body) });
    const after = await agent.follow(res);
    expect(textOf(after.body)).toContain('Vous ne pouvez pas désactiver votre propre compte.');
    expect((await agent.get('/operateur/comptes')).statusCode).toBe(200);
  });

  it('les autres rôles reçoivent un refus 403 (page et action), un visiteur est envoyé à la connexion', async () => {
    const target = await aUser(t);
    for (const role of ['entreprise', 'activateur', 'partenaire'] as const) {
      const user = await aUser(t, { role, email: anEmail(role), ...(role === 'partenaire' ? { regionCode: '84' } : {}) });
      const agent = new Agent(t.app);
      await logIn(agent, user.email, user.password);
      const page = await agent.get('/operateur/comptes');
      expect(page.statusCode).toBe(403);
      const own = await agent.get('/mon-compte');
      const post = await agent.post(`/operateur/comptes/${target.id}/desactiver`, { _csrf: csrfTokenIn(own.body) });
      expect(post.statusCode).toBe(403);
    }
    const visitor = await new Agent(t.app).get('/operateur/comptes');
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toBe('/connexion?retour=%2Foperateur%2Fcomptes');
    // Nothing happened to the account they tried to disable.
    expect((await userRow(t, target.email)).disabledAt).toBeNull();
    expect(await t.database.db.select().from(accountEvents).where(eq(accountEvents.userId, target.id))).toHaveLength(0);
  });
});
