import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { DAY, HOUR } from '../../src/server/clock.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn, textOf } from '../accounts/support.js';
import { activatorOf, anOperator, aSubmittedFile, DOSSIER, errorsIn, historyOf, mailsTo, postSection } from './registration-support.js';

let t: TestApp;
let operator: Awaited<ReturnType<typeof anOperator>>;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());
// Operators' sessions last a working day and tests move the clock by days: each test logs in anew.
beforeEach(async () => {
  operator = await anOperator(t);
});

const review = (id: string) => `/operateur/activateurs/${id}`;

/** The path of the activation link in the last activation mail sent to this address. */
async function activationLink(email: string): Promise<string> {
  const mails = await mailsTo(t, email, 'activateur-activation');
  const match = mails.at(-1)!.textBody.match(/https?:\/\/[^\s]+(\/espace-activateurs\/activation\/[A-Za-z0-9_-]+)/);
  if (!match) throw new Error('aucun lien d’activation');
  return match[1]!;
}

async function decide(id: string, action: 'valider' | 'corrections' | 'refuser', fields: Record<string, string | string[]> = {}) {
  return operator.agent.submit(review(id), `${review(id)}/${action}`, fields);
}

describe('la file des dossiers à valider', () => {
  it('liste les dossiers en attente du plus ancien au plus récent, avec le temps d’attente et les signalements', async () => {
    const older = await aSubmittedFile(t, { firstName: 'Agence', lastName: 'Web Conseil', photoName: 'IMG_0042.jpg' });
    t.clock.advance(3 * DAY);
    const newer = await aSubmittedFile(t, { firstName: 'Lucie', lastName: 'Martin', photoName: 'lucie-martin.jpg' });
    t.clock.advance(DAY);
    operator = await anOperator(t);
    const res = await operator.agent.get('/operateur/activateurs');
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    const first = text.indexOf('Agence Web Conseil');
    const second = text.indexOf('Lucie Martin');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(text).toContain('4 jours');
    expect(text).toContain('Reste 11 j');
    expect(text).toContain('Pas de personne physique nommée');
    expect(text).toContain('Nom du fichier photo sans le nom de la personne ni de la structure');
    expect(text).toContain('Site web non vérifié');
    await decide(older.activator.id, 'refuser', { motif: 'Dossier de test sans personne physique.' });
    await decide(newer.activator.id, 'refuser', { motif: 'Dossier de test, refusé pour vider la file.' });
  });

  it('un dossier qui attend depuis plus de 15 jours est marqué en retard', async () => {
    const late = await aSubmittedFile(t, { firstName: 'Jeanne', lastName: 'Retard' });
    t.clock.advance(17 * DAY);
    operator = await anOperator(t);
    const text = textOf((await operator.agent.get('/operateur/activateurs')).body);
    expect(text).toContain('En retard de 2 j');
    await decide(late.activator.id, 'refuser', { motif: 'Dossier de test, refusé pour vider la file.' });
  });
});

describe('les décisions des opérateurs', () => {
  it('valider envoie un lien d’activation et inscrit la décision, avec qui et quand, dans l’historique', async () => {
    const file = await aSubmittedFile(t);
    const res = await decide(file.activator.id, 'valider');
    expect(res.statusCode).toBe(303);
    expect((await activatorOf(t, file.email)).status).toBe('validee');
    expect(await mailsTo(t, file.email, 'activateur-activation')).toHaveLength(1);
    const history = await historyOf(t, file.activator.id);
    expect(history.map((e) => [e.kind, e.actorName])).toEqual([
      ['soumission', 'Camille Durand'],
      ['validation', operator.name],
    ]);
    expect(history[1]!.createdAt).toEqual(t.clock.now());
  });

  it('demander des corrections prévient l’activateur, qui corrige et renvoie : l’historique garde tout', async () => {
    const file = await aSubmittedFile(t, { activity: { lien_offre: '' } });
    const page = await operator.agent.get(review(file.activator.id));
    expect(textOf(page.body)).toContain('Pas de lien vers l’offre');
    const refused = await decide(file.activator.id, 'corrections', { problemes: ['pas_de_lien_offre'], message: '' });
    expect(refused.statusCode).toBe(400);
    expect(errorsIn(refused.body).join(' ')).toContain('Écrivez à l’activateur');

    const asked = await decide(file.activator.id, 'corrections', { problemes: ['pas_de_lien_offre'], message: 'Ajoutez le lien vers la page de votre offre.' });
    expect(asked.statusCode).toBe(303);
    expect((await activatorOf(t, file.email)).status).toBe('a_corriger');
    const [mail] = await mailsTo(t, file.email, 'activateur-corrections');
    expect(mail!.textBody).toContain('Pas de lien vers l’offre');
    expect(mail!.textBody).toContain('Ajoutez le lien vers la page de votre offre.');

    const own = await file.agent.get(DOSSIER);
    expect(textOf(own.body)).toContain('Ajoutez le lien vers la page de votre offre.');
    const fixed = await postSection(file.agent, 'activite', {
      categorie: 'conseiller',
      domaines: ['visibilite'],
      territoire: ['69'],
      presentation: (await activatorOf(t, file.email)).presentation,
      lien_offre: 'https://www.cci-lyon.fr/numerique',
    });
    expect(fixed.statusCode).toBe(303);
    const resent = await file.agent.submit(DOSSIER, `${DOSSIER}/envoyer`, {});
    expect(resent.statusCode).toBe(303);
    const after = await activatorOf(t, file.email);
    expect(after.status).toBe('en_attente');
    expect(after.offerUrl).toBe('https://www.cci-lyon.fr/numerique');
    expect(after.themes).toEqual(['visibilite']);
    expect((await historyOf(t, file.activator.id)).map((e) => e.kind)).toEqual(['soumission', 'demande_corrections', 'soumission']);
    expect(await mailsTo(t, file.email, 'activateur-accuse-reception')).toHaveLength(2);
  });

  it('refuser exige un motif, l’envoie à l’activateur et le garde dans l’historique', async () => {
    const file = await aSubmittedFile(t);
    const noReason = await decide(file.activator.id, 'refuser', { motif: ' ' });
    expect(noReason.statusCode).toBe(400);
    const res = await decide(file.activator.id, 'refuser', { motif: 'La structure n’accompagne pas d’entreprises.' });
    expect(res.statusCode).toBe(303);
    expect((await activatorOf(t, file.email)).status).toBe('refusee');
    const [mail] = await mailsTo(t, file.email, 'activateur-refus');
    expect(mail!.textBody).toContain('Motif : La structure n’accompagne pas d’entreprises.');
    const history = await historyOf(t, file.activator.id);
    expect(history.at(-1)).toMatchObject({ kind: 'refus', actorName: operator.name, message: 'La structure n’accompagne pas d’entreprises.' });
    const twice = await decide(file.activator.id, 'valider');
    expect(twice.statusCode).toBe(409);
  });

  it('un activateur ou une entreprise qui tente une action d’opérateur reçoit un refus 403, et rien ne change', async () => {
    const file = await aSubmittedFile(t);
    const other = await aSubmittedFile(t, { firstName: 'Intrus', lastName: 'Curieux' });
    const business = new Agent(t.app);
    const user = await aUser(t, { role: 'entreprise' });
    await logIn(business, user.email, user.password);
    for (const agent of [other.agent, business]) {
      for (const url of ['/operateur/activateurs', review(file.activator.id), `${review(file.activator.id)}/lettre.pdf`]) {
        expect((await agent.get(url)).statusCode, url).toBe(403);
      }
      const token = csrfTokenIn((await agent.get('/mon-compte')).body);
      for (const action of ['valider', 'refuser', 'corrections']) {
        const res = await agent.post(`${review(file.activator.id)}/${action}`, { _csrf: token, motif: 'Je refuse ce dossier.', message: 'x'.repeat(20), problemes: 'autre' });
        expect(res.statusCode, action).toBe(403);
      }
    }
    expect((await activatorOf(t, file.email)).status).toBe('en_attente');
    expect(await historyOf(t, file.activator.id)).toHaveLength(1);
    const visitor = await t.app.inject({ method: 'GET', url: '/operateur/activateurs' });
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toContain('/connexion');
  });

  it('la lettre signée n’est lue que par les opérateurs', async () => {
    const file = await aSubmittedFile(t);
    const res = await operator.agent.get(`${review(file.activator.id)}/lettre.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.toString()).not.toContain('<?php');
  });
});

describe('l’activation de la fiche', () => {
  it('le lien d’activation ne sert qu’une fois ; la fiche devient active et publique à une adresse prénom-nom', async () => {
    const file = await aSubmittedFile(t, { firstName: 'Élodie', lastName: 'Lœw' });
    await decide(file.activator.id, 'valider');
    const link = await activationLink(file.email);
    const visitor = new Agent(t.app);
    const confirm = await visitor.get(link);
    expect(confirm.statusCode).toBe(200);
    expect((await activatorOf(t, file.email)).status).toBe('validee');
    const done = await visitor.post(link, { _csrf: csrfTokenIn(confirm.body) });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/trouver-un-accompagnement/elodie-loew');
    const active = await activatorOf(t, file.email);
    expect(active.status).toBe('active');
    expect(active.slug).toBe('elodie-loew');
    expect((await historyOf(t, file.activator.id)).at(-1)!.kind).toBe('activation');
    const profile = await visitor.get('/trouver-un-accompagnement/elodie-loew');
    expect(profile.statusCode).toBe(200);
    expect(textOf(profile.body)).toContain('Élodie Lœw');
    const again = await visitor.get(link);
    expect(again.statusCode).toBe(410);
    const replay = await visitor.post(link, { _csrf: csrfTokenIn(confirm.body) });
    expect(replay.statusCode).toBe(410);
  });

  it('deux activateurs du même nom ont des adresses distinctes', async () => {
    const first = await aSubmittedFile(t, { firstName: 'Paul', lastName: 'Homonyme' });
    const second = await aSubmittedFile(t, { firstName: 'Paul', lastName: 'Homonyme' });
    for (const file of [first, second]) {
      await decide(file.activator.id, 'valider');
      const link = await activationLink(file.email);
      const page = await file.agent.get(link);
      await file.agent.post(link, { _csrf: csrfTokenIn(page.body) });
    }
    expect((await activatorOf(t, first.email)).slug).toBe('paul-homonyme');
    expect((await activatorOf(t, second.email)).slug).toBe('paul-homonyme-2');
  });

  it('le lien expire après 24 heures ; un nouveau lien peut être demandé et l’ancien ne marche plus', async () => {
    const file = await aSubmittedFile(t);
    await decide(file.activator.id, 'valider');
    const first = await activationLink(file.email);
    t.clock.advance(24 * HOUR + 1000);
    const expired = await file.agent.get(first);
    expect(expired.statusCode).toBe(410);
    expect(textOf(expired.body)).toContain('valable 24 heures');

    const renewed = await file.agent.submit(DOSSIER, `${DOSSIER}/nouveau-lien`, {});
    expect(renewed.statusCode).toBe(303);
    const second = await activationLink(file.email);
    expect(second).not.toBe(first);
    const page = await file.agent.get(second);
    expect(page.statusCode).toBe(200);
    t.clock.advance(23 * HOUR);
    const done = await file.agent.post(second, { _csrf: csrfTokenIn(page.body) });
    expect(done.statusCode).toBe(303);
    expect((await activatorOf(t, file.email)).status).toBe('active');
  });

  it('demander un nouveau lien rend le précédent inutilisable', async () => {
    const file = await aSubmittedFile(t);
    await decide(file.activator.id, 'valider');
    const first = await activationLink(file.email);
    await file.agent.submit(DOSSIER, `${DOSSIER}/nouveau-lien`, {});
    expect((await file.agent.get(first)).statusCode).toBe(410);
  });
});
