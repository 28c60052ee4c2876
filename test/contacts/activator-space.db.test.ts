import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { csrfTokenIn } from '../support/agent.js';
import { mailsTo, textOf } from '../accounts/support.js';
import { aBusinessForm, aContactableActivator, aSignedInActivator, aVisitor, eventsOf, requestsTo } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

const REQUESTS = '/espace-activateurs/demandes';

/** A business's request to this activator, sent through the form; returns the stored request. */
async function aRequestTo(activator: { id: string; slug: string }, overrides: Record<string, string> = {}) {
  const form = aBusinessForm(overrides);
  const res = await aVisitor(t).submit(`/contacter?activateurs=${activator.slug}`, '/contacter', { ...form, activateurs: activator.slug });
  if (res.statusCode !== 303) throw new Error(`demande refusée (${res.statusCode})`);
  const requests = await requestsTo(t, activator.id);
  return { request: requests.find((r) => r.email === form.email)!, form };
}

describe('les demandes dans l’espace de l’activateur', () => {
  it('l’activateur voit la liste de ses demandes avec leur statut, et chacune en détail', async () => {
    const me = await aSignedInActivator(t, 'Liste');
    const { request } = await aRequestTo(me, { entreprise: 'Fleurs de Saison' });
    const list = await me.agent.get(REQUESTS);
    expect(list.statusCode).toBe(200);
    expect(textOf(list.body)).toContain('Fleurs de Saison');
    expect(textOf(list.body)).toContain('Nouvelle');
    const page = await me.agent.get(`${REQUESTS}/${request.id}`);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Je voudrais vendre mes gâteaux en ligne');
  });

  it('un activateur qui ouvre la demande d’un autre, ou tente d’y répondre, est refusé (403)', async () => {
    const owner = await aSignedInActivator(t, 'Proprietaire');
    const intruder = await aSignedInActivator(t, 'Curieux');
    const { request } = await aRequestTo(owner);
    expect((await intruder.agent.get(`${REQUESTS}/${request.id}`)).statusCode).toBe(403);
    expect(textOf((await intruder.agent.get(REQUESTS)).body)).not.toContain(request.company + ' (' + request.name);
    const ownPage = await intruder.agent.get(REQUESTS);
    const answer = await intruder.agent.post(`${REQUESTS}/${request.id}/reponse`, { _csrf: csrfTokenIn(ownPage.body), reponse: 'Je prends la demande à sa place.' });
    expect(answer.statusCode).toBe(403);
    const redirect = await intruder.agent.post(`${REQUESTS}/${request.id}/redirection`, { _csrf: csrfTokenIn(ownPage.body), cible: intruder.slug });
    expect(redirect.statusCode).toBe(403);
    expect((await requestsTo(t, owner.id))[0]!.status).toBe('nouvelle');
    expect((await eventsOf(t, request.id)).map((e) => e.kind)).toEqual(['demande']);
  });

  it('une entreprise ou un visiteur n’entre pas dans l’espace des demandes', async () => {
    const visitor = aVisitor(t);
    const res = await visitor.get(REQUESTS);
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toContain('/connexion');
  });

  it('la première réponse rappelle d’où vient le contact, les suivantes non ; la demande passe « prise en charge » et l’historique garde tout', async () => {
    const me = await aSignedInActivator(t, 'Reponse');
    const { request, form } = await aRequestTo(me);
    const path = `${REQUESTS}/${request.id}`;
    const first = await me.agent.submit(path, `${path}/reponse`, { reponse: 'Bonjour, je vous appelle demain matin pour en parler.' });
    expect(first.statusCode).toBe(303);
    expect(textOf((await me.agent.follow(first)).body)).toContain('Votre réponse est envoyée');
    const second = await me.agent.submit(path, `${path}/reponse`, { reponse: 'Voici les documents promis lors de notre appel.' });
    expect(second.statusCode).toBe(303);
    const mails = await mailsTo(t, form.email, 'contact-reponse');
    expect(mails).toHaveLength(2);
    expect(mails[0]!.textBody).toContain('Vous avez contacté Claire Reponse via Abeille');
    expect(mails[0]!.textBody).toContain('je vous appelle demain matin');
    expect(mails[1]!.textBody).not.toContain('Vous avez contacté');
    const [after] = await requestsTo(t, me.id);
    expect(after!.status).toBe('prise_en_charge');
    expect(after!.firstAnsweredAt).not.toBeNull();
    expect((await eventsOf(t, request.id)).map((e) => e.kind)).toEqual(['demande', 'reponse', 'reponse']);
  });

  it('une réponse vide est refusée à côté du champ', async () => {
    const me = await aSignedInActivator(t, 'Vide');
    const { request, form } = await aRequestTo(me);
    const path = `${REQUESTS}/${request.id}`;
    const res = await me.agent.submit(path, `${path}/reponse`, { reponse: ' ' });
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain('Écrivez votre réponse');
    expect(await mailsTo(t, form.email, 'contact-reponse')).toHaveLength(0);
  });

  it('l’activateur change le statut : close, et l’historique le garde', async () => {
    const me = await aSignedInActivator(t, 'Statut');
    const { request } = await aRequestTo(me);
    const path = `${REQUESTS}/${request.id}`;
    expect((await me.agent.submit(path, `${path}/statut`, { statut: 'close' })).statusCode).toBe(303);
    expect((await requestsTo(t, me.id))[0]!.status).toBe('close');
    expect((await me.agent.submit(path, `${path}/statut`, { statut: 'redirigee' })).statusCode).toBe(400);
    const history = await eventsOf(t, request.id);
    expect(history.at(-1)).toMatchObject({ kind: 'statut', body: 'Nouvelle → Close' });
  });

  it('rediriger : l’activateur cherche un confrère par commune, la demande lui est transmise, l’entreprise et le nouvel activateur sont prévenus', async () => {
    const me = await aSignedInActivator(t, 'Redirige');
    const colleague = await aSignedInActivator(t, 'Competente');
    const provider = await aContactableActivator(t, 'Vendeur', 'offreur_solutions');
    const { request, form } = await aRequestTo(me);
    const path = `${REQUESTS}/${request.id}`;

    const search = await me.agent.get(`${path}?recherche=${encodeURIComponent('Lyon 3e')}`);
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(`value="${colleague.slug}"`);
    expect(search.body).not.toContain(`value="${provider.slug}"`);
    expect(search.body).not.toContain(`value="${me.slug}"`);
    const byName = await me.agent.get(`${path}?recherche=competente`);
    expect(byName.body).toContain(`value="${colleague.slug}"`);

    const refused = await me.agent.submit(path, `${path}/redirection`, { cible: provider.slug });
    expect(refused.statusCode).toBe(400);
    expect(textOf(refused.body)).toContain('ne reçoit pas de demandes de contact');

    const res = await me.agent.submit(`${path}?recherche=competente`, `${path}/redirection`, { cible: colleague.slug, message: 'Claire connaît bien la vente en ligne.' });
    expect(res.statusCode).toBe(303);
    expect((await requestsTo(t, me.id))[0]!.status).toBe('redirigee');
    const [copy] = await requestsTo(t, colleague.id);
    expect(copy).toMatchObject({ status: 'nouvelle', email: form.email, redirectedFromId: request.id });

    const [told] = await mailsTo(t, form.email, 'contact-redirection');
    expect(told!.textBody).toContain('Vous avez contacté Claire Redirige via Abeille');
    expect(told!.textBody).toContain('Claire Competente');
    expect(told!.textBody).toContain('Claire connaît bien la vente en ligne.');
    const [forwarded] = await mailsTo(t, colleague.email, 'contact-nouvelle-demande');
    expect(forwarded!.textBody).toContain('Claire Redirige vous transmet la demande');

    const inSpace = await colleague.agent.get(REQUESTS);
    expect(textOf(inSpace.body)).toContain('Boulangerie du Parc');
    expect((await colleague.agent.get(`${REQUESTS}/${copy!.id}`)).statusCode).toBe(200);
    // The request now belongs to the colleague: answering it again from the first space is refused.
    const again = await me.agent.submit(path, `${path}/reponse`, { reponse: 'Finalement je peux vous aider.' });
    expect(again.statusCode).toBe(400);
  });
});
