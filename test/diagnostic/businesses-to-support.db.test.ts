import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activators } from '../../src/activators/schema.js';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { CURRENT_QUESTIONNAIRE } from '../../src/diagnostic/questionnaire/index.js';
import { assessmentConsents, assessmentContacts, assessments } from '../../src/diagnostic/schema.js';
import { weakestThemes, type ThemeScores } from '../../src/diagnostic/scoring.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { THEMES } from '../../src/themes/index.js';
import { aUser, logIn } from '../accounts/support.js';
import { anActivator } from '../activators/builders.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { PROFILE_FORM, THEME_STEPS, postStep, resultUrl, seededRandom, start, textOf, themeForm } from './support.js';

const PATH = '/espace-activateurs/entreprises-a-accompagner';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69', '42', '13', '33', '35', '29', '44', '31'] });
});
afterAll(() => t.close());

/** Completed results in one place, seeded (generated answers), all consenting or none. */
async function seedIn(postalCode: string, departmentCode: string, regionCode: string, count: number, consenting: boolean, seed: number) {
  await seedAssessments(t.database.db, {
    count,
    rng: seededRandom(seed),
    communes: [{ postalCode, departmentCode, regionCode }],
    consentShare: consenting ? 1 : 0,
    now: t.clock.now(),
  });
}

/** A signed-in activator with an active file in the commune of `postalCode` (and the departments it serves). */
async function anActivatorUser(postalCode: string, serving: string[] = [], status: 'active' | 'en_attente' = 'active') {
  const builder = anActivator().in(postalCode).withStatus(status);
  const activator = await (serving.length ? builder.serving(...serving) : builder).insert(t.database.db);
  const user = await aUser(t, { role: 'activateur' });
  await t.database.db.update(activators).set({ userId: user.id }).where(eq(activators.id, activator.id));
  const agent = new Agent(t.app);
  await logIn(agent, user.email, user.password);
  return { agent, activator };
}

/** A business taking the assessment in `postalCode`, then agreeing to be contacted with its details. */
async function aConsentingBusiness(postalCode: string, contact: { contactNom: string; contactEmail: string; contactTelephone: string }) {
  const agent = new Agent(t.app);
  const token = await start(agent);
  await postStep(agent, token, 1, { ...PROFILE_FORM, codePostal: postalCode });
  for (const step of THEME_STEPS) await postStep(agent, token, step.number, themeForm(step.block, 'worst'));
  const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...contact });
  expect(res.statusCode).toBe(303);
  const [row] = await t.database.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.token, token));
  return { agent, token, id: row!.id };
}

/** The "Je prends contact" buttons: one form per business listed. */
const buttons = (html: string) => (html.match(/action="\/espace-activateurs\/entreprises-a-accompagner\/[0-9a-f-]+\/contact"/g) ?? []).length;
const totalOn = (html: string) => Number(textOf(html).match(/(\d+) entreprises? /)?.[1] ?? 0);

describe('les entreprises à accompagner, dans l’espace activateurs', () => {
  it('ne montre que les entreprises qui ont donné leur accord, dans le département de l’activateur', async () => {
    await seedIn('13001', '13', '93', 6, true, 1);
    await seedIn('13001', '13', '93', 4, false, 2);
    await seedIn('42000', '42', '84', 3, true, 3);
    const { agent } = await anActivatorUser('13001');
    const page = await agent.get(PATH);
    expect(page.statusCode).toBe(200);
    expect(totalOn(page.body)).toBe(6);
    expect(buttons(page.body)).toBe(6);
    expect(textOf(page.body)).toContain('Bouches-du-Rhône');
  });

  it('compte aussi les départements du territoire que l’activateur déclare servir', async () => {
    await seedIn('31000', '31', '76', 2, true, 4);
    await seedIn('44000', '44', '52', 3, true, 5);
    const { agent } = await anActivatorUser('31000', ['31', '44']);
    const page = await agent.get(PATH);
    expect(totalOn(page.body)).toBe(5);
  });

  it('montre les thèmes faibles, la taille, le secteur, le lieu et la date, jamais les réponses', async () => {
    await seedIn('35000', '35', '53', 1, true, 6);
    const [row] = await t.database.db.select().from(assessments).where(eq(assessments.departmentCode, '35'));
    const { agent } = await anActivatorUser('35000');
    const text = textOf((await agent.get(PATH)).body);
    const weak = weakestThemes(CURRENT_QUESTIONNAIRE, row!.themeScores as ThemeScores);
    expect(weak.length).toBeGreaterThan(0);
    for (const theme of weak) expect(text).toContain(THEMES.find((x) => x.slug === theme)!.label);
    expect(text).toContain('Secteur du code postal 35000');
    for (const block of CURRENT_QUESTIONNAIRE.themes) {
      for (const question of block.questions) expect(text).not.toContain(question.label);
    }
  });

  it('« Je prends contact » montre les coordonnées données par l’entreprise, enregistre qui et quand, et les autres voient « déjà contacté »', async () => {
    const business = await aConsentingBusiness('33000', { contactNom: 'Inès Moreau', contactEmail: 'ines@atelier.example.fr', contactTelephone: '05 56 00 00 00' });
    const first = await anActivatorUser('33000');
    const other = await anActivatorUser('33000');
    let page = await first.agent.get(PATH);
    expect(textOf(page.body)).not.toContain('ines@atelier.example.fr');
    expect(textOf(page.body)).not.toContain('Déjà contacté par un activateur');

    const res = await first.agent.submit(PATH, `${PATH}/${business.id}/contact`, {});
    expect(res.statusCode).toBe(303);
    const logged = await t.database.db.select().from(assessmentContacts).where(eq(assessmentContacts.assessmentId, business.id));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ activatorId: first.activator.id });
    expect(logged[0]!.contactedAt.toISOString()).toBe(t.clock.now().toISOString());
    page = await first.agent.follow(res);
    const text = textOf(page.body);
    expect(text).toContain('Inès Moreau');
    expect(text).toContain('ines@atelier.example.fr');
    expect(text).toContain('0556000000');
    expect(text).toContain('votre prise de contact est enregistrée');

    const seenByOther = textOf((await other.agent.get(PATH)).body);
    expect(seenByOther).toContain('Déjà contacté par un activateur');
    expect(seenByOther).not.toContain('ines@atelier.example.fr');
    expect(seenByOther).not.toContain('Inès Moreau');
  });

  it('une entreprise qui retire son accord disparaît aussitôt de la liste et ne peut plus être contactée', async () => {
    const business = await aConsentingBusiness('29200', { contactNom: 'Loïc Le Gall', contactEmail: 'loic@example.fr', contactTelephone: '' });
    const { agent } = await anActivatorUser('29200');
    expect(buttons((await agent.get(PATH)).body)).toBe(1);

    await business.agent.submit(resultUrl(business.token), `${resultUrl(business.token)}/consentement/retrait`, {});
    const page = await agent.get(PATH);
    expect(buttons(page.body)).toBe(0);
    expect(textOf(page.body)).toContain('Aucune entreprise à accompagner');

    const res = await agent.submit(PATH, `${PATH}/${business.id}/contact`, {});
    expect(textOf((await agent.follow(res)).body)).toContain('elle a peut-être retiré son accord');
    expect(await t.database.db.select().from(assessmentContacts).where(eq(assessmentContacts.assessmentId, business.id))).toHaveLength(0);
  });

  it('un activateur d’un autre département ne peut pas contacter l’entreprise', async () => {
    const business = await aConsentingBusiness('69003', { contactNom: 'Paul Girard', contactEmail: 'paul@example.fr', contactTelephone: '' });
    const { agent } = await anActivatorUser('13001');
    const res = await agent.submit(PATH, `${PATH}/${business.id}/contact`, {});
    expect(res.statusCode).toBe(303);
    expect(await t.database.db.select().from(assessmentContacts).where(eq(assessmentContacts.assessmentId, business.id))).toHaveLength(0);
  });

  it('le filtre par thème ne garde que les entreprises dont ce thème est parmi les plus faibles, page par page', async () => {
    await seedIn('69003', '69', '84', 45, true, 7);
    const rows = await t.database.db
      .select({ themeScores: assessments.themeScores, id: assessments.id })
      .from(assessments)
      .innerJoin(assessmentConsents, eq(assessmentConsents.assessmentId, assessments.id))
      .where(eq(assessments.departmentCode, '69'));
    const { agent } = await anActivatorUser('69003');
    const all = await agent.get(PATH);
    expect(totalOn(all.body)).toBe(rows.length);
    expect(buttons(all.body)).toBe(20);
    const lastPage = await agent.get(`${PATH}?page=${Math.ceil(rows.length / 20)}`);
    expect(buttons(lastPage.body)).toBe(rows.length % 20 || 20);

    for (const theme of ['visibilite', 'donnees-securite'] as const) {
      const expected = rows.filter((r) => weakestThemes(CURRENT_QUESTIONNAIRE, r.themeScores as ThemeScores).includes(theme)).length;
      const filtered = await agent.get(`${PATH}?theme=${theme}`);
      expect(filtered.statusCode).toBe(200);
      if (expected === 0) expect(textOf(filtered.body)).toContain('Aucune entreprise');
      else expect(totalOn(filtered.body), theme).toBe(expected);
    }
  });

  it('réservé aux activateurs dont la fiche est active', async () => {
    const owner = await aUser(t, { role: 'entreprise' });
    const agent = new Agent(t.app);
    await logIn(agent, owner.email, owner.password);
    expect((await agent.get(PATH)).statusCode).toBe(403);
    const pending = await anActivatorUser('69003', [], 'en_attente');
    const page = await pending.agent.get(PATH);
    expect(textOf(page.body)).toContain('Votre fiche doit être active');
    expect(buttons(page.body)).toBe(0);
    expect((await new Agent(t.app).get(PATH)).statusCode).toBe(303);
  });
});

