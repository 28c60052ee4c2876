import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { assessmentConsents, assessments } from '../../src/diagnostic/schema.js';
import { runDueJobs } from '../../src/jobs/index.js';
import { DAY } from '../../src/server/clock.js';
import { jobHandlers, scheduleRecurringJobs } from '../../src/server/job-handlers.js';
import { aUser } from '../accounts/support.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { answerAll, resultUrl, seededRandom, start, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ctx = () => ({ config: t.config, db: t.database.db, engine: t.database.engine, clock: t.clock });

/** One day of the real schedule: the day's jobs are queued (by any process, once) and run. */
async function aDayPasses(days = 1) {
  t.clock.advance(days * DAY);
  await scheduleRecurringJobs(ctx());
  await runDueJobs({ db: t.database.db, clock: t.clock, handlers: jobHandlers(ctx(), { send: async () => {} } as never) });
}

const rowOf = async (token: string) => (await t.database.db.select().from(assessments).where(eq(assessments.token, token)))[0]!;
const completedOnOpenData = async () =>
  ((await t.app.inject('/donnees-ouvertes/niveaux-moyens-par-theme.json')).json() as { lignes: { theme: string; entreprisesConcernees: number | null }[] }).lignes.find(
    (l) => l.theme === 'visibilite',
  )!.entreprisesConcernees;

describe('la conservation des autodiagnostics faits sans compte', () => {
  it('deux ans après, le résultat est anonymisé (code postal réduit au département, réponses et coordonnées effacées) mais compte toujours', async () => {
    // Enough generated results for the open data to publish its counts, all taken a few days ago.
    await seedAssessments(t.database.db, { count: 20, rng: seededRandom(21), now: t.clock.now(), consentShare: 0 });
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token, 'worst');
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {
      consentement: 'oui',
      contactNom: 'Nadia Benali',
      contactEmail: 'nadia@exemple.fr',
      contactTelephone: '',
    });
    const before = await rowOf(token);
    expect(before.postalCode).toBe('69003');
    expect(Object.keys(before.answers).length).toBeGreaterThan(0);
    const countedBefore = await completedOnOpenData();

    // A year and 364 days later: nothing changes yet.
    await aDayPasses(729);
    expect((await rowOf(token)).anonymisedAt).toBeNull();

    await aDayPasses(2);
    const after = await rowOf(token);
    expect(after.anonymisedAt).not.toBeNull();
    expect(after.postalCode).toBeNull();
    expect(after.departmentCode).toBe('69');
    expect(after.answers).toEqual({});
    expect(after.themeScores).toEqual(before.themeScores);
    expect(after.overallScore).toBe(before.overallScore);
    expect(after.sector).toBe(before.sector);
    const [consent] = await t.database.db.select().from(assessmentConsents).where(eq(assessmentConsents.assessmentId, after.id));
    expect(consent).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });
    expect(consent!.wordingVersion).toBe('contact-activateur-v1');

    // Still counted, and the private link still shows the levels.
    expect(await completedOnOpenData()).toBe(countedBefore);
    const page = await agent.get(resultUrl(token));
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Votre niveau global');
  });

  it('un résultat enregistré dans un compte n’est pas anonymisé', async () => {
    const owner = await aUser(t, { role: 'entreprise' });
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token, 'best');
    await t.database.db.update(assessments).set({ userId: owner.id }).where(eq(assessments.token, token));
    await aDayPasses(800);
    const row = await rowOf(token);
    expect(row.anonymisedAt).toBeNull();
    expect(row.postalCode).toBe('69003');
    expect(Object.keys(row.answers).length).toBeGreaterThan(0);
  });

  it('la tâche quotidienne ne repasse pas sur un résultat déjà anonymisé', async () => {
    await aDayPasses(1);
    const anonymised = await t.database.db.select({ at: assessments.anonymisedAt }).from(assessments).where(isNull(assessments.userId));
    const dates = anonymised.map((r) => r.at?.toISOString());
    await aDayPasses(1);
    const again = await t.database.db.select({ at: assessments.anonymisedAt }).from(assessments).where(isNull(assessments.userId));
    expect(again.map((r) => r.at?.toISOString()).sort()).toEqual(dates.sort());
  });
});
