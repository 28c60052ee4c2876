import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { CONTACT_CONSENT } from '../../src/contacts/consent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { mailsTo, textOf } from '../accounts/support.js';
import { aBusinessForm, type BusinessForm, aContactableActivator, aVisitor, eventsOf, requestsFrom, requestsTo } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

const formFor = (...slugs: string[]) => `/contacter?activateurs=${slugs.join(',')}`;

describe('une entreprise écrit à un activateur', () => {
  it('la fiche d’un conseiller mène au formulaire, la demande est enregistrée avec la preuve du consentement, l’entreprise et l’activateur reçoivent leur courriel', async () => {
    const activator = await aContactableActivator(t, 'Fiche');
    const profile = await t.app.inject(`/trouver-un-accompagnement/${activator.slug}`);
    expect(profile.body).toContain(`href="/contacter?activateurs=${activator.slug}"`);

    const visitor = aVisitor(t);
    const form = aBusinessForm({ siret: '356 000 000 00048' });
    const res = await visitor.submit(formFor(activator.slug), '/contacter', { ...form, activateurs: activator.slug });
    expect(res.statusCode).toBe(303);
    const done = await visitor.follow(res);
    expect(textOf(done.body)).toContain('Votre demande est envoyée');
    expect(textOf(done.body)).toContain(`Claire Fiche`);

    const [stored] = await requestsTo(t, activator.id);
    expect(stored).toMatchObject({ status: 'nouvelle', company: 'Boulangerie du Parc', siret: '35600000000048', theme: 'vente-en-ligne', consentVersion: CONTACT_CONSENT.version });
    expect(stored!.consentedAt.toISOString()).toBe(t.clock.now().toISOString());
    expect((await eventsOf(t, stored!.id)).map((e) => e.kind)).toEqual(['demande']);

    const [ack] = await mailsTo(t, form.email!, 'contact-accuse-reception');
    expect(ack!.textBody).toContain('Claire Fiche');
    expect(ack!.textBody).toContain('un premier diagnostic gratuit');
    expect(ack!.textBody).toContain('une réponse rapide');
    expect(ack!.textBody).toContain('une orientation quand la demande sort de ses compétences');
    expect(ack!.textBody).toContain('des prix clairs');
    const [forwarded] = await mailsTo(t, activator.email, 'contact-nouvelle-demande');
    expect(forwarded!.textBody).toContain('Je voudrais vendre mes gâteaux en ligne');
    expect(forwarded!.textBody).toContain(`/espace-activateurs/demandes/${stored!.id}`);
  });

  it('une même demande envoyée à trois activateurs : chacun reçoit son exemplaire, l’entreprise un seul accusé de réception', async () => {
    const chosen = [await aContactableActivator(t, 'Un'), await aContactableActivator(t, 'Deux', 'conseiller_financement'), await aContactableActivator(t, 'Trois', 'championne')];
    const visitor = aVisitor(t);
    const page = await visitor.get(formFor(...chosen.map((a) => a.slug)));
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Envoyer ma demande aux 3 activateurs');
    const form = aBusinessForm();
    const res = await visitor.submit(formFor(...chosen.map((a) => a.slug)), '/contacter', { ...form, activateurs: chosen.map((a) => a.slug).join(',') });
    expect(res.statusCode).toBe(303);
    const stored = await requestsFrom(t, form.email!);
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((r) => r.activatorId))).toEqual(new Set(chosen.map((a) => a.id)));
    expect(new Set(stored.map((r) => r.batchId)).size).toBe(1);
    for (const a of chosen) expect(await mailsTo(t, a.email, 'contact-nouvelle-demande')).toHaveLength(1);
    expect(await mailsTo(t, form.email!, 'contact-accuse-reception')).toHaveLength(1);
  });

  it('les résultats de l’annuaire permettent de cocher des activateurs à contacter ensemble', async () => {
    const a = await aContactableActivator(t, 'Annuaire');
    const page = await t.app.inject('/trouver-un-accompagnement?lieu=69003&rayon=10');
    expect(page.body).toContain('action="/contacter"');
    expect(page.body).toMatch(new RegExp(`name="activateurs" value="${a.slug}"`));
    const repeated = await aVisitor(t).get(`/contacter?activateurs=${a.slug}&activateurs=${(await aContactableActivator(t, 'Coche')).slug}`);
    expect(textOf(repeated.body)).toContain('Envoyer ma demande aux 2 activateurs');
  });

  it('le numéro d’autodiagnostic transmis par la fiche est gardé avec la demande', async () => {
    const activator = await aContactableActivator(t, 'Diagnostic');
    const assessment = '0b9a3f57-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    const profile = await t.app.inject(`/trouver-un-accompagnement/${activator.slug}?diagnostic=${assessment}`);
    expect(profile.body).toContain(`href="/contacter?activateurs=${activator.slug}&amp;diagnostic=${assessment}"`);
    const visitor = aVisitor(t);
    const page = await visitor.get(`/contacter?activateurs=${activator.slug}&diagnostic=${assessment}`);
    expect(page.body).toContain(`name="diagnostic" value="${assessment}"`);
    const form = aBusinessForm({ diagnostic: assessment });
    expect((await visitor.submit(`/contacter?activateurs=${activator.slug}`, '/contacter', { ...form, activateurs: activator.slug })).statusCode).toBe(303);
    expect((await requestsFrom(t, form.email!))[0]!.assessmentId).toBe(assessment);
  });
});

describe('les saisies refusées', () => {
  it('un SIRET erroné, une case de consentement non cochée : message à côté du champ, ce qui était saisi est gardé, rien n’est envoyé', async () => {
    const activator = await aContactableActivator(t, 'Erreurs');
    const visitor = aVisitor(t);
    const form = aBusinessForm({ siret: '123 456 789 00010', consentement: '' });
    delete form.consentement;
    const res = await visitor.submit(formFor(activator.slug), '/contacter', { ...form, activateurs: activator.slug });
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('Ce numéro SIRET n’est pas valide');
    expect(text).toContain('Cochez la case pour accepter');
    expect(res.body).toContain('value="123 456 789 00010"');
    expect(res.body).toContain(`value="${form.email}"`);
    expect(res.body).toContain('Je voudrais vendre mes gâteaux en ligne');
    expect(res.body).toMatch(/id="champ-siret"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="champ-siret"/);
    expect(await requestsTo(t, activator.id)).toHaveLength(0);
    expect(await mailsTo(t, activator.email)).toHaveLength(0);
  });

  it('du HTML dans le besoin est montré comme du texte, jamais interprété', async () => {
    const activator = await aSignedInActivatorFree('Html');
    const visitor = aVisitor(t);
    const besoin = 'Bonjour <script>alert("x")</script><b>gras</b>, je cherche un site vitrine pour mon salon.';
    const form = aBusinessForm({ besoin });
    expect((await visitor.submit(formFor(activator.slug), '/contacter', { ...form, activateurs: activator.slug })).statusCode).toBe(303);
    const [stored] = await requestsTo(t, activator.id);
    expect(stored!.need).toBe(besoin);
    const page = await activator.agent.get(`/espace-activateurs/demandes/${stored!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script>alert');
    const [mail] = await mailsTo(t, activator.email, 'contact-nouvelle-demande');
    expect(mail!.htmlBody).not.toContain('<script>');
    expect(mail!.htmlBody).toContain('&lt;script&gt;');
  });

  it('le champ caché rempli (un robot) : la réponse a l’air normale mais rien n’est enregistré ni envoyé', async () => {
    const activator = await aContactableActivator(t, 'Robot');
    const res = await aVisitor(t).submit(formFor(activator.slug), '/contacter', { ...aBusinessForm(), activateurs: activator.slug, site_internet: 'http://spam.example' });
    expect(res.statusCode).toBe(303);
    expect(await requestsTo(t, activator.id)).toHaveLength(0);
    expect(await mailsTo(t, activator.email)).toHaveLength(0);
  });

  it('la même demande envoyée deux fois n’est enregistrée et transmise qu’une fois', async () => {
    const activator = await aContactableActivator(t, 'Doublon');
    const visitor = aVisitor(t);
    const form: BusinessForm = { ...aBusinessForm(), activateurs: activator.slug };
    expect((await visitor.submit(formFor(activator.slug), '/contacter', form)).statusCode).toBe(303);
    const again = await visitor.submit(formFor(activator.slug), '/contacter', { ...form, besoin: `  ${form.besoin!.toUpperCase()}  ` });
    expect(again.statusCode).toBe(303);
    expect(textOf((await visitor.follow(again)).body)).toContain('avait déjà été envoyée');
    expect(await requestsTo(t, activator.id)).toHaveLength(1);
    expect(await mailsTo(t, activator.email, 'contact-nouvelle-demande')).toHaveLength(1);
    expect(await mailsTo(t, form.email!, 'contact-accuse-reception')).toHaveLength(1);
  });

  it('deux envois simultanés de la même demande (un double clic) ne l’enregistrent qu’une fois', async () => {
    const activator = await aContactableActivator(t, 'Simultane');
    const visitor = aVisitor(t);
    const page = await visitor.get(formFor(activator.slug));
    const form = { ...aBusinessForm(), activateurs: activator.slug, _csrf: page.body.match(/name="_csrf" value="([^"]+)"/)![1]! };
    const answers = await Promise.all([visitor.post('/contacter', form), visitor.post('/contacter', form)]);
    expect(answers.map((a) => a.statusCode)).toEqual([303, 303]);
    expect(await requestsTo(t, activator.id)).toHaveLength(1);
    expect(await mailsTo(t, activator.email, 'contact-nouvelle-demande')).toHaveLength(1);
  });

  it('au-delà de 5 demandes par heure pour une même adresse, la suivante est refusée avec un message en français', async () => {
    const activator = await aContactableActivator(t, 'Limite');
    const email = `pressee.${Date.now()}@exemple.fr`;
    for (let i = 0; i < 5; i++) {
      const res = await aVisitor(t).submit(formFor(activator.slug), '/contacter', { ...aBusinessForm({ email, besoin: `Demande numéro ${i} : un site pour mon commerce de quartier.` }), activateurs: activator.slug });
      expect(res.statusCode).toBe(303);
    }
    const refused = await aVisitor(t).submit(formFor(activator.slug), '/contacter', { ...aBusinessForm({ email, besoin: 'Encore une demande : un site pour mon commerce de quartier.' }), activateurs: activator.slug });
    expect(refused.statusCode).toBe(429);
    expect(textOf(refused.body)).toContain('réessayez dans');
    expect(refused.body).toContain('Encore une demande');
    expect(await requestsTo(t, activator.id)).toHaveLength(5);
  });

  it('au-delà de 10 demandes par heure depuis une même connexion, la suivante est refusée', async () => {
    const activator = await aContactableActivator(t, 'Connexion');
    const visitor = aVisitor(t);
    for (let i = 0; i < 10; i++) {
      expect((await visitor.submit(formFor(activator.slug), '/contacter', { ...aBusinessForm(), activateurs: activator.slug })).statusCode).toBe(303);
    }
    const refused = await visitor.submit(formFor(activator.slug), '/contacter', { ...aBusinessForm(), activateurs: activator.slug });
    expect(refused.statusCode).toBe(429);
    t.clock.advance(3_600_000);
    expect((await visitor.submit(formFor(activator.slug), '/contacter', { ...aBusinessForm(), activateurs: activator.slug })).statusCode).toBe(303);
  });

  it('quatre activateurs d’un coup sont refusés avec un message en français', async () => {
    const four = [await aContactableActivator(t, 'Quatre'), await aContactableActivator(t, 'Cinq'), await aContactableActivator(t, 'Six'), await aContactableActivator(t, 'Sept')];
    const slugs = four.map((a) => a.slug);
    const page = await aVisitor(t).get(formFor(...slugs));
    expect(page.statusCode).toBe(400);
    expect(textOf(page.body)).toContain('3 activateurs au plus en une seule demande ; vous en avez choisi 4');
    const visitor = aVisitor(t);
    const anyForm = await visitor.get(formFor(slugs[0]!));
    const form = aBusinessForm();
    const refused = await visitor.post('/contacter', { ...form, activateurs: slugs.join(','), _csrf: anyForm.body.match(/name="_csrf" value="([^"]+)"/)![1]! });
    expect(refused.statusCode).toBe(400);
    expect(await requestsFrom(t, form.email!)).toHaveLength(0);
  });

  it('un offreur de solutions et un activateur institutionnel ne peuvent pas être contactés', async () => {
    const provider = await aContactableActivator(t, 'Offreur', 'offreur_solutions');
    const institution = await aContactableActivator(t, 'Institution', 'institutionnel');
    const page = await aVisitor(t).get(formFor(provider.slug));
    expect(page.statusCode).toBe(400);
    expect(textOf(page.body)).toContain('ne reçoit pas de demandes de contact');
    const visitor = aVisitor(t);
    const anyForm = await visitor.get(formFor((await aContactableActivator(t, 'Permis')).slug));
    const token = anyForm.body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    for (const target of [provider, institution]) {
      const refused = await visitor.post('/contacter', { ...aBusinessForm(), activateurs: target.slug, _csrf: token });
      expect(refused.statusCode).toBe(400);
      expect(await requestsTo(t, target.id)).toHaveLength(0);
    }
  });
});

import { aSignedInActivator } from './support.js';
const aSignedInActivatorFree = (name: string) => aSignedInActivator(t, name);
