import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activators } from '../../src/activators/schema.js';
import { assessmentFollowUps, assessments } from '../../src/diagnostic/schema.js';
import { weakestThemes, type ThemeScores } from '../../src/diagnostic/scoring.js';
import { distanceKm, findCommunesByPostalCode, loadGeographyForTests } from '../../src/geo/index.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn } from '../accounts/support.js';
import { anActivator } from '../activators/builders.js';
import { answerAll, Q, resultUrl, start, stepUrl, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69', '38', '13'] });
});
afterAll(() => t.close());

const rowOf = async (token: string) => (await t.database.db.select().from(assessments).where(eq(assessments.token, token)))[0]!;

/** The weak themes every 'worst' result has (the same answers give the same scores). */
async function weakThemesOfAWorstResult(): Promise<{ token: string; agent: Agent; weak: string[] }> {
  const agent = new Agent(t.app);
  const token = await start(agent);
  await answerAll(agent, token, 'worst');
  const row = await rowOf(token);
  return { token, agent, weak: weakestThemes(Q, row.themeScores as ThemeScores) };
}

/** The activators' profile links of the "near you" section, in page order. */
function nearbyLinks(html: string): string[] {
  const start = html.indexOf('id="activateurs-proches"');
  if (start === -1) return [];
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/href="(\/trouver-un-accompagnement\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('les activateurs les plus proches pour les thèmes faibles', () => {
  it('la page du résultat montre les trois plus proches qui accompagnent un thème faible, du plus proche au plus loin, avec un lien pour les contacter', async () => {
    const { token, agent, weak } = await weakThemesOfAWorstResult();
    const other = Q.themes.map((b) => b.theme).find((theme) => !weak.includes(theme))!;
    const lyon1 = await anActivator().in('69001').withThemes(weak[0]!).insert(t.database.db);
    const villeurbanne = await anActivator().ofKind('championne').in('69100').withThemes(other, weak[1]!).insert(t.database.db);
    const grenoble = await anActivator().in('38000').withThemes(weak[2]!).insert(t.database.db);
    await anActivator().in('13001').withThemes(weak[0]!).insert(t.database.db); // farther than the three
    await anActivator().in('69003').withThemes(other).insert(t.database.db); // nearest, but not on a weak theme
    await anActivator().ofKind('offreur_solutions').in('69003').withThemes(weak[0]!).insert(t.database.db); // not contactable
    await anActivator().withStatus('en_attente').in('69003').withThemes(weak[0]!).insert(t.database.db); // not public

    const page = await agent.get(resultUrl(token));
    const { id } = await rowOf(token);
    const links = nearbyLinks(page.body);
    expect(links).toEqual(
      [lyon1, villeurbanne, grenoble].map((a) => `/trouver-un-accompagnement/${a.slug}?diagnostic=${id}#contacter`),
    );
    // The distance is shown, from the business's postal code to the activator's commune.
    const [lyon3] = await findCommunesByPostalCode(t.database.db, '69003');
    const km = Math.round(distanceKm(lyon3!, grenoble.commune));
    expect(textOf(page.body)).toContain(`à ${km} km de chez vous`);
  });

  it('une fiche retirée disparaît aussitôt des activateurs proches, et une nouvelle fiche plus proche y paraît', async () => {
    const { token, agent, weak } = await weakThemesOfAWorstResult();
    const near = await anActivator().in('69002').named('Nina', 'Retrait').withThemes(weak[0]!).insert(t.database.db);
    const before = nearbyLinks((await agent.get(resultUrl(token))).body);
    expect(before.some((link) => link.startsWith(`/trouver-un-accompagnement/${near.slug}?`))).toBe(true);

    await t.database.db.update(activators).set({ status: 'retiree' }).where(eq(activators.id, near.id));
    const nearest = await anActivator().in('69003').named('Noé', 'Nouveau').withThemes(weak[1]!).insert(t.database.db);
    const after = nearbyLinks((await agent.get(resultUrl(token))).body);
    expect(after.some((link) => link.startsWith(`/trouver-un-accompagnement/${near.slug}?`))).toBe(false);
    expect(after[0]).toMatch(new RegExp(`^/trouver-un-accompagnement/${nearest.slug}\\?`));
  });

  it('sans activateur qui convienne, la page reste complète et n’en parle pas', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token, 'best');
    const page = await agent.get(resultUrl(token));
    expect(page.statusCode).toBe(200);
    expect(nearbyLinks(page.body)).toEqual([]);
    expect(textOf(page.body)).toContain('Votre niveau par thème');
  });
});

async function activatorAccount() {
  const user = await aUser(t, { role: 'activateur', firstName: 'Paul', lastName: 'Conseil' });
  const built = await anActivator().named('Paul', 'Conseil').in('69002').insert(t.database.db);
  await t.database.db.update(activators).set({ userId: user.id }).where(eq(activators.id, built.id));
  const agent = new Agent(t.app);
  await logIn(agent, user.email, user.password);
  return { user, agent, built };
}

describe('le suivi par un activateur', () => {
  it('l’autodiagnostic fait avec un activateur, avec l’accord du dirigeant, se suit depuis l’espace de cet activateur seulement', async () => {
    const paul = await activatorAccount();
    expect((await paul.agent.get('/espace-activateurs')).body).toContain('href="/espace-activateurs/suivis"');
    const started = await paul.agent.submit('/espace-activateurs/suivis', '/espace-activateurs/suivis/autodiagnostic', {});
    expect(started.statusCode).toBe(303);
    const token = String(started.headers.location).match(/^\/autodiagnostic\/([A-Za-z0-9_-]{32})\/entreprise$/)![1]!;
    expect(started.headers.location).toBe(stepUrl(token, 1));
    await answerAll(paul.agent, token, 'worst');
    expect((await rowOf(token)).activatorId).toBe(paul.built.id);
    expect(textOf((await paul.agent.get(resultUrl(token))).body)).toContain('Transmettez ce lien au dirigeant de l’entreprise');

    // The owner saves the result in their account: the agreement box names the activator, unticked.
    const owner = await aUser(t, { firstName: 'Inès', lastName: 'Boulangerie' });
    const agent = new Agent(t.app);
    await logIn(agent, owner.email, owner.password);
    expect(textOf((await agent.get(resultUrl(token))).body)).not.toContain('Suivre vos progrès avec');
    await agent.submit(resultUrl(token), `${resultUrl(token)}/enregistrer`, {});
    const page = await agent.get(resultUrl(token));
    expect(textOf(page.body)).toContain('J’accepte que Paul Conseil voie mes résultats successifs');
    expect(page.body).not.toMatch(/name="suivi"[^>]*checked/);

    // Not ticked: nothing recorded, nothing shown to the activator.
    await agent.submit(resultUrl(token), `${resultUrl(token)}/suivi`, {});
    expect(await t.database.db.select().from(assessmentFollowUps).where(eq(assessmentFollowUps.ownerUserId, owner.id))).toHaveLength(0);
    expect(textOf((await paul.agent.get('/espace-activateurs/suivis')).body)).not.toContain('Inès Boulangerie');

    // Ticked: the activator sees the business and its results.
    const agreed = await agent.submit(resultUrl(token), `${resultUrl(token)}/suivi`, { suivi: 'oui' });
    expect(agreed.statusCode).toBe(303);
    const [followUp] = await t.database.db.select().from(assessmentFollowUps).where(eq(assessmentFollowUps.ownerUserId, owner.id));
    expect(followUp).toMatchObject({ activatorId: paul.built.id, withdrawnAt: null });
    const list = await paul.agent.get('/espace-activateurs/suivis');
    expect(list.body).toContain(`href="/espace-activateurs/suivis/${followUp!.id}"`);
    const results = await paul.agent.get(`/espace-activateurs/suivis/${followUp!.id}`);
    expect(results.statusCode).toBe(200);
    expect(textOf(results.body)).toContain(`${(await rowOf(token)).overallScore}/100`);
    expect(results.body).toContain('<svg');

    // Another activator is refused.
    const other = await activatorAccount();
    expect((await other.agent.get(`/espace-activateurs/suivis/${followUp!.id}`)).statusCode).toBe(403);
    // A business owner is refused too.
    expect((await agent.get(`/espace-activateurs/suivis/${followUp!.id}`)).statusCode).toBe(403);

    // The owner stops the follow-up from Mon espace: the activator sees nothing any more.
    const stopped = await agent.submit('/mon-espace', `/mon-espace/suivis/${followUp!.id}/arret`, {});
    expect(stopped.statusCode).toBe(303);
    expect((await paul.agent.get(`/espace-activateurs/suivis/${followUp!.id}`)).statusCode).toBe(404);
    expect(textOf((await paul.agent.get('/espace-activateurs/suivis')).body)).not.toContain('Inès Boulangerie');
  });

  it('seul le compte où le résultat est enregistré peut donner l’accord', async () => {
    const paul = await activatorAccount();
    const started = await paul.agent.submit('/espace-activateurs/suivis', '/espace-activateurs/suivis/autodiagnostic', {});
    const token = String(started.headers.location).match(/^\/autodiagnostic\/([A-Za-z0-9_-]{32})\//)![1]!;
    await answerAll(paul.agent, token, 'worst');
    const stranger = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, stranger.email, stranger.password);
    // Not saved in the stranger's account (another account has it): the agreement is refused.
    const owner = await aUser(t);
    await t.database.db.update(assessments).set({ userId: owner.id }).where(eq(assessments.token, token));
    expect((await agent.submit(resultUrl(token), `${resultUrl(token)}/suivi`, { suivi: 'oui' })).statusCode).toBe(403);
    expect(await t.database.db.select().from(assessmentFollowUps).where(eq(assessmentFollowUps.activatorId, paul.built.id))).toHaveLength(0);
  });
});
