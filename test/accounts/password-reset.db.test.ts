import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../src/server/clock.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, linkIn, logIn, mailsTo, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function askForReset(agent: Agent, email: string) {
  return agent.submit('/mot-de-passe-oublie', '/mot-de-passe-oublie', { email });
}

const NEW_PASSWORD = 'les abeilles aiment la lavande';

describe('mot de passe oublié', () => {
  it('la réponse est la même que l’adresse ait un compte ou non ; seul le titulaire reçoit un lien', async () => {
    const user = await aUser(t);
    const known = await askForReset(new Agent(t.app), user.email);
    const unknown = await askForReset(new Agent(t.app), 'inconnu@exemple.fr');
    expect(known.statusCode).toBe(303);
    expect(unknown.statusCode).toBe(303);
    expect(known.headers.location).toBe(unknown.headers.location);
    const agent = new Agent(t.app);
    const after = await agent.follow(await askForReset(agent, 'inconnu2@exemple.fr'));
    expect(textOf(after.body)).toContain('Si un compte correspond à cette adresse');
    expect(await mailsTo(t, user.email, 'reinitialisation-mot-de-passe')).toHaveLength(1);
    expect(await mailsTo(t, 'inconnu@exemple.fr')).toHaveLength(0);
  });

  it('le lien permet de choisir un nouveau mot de passe une seule fois, et ferme toutes les sessions', async () => {
    const user = await aUser(t);
    const elsewhere = new Agent(t.app);
    await logIn(elsewhere, user.email, user.password);

    const agent = new Agent(t.app);
    await askForReset(agent, user.email);
    const link = linkIn((await mailsTo(t, user.email, 'reinitialisation-mot-de-passe'))[0]!, '/reinitialiser-mot-de-passe');
    const page = await agent.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Choisir un nouveau mot de passe — Abeille</title>');
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    // A refused password leaves the link working.
    const refused = await agent.post(link, { _csrf: csrfTokenIn(page.body), mot_de_passe: 'court' });
    expect(refused.statusCode).toBe(400);
    expect(textOf(refused.body)).toContain('au moins 8 caractères');

    const done = await agent.post(link, { _csrf: csrfTokenIn(page.body), mot_de_passe: NEW_PASSWORD });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/connexion');
    expect(textOf((await agent.follow(done)).body)).toContain('Votre mot de passe a été modifié.');

    expect((await elsewhere.get('/mon-compte')).statusCode).toBe(303);
    expect((await logIn(new Agent(t.app), user.email, user.password)).statusCode).toBe(400);
    expect((await logIn(new Agent(t.app), user.email, NEW_PASSWORD)).statusCode).toBe(303);

    const twice = await agent.get(link);
    expect(twice.statusCode).toBe(410);
    expect(textOf(twice.body)).toContain('Ce lien n’est plus valable');
    const replay = await agent.post(link, { _csrf: csrfTokenIn(page.body), mot_de_passe: 'encore un autre mot de passe' });
    expect(replay.statusCode).toBe(410);
  });

  it('le lien expire après 24 heures', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await askForReset(agent, user.email);
    const link = linkIn((await mailsTo(t, user.email, 'reinitialisation-mot-de-passe'))[0]!, '/reinitialiser-mot-de-passe');
    const page = await agent.get(link);
    t.clock.advance(DAY + 1000);
    try {
      expect((await agent.get(link)).statusCode).toBe(410);
      const late = await agent.post(link, { _csrf: csrfTokenIn(page.body), mot_de_passe: NEW_PASSWORD });
      expect(late.statusCode).toBe(410);
    } finally {
      t.clock.advance(-(DAY + 1000));
    }
    expect((await logIn(new Agent(t.app), user.email, user.password)).statusCode).toBe(303);
  });

  it('le lien écrit avec ?jeton= mène à la même page', async () => {
    const user = await aUser(t);
    await askForReset(new Agent(t.app), user.email);
    const link = linkIn((await mailsTo(t, user.email, 'reinitialisation-mot-de-passe'))[0]!, '/reinitialiser-mot-de-passe');
    const token = link.split('/').pop()!;
    const res = await new Agent(t.app).get(`/reinitialiser-mot-de-passe?jeton=${token}`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(link);
  });

  it('un opérateur ne peut pas choisir un nouveau mot de passe de moins de 12 caractères', async () => {
    const operator = await aUser(t, { role: 'operateur', password: 'une ruche bien gardée' });
    const agent = new Agent(t.app);
    await askForReset(agent, operator.email);
    const link = linkIn((await mailsTo(t, operator.email, 'reinitialisation-mot-de-passe'))[0]!, '/reinitialiser-mot-de-passe');
    const page = await agent.get(link);
    expect(textOf(page.body)).toContain('12 caractères minimum');
    const res = await agent.post(link, { _csrf: csrfTokenIn(page.body), mot_de_passe: 'Lavande#202' });
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain('Le mot de passe d’un compte opérateur doit contenir au moins 12 caractères');
  });
});
