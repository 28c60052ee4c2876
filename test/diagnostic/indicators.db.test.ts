import { and, eq, gte, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { assessmentConsents, assessments } from '../../src/diagnostic/schema.js';
import { contactRequests } from '../../src/contacts/schema.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { DAY, HOUR } from '../../src/server/clock.js';
import { anActivator } from '../activators/builders.js';
import { aUser, logIn } from '../accounts/support.js';
import { anOperator } from '../activators/registration-support.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { seededRandom, start, textOf } from './support.js';

const PATH = '/operateur/indicateurs';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const now = t.clock.now();
  // Auvergne-Rhône-Alpes (84): 40 results, all consenting; Provence-Alpes-Côte d'Azur (93): 25, none consenting.
  await seedAssessments(t.database.db, { count: 40, rng: seededRandom(11), communes: [{ postalCode: '69003', departmentCode: '69', regionCode: '84' }], consentShare: 1, now });
  await seedAssessments(t.database.db, { count: 25, rng: seededRandom(12), communes: [{ postalCode: '13001', departmentCode: '13', regionCode: '93' }], consentShare: 0, now });
  // Two assessments started and never finished.
  await start(new Agent(t.app));
  await start(new Agent(t.app));
});
afterAll(() => t.close());

/** The value next to a label in the summary table. */
function summary(html: string, label: string): string {
  const text = textOf(html);
  const at = text.indexOf(label);
  expect(at, `« ${label} » absent`).toBeGreaterThan(-1);
  return text.slice(at + label.length).trim().split(' ')[0]!;
}

async function completedCount(filter: { regionCode?: string; since?: Date } = {}) {
  const rows = await t.database.db
    .select({ id: assessments.id, themeScores: assessments.themeScores, consent: assessmentConsents.id })
    .from(assessments)
    .leftJoin(assessmentConsents, and(eq(assessmentConsents.assessmentId, assessments.id), isNull(assessmentConsents.withdrawnAt)))
    .where(
      and(
        eq(assessments.status, 'termine'),
        filter.regionCode ? eq(assessments.regionCode, filter.regionCode) : undefined,
        filter.since ? gte(assessments.completedAt, filter.since) : undefined,
      ),
    );
  return rows;
}

const decimal = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(Math.round(n * 10) / 10);

describe('les indicateurs de l’autodiagnostic', () => {
  it('un opérateur voit tout : commencés, terminés, part d’accord, niveaux moyens par thème, par région', async () => {
    const { agent } = await anOperator(t);
    const page = await agent.get(`${PATH}?periode=tout`);
    expect(page.statusCode).toBe(200);
    const all = await completedCount();
    expect(summary(page.body, 'Autodiagnostics commencés')).toBe(String(all.length + 2));
    expect(summary(page.body, 'Autodiagnostics terminés')).toBe(String(all.length));
    const consenting = all.filter((r) => r.consent).length;
    expect(summary(page.body, 'Part des entreprises d’accord pour être contactées')).toBe(decimal((100 * consenting) / all.length));
    const scores = all.map((r) => r.themeScores!.visibilite).filter((s): s is number => typeof s === 'number');
    const text = textOf(page.body);
    expect(text).toContain(`Visibilité en ligne ${decimal(scores.reduce((a, b) => a + b, 0) / scores.length)}`);
    expect(text).toContain('Auvergne-Rhône-Alpes');
    expect(text).toMatch(/Provence-Alpes-Côte d.Azur/);
  });

  it('la période des 12 derniers mois ne compte que les autodiagnostics de l’année écoulée, le filtre de région une seule région', async () => {
    const { agent } = await anOperator(t);
    const since = new Date(t.clock.now().getTime() - 365 * DAY);
    const page = await agent.get(`${PATH}?periode=12-mois`);
    expect(summary(page.body, 'Autodiagnostics terminés')).toBe(String((await completedCount({ since })).length));
    const region = await agent.get(`${PATH}?periode=tout&region=93`);
    expect(summary(region.body, 'Autodiagnostics terminés')).toBe('25');
    expect(summary(region.body, 'Part des entreprises d’accord pour être contactées')).toBe('0');
  });

  it('un partenaire régional ne voit que sa région, même s’il en demande une autre, sans filtre de région', async () => {
    const partner = await aUser(t, { role: 'partenaire', regionCode: '84' });
    const agent = new Agent(t.app);
    await logIn(agent, partner.email, partner.password);
    for (const url of [`${PATH}?periode=tout`, `${PATH}?periode=tout&region=93`]) {
      const page = await agent.get(url);
      expect(page.statusCode).toBe(200);
      expect(summary(page.body, 'Autodiagnostics terminés')).toBe('40');
      expect(summary(page.body, 'Part des entreprises d’accord pour être contactées')).toBe('100');
      expect(textOf(page.body)).toContain('lecture seule');
      expect(textOf(page.body)).not.toMatch(/Provence-Alpes-Côte d.Azur/);
      expect(page.body).not.toContain('name="region"');
    }
  });

  it('la part des entreprises qui ont ensuite contacté un activateur vient des demandes de contact faites depuis leur résultat', async () => {
    await loadGeographyForTests(t.database.db, { departments: ['13'] });
    const activator = await anActivator().in('13001').insert(t.database.db);
    const region93 = await t.database.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.regionCode, '93')).limit(5);
    const at = t.clock.now();
    // Five businesses wrote to the activator from their result (one of them twice): 5 of 25.
    for (const [i, { id }] of [...region93, region93[0]!].entries()) {
      await t.database.db.insert(contactRequests).values({
        batchId: crypto.randomUUID(),
        activatorId: activator.id,
        status: 'nouvelle',
        name: `Entreprise ${i}`,
        company: `Société ${i}`,
        email: `entreprise${i}@exemple.fr`,
        phone: '',
        need: 'Un site pour prendre des réservations.',
        theme: 'visibilite',
        consentVersion: 'v1',
        consentedAt: at,
        assessmentId: id,
        createdAt: at,
        lastExchangeAt: at,
      });
    }
    t.clock.advance(HOUR); // past the ten minutes the figures are kept
    const { agent } = await anOperator(t);
    const page = await agent.get(`${PATH}?periode=tout&region=93`);
    expect(summary(page.body, 'Part des entreprises ayant ensuite contacté un activateur')).toBe('20');
  });

  it('refusé aux entreprises et aux activateurs (403), un visiteur est envoyé vers la connexion', async () => {
    for (const role of ['entreprise', 'activateur'] as const) {
      const user = await aUser(t, { role });
      const agent = new Agent(t.app);
      await logIn(agent, user.email, user.password);
      expect((await agent.get(PATH)).statusCode, role).toBe(403);
    }
    const visitor = await new Agent(t.app).get(PATH);
    expect(visitor.statusCode).toBe(303);
    expect(String(visitor.headers.location)).toContain('/connexion');
  });
});
