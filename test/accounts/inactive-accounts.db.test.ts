import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INACTIVE_ACCOUNTS_JOB } from '../../src/accounts/index.js';
import { users } from '../../src/db/schema.js';
import { runDueJobs } from '../../src/jobs/index.js';
import { DAY } from '../../src/server/clock.js';
import { jobHandlers, scheduleRecurringJobs } from '../../src/server/job-handlers.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, logIn, mailsTo } from './support.js';

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
  await scheduleRecurringJobs(ctx());
  await runDueJobs({ db: t.database.db, clock: t.clock, handlers: jobHandlers(ctx(), { send: async () => {} } as never) });
}

async function exists(id: string) {
  return (await t.database.db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;
}

const TWO_YEARS = 731 * DAY;

describe('comptes inutilisés pendant deux ans', () => {
  it('un seul avertissement par courriel, puis la suppression 30 jours plus tard', async () => {
    t.clock.set('2026-01-15T09:00:00Z');
    const user = await aUser(t);
    await logIn(new Agent(t.app), user.email, user.password);
    await aDayPasses(365);
    const recent = await aUser(t);

    // A day short of two years: nothing yet.
    await aDayPasses(364);
    expect(await mailsTo(t, user.email, 'avertissement-inactivite')).toHaveLength(0);

    await aDayPasses(2);
    const warnings = await mailsTo(t, user.email, 'avertissement-inactivite');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.textBody).toContain('sera supprimé le 15 février 2028');
    expect(warnings[0]!.textBody).toContain('/connexion');

    // The job runs every day (and twice the same day): still one warning, account kept for 30 days.
    for (let i = 0; i < 29; i++) await aDayPasses();
    await runDueJobs({ db: t.database.db, clock: t.clock, handlers: jobHandlers(ctx(), { send: async () => {} } as never) });
    expect(await mailsTo(t, user.email, 'avertissement-inactivite')).toHaveLength(1);
    expect(await exists(user.id)).toBe(true);

    await aDayPasses();
    expect(await exists(user.id)).toBe(false);
    expect(await mailsTo(t, user.email, 'compte-supprime')).toHaveLength(1);
    // Created a year later, it is not yet two years old: kept, never warned.
    expect(await exists(recent.id)).toBe(true);
    expect(await mailsTo(t, recent.email)).toHaveLength(0);
  });

  it('se connecter après l’avertissement annule la suppression', async () => {
    const user = await aUser(t);
    await aDayPasses(731);
    expect(await mailsTo(t, user.email, 'avertissement-inactivite')).toHaveLength(1);

    await aDayPasses(10);
    const res = await logIn(new Agent(t.app), user.email, user.password);
    expect(res.headers.location).toBe('/mon-espace');

    await aDayPasses(40);
    expect(await exists(user.id)).toBe(true);
    expect(await mailsTo(t, user.email, 'compte-supprime')).toHaveLength(0);
    expect((await t.database.db.select().from(users).where(eq(users.id, user.id)))[0]!.inactivityWarnedAt).toBeNull();

    // Two more unused years: warned again (once), as anyone else.
    await aDayPasses(TWO_YEARS / DAY - 40);
    expect(await mailsTo(t, user.email, 'avertissement-inactivite')).toHaveLength(2);
  });

  it('le dernier opérateur actif n’est jamais supprimé, même inutilisé', async () => {
    await t.database.db.update(users).set({ disabledAt: t.clock.now() }).where(eq(users.role, 'operateur'));
    const operator = await aUser(t, { role: 'operateur', password: 'une ruche bien gardée' });
    await aDayPasses(731 + 31);
    expect(await mailsTo(t, operator.email, 'avertissement-inactivite')).toHaveLength(1);
    expect(await exists(operator.id)).toBe(true);
  });
});
