import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { textOf } from '../accounts/support.js';
import { ACTIVITY, activatorOf, anActiveFile, anOperator, DOSSIER, historyOf, mailsTo, NEW_STRUCTURE, postSection } from './registration-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

const profile = (slug: string) => t.app.inject(`/trouver-un-accompagnement/${slug}`);

describe('l’espace de l’activateur', () => {
  it('une modification de la présentation est visible aussitôt sur la fiche publique, sans nouvelle validation', async () => {
    const file = await anActiveFile(t, { firstName: 'Marc', lastName: 'Aussitot' });
    const presentation = `${ACTIVITY.presentation} Nouveau : des ateliers collectifs chaque mois sur la vente en ligne.`;
    const res = await postSection(file.agent, 'activite', { ...ACTIVITY, presentation });
    expect(res.statusCode).toBe(303);
    const after = await activatorOf(t, file.email);
    expect(after.status).toBe('active');
    expect(after.presentation).toBe(presentation);
    const page = await profile(after.slug!);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('des ateliers collectifs chaque mois');
  });

  it('changer de catégorie renvoie la fiche en validation : elle n’est plus publique et l’historique le dit', async () => {
    const file = await anActiveFile(t, { firstName: 'Sophie', lastName: 'Categorie' });
    const res = await postSection(file.agent, 'activite', { ...ACTIVITY, categorie: 'conseiller_financement' });
    expect(res.statusCode).toBe(303);
    const page = await file.agent.follow(res);
    expect(textOf(page.body)).toContain('votre fiche repart en validation');
    const after = await activatorOf(t, file.email);
    expect(after.status).toBe('en_attente');
    expect(after.kind).toBe('conseiller_financement');
    expect((await profile(after.slug!)).statusCode).toBe(404);
    const last = (await historyOf(t, file.activator.id)).at(-1)!;
    expect(last.kind).toBe('modification_revalidation');
    expect(last.message).toContain('catégorie');

    const operator = await anOperator(t);
    const review = `/operateur/activateurs/${file.activator.id}`;
    expect((await operator.agent.submit(review, `${review}/valider`, {})).statusCode).toBe(303);
    const approved = await activatorOf(t, file.email);
    expect(approved.status).toBe('active');
    expect(approved.slug).toBe(after.slug);
    expect((await profile(approved.slug!)).statusCode).toBe(200);
    expect(await mailsTo(t, file.email, 'activateur-modification-validee')).toHaveLength(1);
  });

  it('changer de structure (un autre SIRET) renvoie la fiche en validation', async () => {
    const file = await anActiveFile(t, { firstName: 'Yann', lastName: 'Mobile' });
    const res = await postSection(file.agent, 'structure', { ...NEW_STRUCTURE, raison_sociale: 'La Poste', siret: '356 000 000 49837' });
    expect(res.statusCode).toBe(303);
    const after = await activatorOf(t, file.email);
    expect(after.status).toBe('en_attente');
    expect((await historyOf(t, file.activator.id)).at(-1)!.message).toContain('structure (SIRET)');
  });

  it('déclarer un changement de situation retire la fiche aussitôt et garde la raison dans l’historique', async () => {
    const file = await anActiveFile(t, { firstName: 'Rose', lastName: 'Depart' });
    const slug = file.activator.slug!;
    expect((await profile(slug)).statusCode).toBe(200);
    const refused = await file.agent.submit('/espace-activateurs/changement-de-situation', '/espace-activateurs/changement-de-situation', { situation: 'depart' });
    expect(refused.statusCode).toBe(400);
    expect((await activatorOf(t, file.email)).status).toBe('active');
    const res = await file.agent.submit('/espace-activateurs/changement-de-situation', '/espace-activateurs/changement-de-situation', {
      situation: 'depart',
      precisions: 'Je rejoins une autre chambre consulaire.',
      confirmation: 'oui',
    });
    expect(res.statusCode).toBe(303);
    expect((await activatorOf(t, file.email)).status).toBe('retiree');
    expect((await profile(slug)).statusCode).toBe(404);
    expect((await historyOf(t, file.activator.id)).at(-1)).toMatchObject({ kind: 'retrait', message: 'J’ai quitté ma structure : Je rejoins une autre chambre consulaire.' });
    const own = await file.agent.get(DOSSIER);
    expect(textOf(own.body)).toContain('Votre fiche est retirée');
  });
});
