import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { eq } from 'drizzle-orm';
import { activators } from '../../src/db/schema.js';
import { GOOD_PASSWORD, textOf } from '../accounts/support.js';
import { anActiveFile } from './registration-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

describe('les données personnelles d’un activateur', () => {
  it('le téléchargement de mes données contient ma fiche d’activateur et son historique', async () => {
    const file = await anActiveFile(t, { firstName: 'Lucie', lastName: 'Telecharge' });
    const res = await file.agent.get('/mon-compte/donnees');
    expect(res.statusCode).toBe(200);
    const data = JSON.parse(res.body);
    expect(data.activateur).toHaveLength(1);
    expect(data.activateur[0]).toMatchObject({ statut: 'active', prenom: 'Lucie', nom: 'Telecharge', courriel: file.email });
    expect(data.activateur[0].historique.map((e: { evenement: string }) => e.evenement)).toEqual(expect.arrayContaining(['soumission', 'validation', 'activation']));
  });

  it('supprimer mon compte retire aussitôt ma fiche publique et efface mon nom, ma photo et ma lettre', async () => {
    const file = await anActiveFile(t, { firstName: 'Hugo', lastName: 'Effacement' });
    const slug = file.activator.slug!;
    expect((await t.app.inject(`/trouver-un-accompagnement/${slug}`)).statusCode).toBe(200);
    expect((await t.app.inject(`/trouver-un-accompagnement/${slug}/photo`)).statusCode).toBe(200);

    const res = await file.agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: GOOD_PASSWORD });
    expect(res.statusCode).toBe(303);

    expect((await t.app.inject(`/trouver-un-accompagnement/${slug}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/trouver-un-accompagnement/${slug}/photo`)).statusCode).toBe(404);
    const search = await t.app.inject('/trouver-un-accompagnement?q=Effacement');
    expect(textOf(search.body)).not.toContain('Hugo Effacement');
    const api = await t.app.inject('/api/v1/activateurs?q=Effacement');
    expect(api.body).not.toContain('Effacement');

    const [row] = await t.database.db.select().from(activators).where(eq(activators.id, file.activator.id));
    expect(row).toMatchObject({ status: 'retiree', slug: null, firstName: '', lastName: '', email: '', photoFile: null, engagementLetterFile: null, draft: null });
  });
});
