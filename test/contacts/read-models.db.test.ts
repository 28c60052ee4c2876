import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactedAssessmentIds, contactsOfBusinessEmail, contactsPersonalData, contactStatistics } from '../../src/contacts/index.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { HOUR } from '../../src/server/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn } from '../accounts/support.js';
import { aBusinessForm, aContactableActivator, aSignedInActivator, aVisitor, requestsFrom, requestsTo } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

async function send(slug: string, overrides: Record<string, string> = {}) {
  const form = aBusinessForm(overrides);
  const res = await aVisitor(t).submit(`/contacter?activateurs=${slug}`, '/contacter', { ...form, activateurs: slug });
  if (res.statusCode !== 303) throw new Error(`demande refusée (${res.statusCode})`);
  return (await requestsFrom(t, form.email))[0]!;
}

async function answer(agent: Awaited<ReturnType<typeof aSignedInActivator>>['agent'], id: string) {
  const path = `/espace-activateurs/demandes/${id}`;
  const res = await agent.submit(path, `${path}/reponse`, { reponse: 'Bonjour, je vous rappelle rapidement.' });
  if (res.statusCode !== 303) throw new Error(`réponse refusée (${res.statusCode})`);
}

describe('ce que les autres domaines lisent des demandes de contact', () => {
  it('les demandes reçues par mois et le délai médian de première réponse, en heures', async () => {
    const me = await aSignedInActivator(t, 'Statistique');
    t.clock.set('2026-02-02T09:00:00Z');
    const a = await send(me.slug);
    t.clock.advance(2 * HOUR);
    await answer(await me.signIn(), a.id);
    t.clock.set('2026-03-03T09:00:00Z');
    const b = await send(me.slug);
    t.clock.advance(4 * HOUR);
    await answer(await me.signIn(), b.id);
    t.clock.set('2026-03-10T09:00:00Z');
    await send(me.slug);
    const stats = await contactStatistics(t.database.db, me.id, { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    expect(stats.perMonth).toEqual([
      { month: '2026-02', count: 1 },
      { month: '2026-03', count: 2 },
    ]);
    expect(stats.medianFirstAnswerHours).toBe(3);
    const none = await contactStatistics(t.database.db, me.id, { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-12-31T00:00:00Z') });
    expect(none).toEqual({ perMonth: [], medianFirstAnswerHours: null });
  });

  it('les demandes d’une entreprise, par son adresse, avec l’activateur et le statut', async () => {
    const one = await aContactableActivator(t, 'Premier');
    const two = await aContactableActivator(t, 'Second');
    const email = `gerante.${Date.now()}@exemple.fr`;
    await send(one.slug, { email: email.toUpperCase() });
    await send(two.slug, { email, besoin: 'Une autre demande pour un logiciel de caisse moderne.' });
    const mine = await contactsOfBusinessEmail(t.database.db, email);
    expect(mine.map((m) => [m.activatorSlug, m.activatorName, m.status])).toEqual([
      [one.slug, 'Claire Premier', 'nouvelle'],
      [two.slug, 'Claire Second', 'nouvelle'],
    ]);
  });

  it('les autodiagnostics à l’origine d’une demande, sans doublon', async () => {
    const one = await aContactableActivator(t, 'Origine');
    const assessment = '5d0e1c2b-3a4f-4b6c-8d7e-9f0a1b2c3d4e';
    await send(one.slug, { diagnostic: assessment });
    await send(one.slug, { diagnostic: assessment, besoin: 'Deuxième demande depuis le même autodiagnostic, pour la caisse.' });
    const ids = await contactedAssessmentIds(t.database.db);
    expect(ids.filter((id) => id === assessment)).toHaveLength(1);
  });

  it('les données d’une personne : téléchargées avec son compte, effacées avec lui', async () => {
    const one = await aContactableActivator(t, 'Donnees');
    const email = `titulaire.${Date.now()}@exemple.fr`;
    await send(one.slug, { email, entreprise: 'Librairie des Quais' });
    const user = { id: '00000000-0000-4000-8000-000000000000', email };
    const collected = (await contactsPersonalData.collect(t.database.db, user)) as { entreprise: string; activateur: string; echanges: unknown[] }[];
    expect(collected).toHaveLength(1);
    expect(collected[0]).toMatchObject({ entreprise: 'Librairie des Quais', activateur: 'Claire Donnees' });
    expect(collected[0]!.echanges).toHaveLength(1);
    await contactsPersonalData.erase(t.database.db, user);
    expect(await contactsPersonalData.collect(t.database.db, user)).toEqual([]);
    const [erased] = await requestsFrom(t, '');
    expect(erased?.company).toBe('');
  });

  it('le compte d’une entreprise : ses demandes dans le fichier « mes données », effacées quand elle supprime son compte', async () => {
    const one = await aContactableActivator(t, 'Compte');
    const owner = await aUser(t, { role: 'entreprise', firstName: 'Lina', lastName: 'Gérante' });
    await send(one.slug, { email: owner.email, entreprise: 'Épicerie Lina' });
    const agent = aVisitor(t);
    expect((await logIn(agent, owner.email, owner.password)).statusCode).toBe(303);
    const download = JSON.parse((await agent.get('/mon-compte/donnees')).body) as { demandesDeContact: { entreprise: string; activateur: string }[] };
    expect(download.demandesDeContact).toEqual([expect.objectContaining({ entreprise: 'Épicerie Lina', activateur: 'Claire Compte' })]);
    const deleted = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: owner.password });
    expect(deleted.statusCode).toBe(303);
    const [kept] = await requestsTo(t, one.id);
    expect(kept).toMatchObject({ company: '', email: '', name: '' });
  });
});
