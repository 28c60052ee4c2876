import { and, eq } from 'drizzle-orm';
import { h } from 'preact';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activatorProfileViews, type ActivatorKind, type RegistrationStatus } from '../../src/activators/schema.js';
import { StatisticsPage } from '../../src/activators/space/pages/StatisticsPage.js';
import { getActivatorStatistics } from '../../src/activators/space/use-cases/get-statistics.js';
import { ProfileViewCounter } from '../../src/activators/statistics/profile-views.js';
import { findCommuneByCode, loadGeographyForTests } from '../../src/geo/index.js';
import { renderDocument } from '../../src/server/render.js';
import type { PageContext } from '../../src/ui/context.js';
import { buildApp } from '../../src/server/app.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn, textOf } from '../accounts/support.js';
import { anActivator } from './builders.js';
import { activatorOf, anActiveFile } from './registration-support.js';
import { aBusinessForm, aVisitor } from '../contacts/support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

const SPACE = '/espace-activateurs';
const BADGE = `${SPACE}/badge`;
const BADGE_SVG = `${BADGE}/badge-activateur.svg`;
const BADGE_PNG = `${BADGE}/badge-activateur.png`;
const STATISTICS = `${SPACE}/statistiques`;

/** An activator account, signed in, owning a file in the given state. */
async function aSignedInActivator(options: { status?: RegistrationStatus; kind?: ActivatorKind; lastName?: string } = {}) {
  const user = await aUser(t, { role: 'activateur', firstName: 'Lina', lastName: options.lastName ?? 'Espace' });
  const built = await anActivator()
    .named('Lina', options.lastName ?? `Espace${Math.random().toString(36).slice(2, 7)}`)
    .ofKind(options.kind ?? 'conseiller')
    .withStatus(options.status ?? 'active')
    .ownedBy(user.id)
    .insert(t.database.db);
  const agent = new Agent(t.app);
  const login = await logIn(agent, user.email, user.password);
  if (login.statusCode !== 303) throw new Error(`connexion refusée (${login.statusCode})`);
  return { agent, activator: built, user };
}

async function signedIn(role: 'entreprise' | 'operateur' = 'entreprise') {
  const user = await aUser(t, { role });
  const agent = new Agent(t.app);
  await logIn(agent, user.email, user.password);
  return agent;
}

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

const visitor = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };

async function storedViews(activatorId: string, month: string): Promise<number> {
  const [row] = await t.database.db
    .select({ views: activatorProfileViews.views })
    .from(activatorProfileViews)
    .where(and(eq(activatorProfileViews.activatorId, activatorId), eq(activatorProfileViews.month, month)));
  return row?.views ?? 0;
}

/** The figures of the page's table, month by month: "janvier 2026" → [views, requests?]. */
function tableOf(html: string): Map<string, string[]> {
  const body = html.split('<tbody>')[1]!.split('</tbody>')[0]!;
  return new Map(
    [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => {
      const cells = [...row[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!);
      return [cells[0]!, cells.slice(1)];
    }),
  );
}

describe('l’accueil de l’espace d’un activateur connecté', () => {
  it('une fiche active montre son statut et mène au dossier, à la fiche publique, aux demandes, aux entreprises, aux statistiques, au badge et au changement de situation', async () => {
    const { agent, activator } = await aSignedInActivator();
    const res = await agent.get(SPACE);
    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain('Mon espace activateur');
    expect(textOf(res.body)).toContain('Fiche active');
    const links = linksIn(res.body);
    for (const href of [
      '/espace-activateurs/dossier',
      `/trouver-un-accompagnement/${activator.slug}`,
      '/espace-activateurs/demandes',
      '/espace-activateurs/entreprises-a-accompagner',
      STATISTICS,
      BADGE,
      '/espace-activateurs/changement-de-situation',
    ]) {
      expect(links, href).toContain(href);
    }
  });

  it('un dossier en attente de validation ne mène qu’au dossier : ni badge, ni demandes, ni statistiques', async () => {
    const { agent } = await aSignedInActivator({ status: 'en_attente' });
    const res = await agent.get(SPACE);
    expect(textOf(res.body)).toContain('En attente de validation');
    const links = linksIn(res.body);
    expect(links).toContain('/espace-activateurs/dossier');
    for (const href of [BADGE, STATISTICS, '/espace-activateurs/demandes', '/espace-activateurs/changement-de-situation']) expect(links).not.toContain(href);
  });

  it('un offreur de solutions, qu’on ne contacte pas par la plateforme, n’a pas de lien vers des demandes de contact', async () => {
    const { agent } = await aSignedInActivator({ kind: 'offreur_solutions' });
    const links = linksIn((await agent.get(SPACE)).body);
    expect(links).not.toContain('/espace-activateurs/demandes');
    expect(links).toContain(BADGE);
  });

  it('un visiteur et un compte d’un autre rôle voient toujours la présentation de l’espace', async () => {
    const anonymous = await t.app.inject(SPACE);
    expect(textOf(anonymous.body)).toContain('Qui peut devenir activateur ?');
    const other = await (await signedIn('entreprise')).get(SPACE);
    expect(textOf(other.body)).toContain('n’est pas un compte activateur');
    expect(linksIn(other.body)).not.toContain(BADGE);
  });
});

describe('le badge « Activateur »', () => {
  it('un activateur validé télécharge le badge en SVG et en PNG, avec ses règles d’utilisation', async () => {
    const { agent } = await aSignedInActivator();
    const page = await agent.get(BADGE);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Les règles d’utilisation');
    expect(linksIn(page.body)).toEqual(expect.arrayContaining([BADGE_SVG, BADGE_PNG]));

    const svg = await agent.get(BADGE_SVG);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.headers['content-disposition']).toContain('attachment');
    expect(svg.body).toContain(`Activateur ${t.config.siteName}`);

    const png = await agent.get(BADGE_PNG);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const image = await sharp(png.rawPayload).metadata();
    expect(image.format).toBe('png');
    expect([image.width, image.height]).toEqual([1200, 400]);
  });

  it('un dossier validé en attente d’activation a aussi droit au badge', async () => {
    const { agent } = await aSignedInActivator({ status: 'validee' });
    expect((await agent.get(BADGE_SVG)).statusCode).toBe(200);
  });

  it('avant la validation, la page l’explique sans lien et le téléchargement est refusé (403)', async () => {
    const { agent } = await aSignedInActivator({ status: 'en_attente' });
    const page = await agent.get(BADGE);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('disponible une fois votre dossier validé');
    expect(linksIn(page.body)).not.toContain(BADGE_SVG);
    expect((await agent.get(BADGE_SVG)).statusCode).toBe(403);
    expect((await agent.get(BADGE_PNG)).statusCode).toBe(403);
  });

  it('quand la fiche est retirée (changement de situation), le badge disparaît et n’est plus téléchargeable', async () => {
    const { agent } = await aSignedInActivator();
    expect((await agent.get(BADGE_PNG)).statusCode).toBe(200);
    const withdrawn = await agent.submit('/espace-activateurs/changement-de-situation', '/espace-activateurs/changement-de-situation', {
      situation: 'arret',
      confirmation: 'oui',
    });
    expect(withdrawn.statusCode).toBe(303);
    const page = await agent.get(BADGE);
    expect(textOf(page.body)).toContain('le badge ne peut plus être utilisé');
    expect(linksIn(page.body)).not.toContain(BADGE_SVG);
    expect(linksIn(page.body)).not.toContain(BADGE_PNG);
    expect(linksIn((await agent.get(SPACE)).body)).not.toContain(BADGE);
    expect((await agent.get(BADGE_SVG)).statusCode).toBe(403);
    expect((await agent.get(BADGE_PNG)).statusCode).toBe(403);
  });

  it('un compte qui n’est pas activateur est refusé (403), un visiteur est invité à se connecter', async () => {
    const business = await signedIn('entreprise');
    expect((await business.get(BADGE_SVG)).statusCode).toBe(403);
    const anonymous = await t.app.inject(BADGE_PNG);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/connexion/);
  });
});

describe('les statistiques de l’activateur', () => {
  it('les vues de la fiche publique sont comptées par mois, sans robots, et écrites par lots plutôt qu’à chaque vue', async () => {
    t.clock.set('2026-03-20T10:00:00Z');
    const { activator, user } = await aSignedInActivator();
    const profile = `/trouver-un-accompagnement/${activator.slug}`;
    for (let i = 0; i < 3; i++) expect((await t.app.inject({ url: profile, headers: visitor })).statusCode).toBe(200);
    await t.app.inject({ url: profile, headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    await t.app.inject({ url: '/trouver-un-accompagnement/personne-inconnue', headers: visitor });
    // Nothing written yet: the profile page costs no write.
    expect(await storedViews(activator.id, '2026-03')).toBe(0);

    t.clock.set('2026-04-02T10:00:00Z');
    await t.app.inject({ url: profile, headers: visitor });

    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const res = await agent.get(STATISTICS);
    expect(res.statusCode).toBe(200);
    const table = tableOf(res.body);
    expect(table.get('mars 2026')![0]).toBe('3');
    expect(table.get('avril 2026')![0]).toBe('1');
    expect(table.get('février 2026')![0]).toBe('0');
    expect(table.size).toBe(12);
    expect(res.body).toContain('<svg');
    expect(await storedViews(activator.id, '2026-03')).toBe(3);
  });

  it('les vues en attente sont écrites quand l’application s’arrête', async () => {
    t.clock.set('2026-05-10T10:00:00Z');
    const { activator } = await aSignedInActivator();
    const other = await buildApp({ config: t.config, database: t.database, clock: t.clock });
    await other.ready();
    for (let i = 0; i < 2; i++) await other.inject({ url: `/trouver-un-accompagnement/${activator.slug}`, headers: visitor });
    expect(await storedViews(activator.id, '2026-05')).toBe(0);
    await other.close();
    expect(await storedViews(activator.id, '2026-05')).toBe(2);
  });

  it('chacun ne voit que ses propres chiffres (ses propres visites ne comptent pas), et un autre compte que activateur est refusé (403)', async () => {
    t.clock.set('2026-06-10T10:00:00Z');
    const owner = await aSignedInActivator();
    const someoneElse = await aSignedInActivator();
    const profile = `/trouver-un-accompagnement/${owner.activator.slug}`;
    for (let i = 0; i < 4; i++) await t.app.inject({ url: profile, headers: visitor });
    // The owner looking at their own profile is not a visitor; another activator is.
    expect((await owner.agent.get(profile, visitor)).statusCode).toBe(200);
    expect((await someoneElse.agent.get(profile, visitor)).statusCode).toBe(200);
    expect(tableOf((await owner.agent.get(STATISTICS)).body).get('juin 2026')![0]).toBe('5');
    const theirs = await someoneElse.agent.get(STATISTICS);
    expect(theirs.statusCode).toBe(200);
    expect(tableOf(theirs.body).get('juin 2026')![0]).toBe('0');
    expect((await (await signedIn('entreprise')).get(STATISTICS)).statusCode).toBe(403);
    expect((await (await signedIn('operateur')).get(STATISTICS)).statusCode).not.toBe(200);
  });

  it('un dossier pas encore actif est renvoyé vers l’accueil de son espace avec un message', async () => {
    const { agent } = await aSignedInActivator({ status: 'brouillon' });
    const res = await agent.get(STATISTICS);
    expect(res.statusCode).toBe(303);
    expect(textOf((await agent.follow(res)).body)).toContain('disponibles une fois votre fiche active');
  });
});

describe('les chiffres des demandes de contact dans les statistiques', () => {
  const page = (statistics: Awaited<ReturnType<typeof getActivatorStatistics>>) =>
    textOf(renderDocument(h(StatisticsPage, { ctx: aPageContext(), statistics, hasPublicPage: true })));

  it('viennent du domaine des demandes : nombre par mois et délai médian de première réponse, pour l’activateur demandé sur les douze derniers mois', async () => {
    t.clock.set('2026-07-15T08:00:00Z');
    const { activator } = await aSignedInActivator();
    const asked: { activatorId: string; from: Date; to: Date }[] = [];
    const statistics = await getActivatorStatistics(
      {
        db: t.database.db,
        clock: t.clock,
        views: new ProfileViewCounter({ db: t.database.db, clock: t.clock }),
        contactStatistics: async (_db, activatorId, range) => {
          asked.push({ activatorId, ...range });
          return { perMonth: [{ month: '2026-06', count: 5 }, { month: '2026-07', count: 2 }], medianFirstAnswerHours: 26 };
        },
      },
      activator,
    );
    expect(asked).toEqual([{ activatorId: activator.id, from: new Date('2025-08-01T00:00:00Z'), to: new Date('2026-07-15T08:00:00Z') }]);
    expect(statistics.months.map((m) => m.requests)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2]);
    const text = page(statistics);
    expect(text).toContain('Demandes de contact par mois');
    expect(text).toContain('1 j 2 h');
    expect(text).toContain('juin 2026 0 5');
  });

  it('sans le domaine des demandes (ou s’il ne répond pas), la page dit que ces chiffres ne sont pas disponibles', async () => {
    const { activator } = await aSignedInActivator();
    const views = new ProfileViewCounter({ db: t.database.db, clock: t.clock });
    const without = await getActivatorStatistics({ db: t.database.db, clock: t.clock, views }, activator);
    expect(without.contacts.available).toBe(false);
    expect(page(without)).toContain('Les chiffres des demandes de contact ne sont pas disponibles');
    const failing = await getActivatorStatistics(
      { db: t.database.db, clock: t.clock, views, contactStatistics: () => Promise.reject(new Error('panne')) },
      activator,
    );
    expect(failing.contacts.available).toBe(false);
  });
});

function aPageContext(): PageContext {
  return {
    site: { name: 'Abeille', operatorName: 'Opérateur', stateBrand: true, accessibility: 'non' },
    path: STATISTICS,
    user: { displayName: 'Lina Espace', role: 'activateur' },
    csrfToken: 'jeton',
    flash: null,
    assets: { css: '/style.css', dsfrBase: '/dsfr' },
  };
}

describe('la commune d’un activateur inscrit par le formulaire', () => {
  it('est enregistrée avec sa fiche et montrée sur la fiche publique, dans l’annuaire et par l’API', async () => {
    const file = await anActiveFile(t, { firstName: 'Noé', lastName: 'Communal' });
    const row = await activatorOf(t, file.email);
    const commune = (await findCommuneByCode(t.database.db, row.communeCode!))!;
    expect(commune.postalCodes).toContain(row.postalCode);
    expect(row.communeName).toBe(commune.name);
    const place = `${commune.name} (${row.postalCode})`;
    expect(textOf((await t.app.inject(`/trouver-un-accompagnement/${row.slug}`)).body)).toContain(place);
    expect(textOf((await t.app.inject(`/trouver-un-accompagnement?lieu=${row.postalCode}&rayon=10&q=Communal`)).body)).toContain(place);
    const api = JSON.parse((await t.app.inject(`/api/v1/activateurs/${row.slug}`)).body);
    expect(JSON.stringify(api)).toContain(commune.name);
  });

  it('à une adresse propre, c’est la commune de cette adresse qui est enregistrée', async () => {
    const file = await anActiveFile(t, {
      firstName: 'Iris',
      lastName: 'Ailleurs',
      structure: { adresse_propre: 'oui', adresse_perso: '3 place du Marché', code_postal_perso: '69140', commune_perso: '' },
    });
    const row = await activatorOf(t, file.email);
    const commune = (await findCommuneByCode(t.database.db, row.communeCode!))!;
    expect(row.postalCode).toBe('69140');
    expect(row.communeName).toBe(commune.name);
    expect(textOf((await t.app.inject(`/trouver-un-accompagnement/${row.slug}`)).body)).toContain(`${commune.name} (69140)`);
  });
});

describe('les statistiques branchées sur les demandes de contact', () => {
  it('une demande envoyée par une entreprise compte dans le mois où elle arrive', async () => {
    t.clock.set('2026-08-12T09:00:00Z');
    const { agent, activator } = await aSignedInActivator();
    const visitor = aVisitor(t);
    const sent = await visitor.submit(`/contacter?activateurs=${activator.slug}`, '/contacter', { ...aBusinessForm(), activateurs: activator.slug });
    expect(sent.statusCode).toBe(303);
    t.clock.set('2026-08-12T10:00:00Z');
    const res = await agent.get(STATISTICS);
    expect(textOf(res.body)).not.toContain('ne sont pas disponibles');
    expect(tableOf(res.body).get('août 2026')).toEqual(['0', '1']);
    expect(tableOf(res.body).get('juillet 2026')).toEqual(['0', '0']);
  });
});
