import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS_DAILY_JOB, contactsJobHandlers } from '../../src/contacts/index.js';
import { jobs } from '../../src/db/schema.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { scheduleRecurringJobs } from '../../src/server/job-handlers.js';
import { DAY } from '../../src/server/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { anOperator } from '../activators/registration-support.js';
import { mailsTo, textOf } from '../accounts/support.js';
import { aBusinessForm, aSignedInActivator, aVisitor, eventsOf, requestsTo } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

const runDailyJob = () => contactsJobHandlers({ config: t.config, db: t.database.db, engine: t.database.engine, clock: t.clock })[CONTACTS_DAILY_JOB]!({}, { id: 0, kind: CONTACTS_DAILY_JOB, payload: {}, attempts: 1, maxAttempts: 3 });

async function aRequestTo(activator: { id: string; slug: string }, company: string) {
  const form = aBusinessForm({ entreprise: company });
  const res = await aVisitor(t).submit(`/contacter?activateurs=${activator.slug}`, '/contacter', { ...form, activateurs: activator.slug });
  if (res.statusCode !== 303) throw new Error(`demande refusée (${res.statusCode})`);
  return { request: (await requestsTo(t, activator.id)).find((r) => r.email === form.email)!, form };
}

describe('les demandes restées sans réponse', () => {
  it('une demande du jeudi avant Pâques : relance au 5e jour ouvré (lundi de Pâques exclu), une seule fois ; signalée aux opérateurs au 10e', async () => {
    t.clock.set('2026-04-02T08:00:00Z'); // Thursday; Monday 6 April is Easter Monday
    const me = await aSignedInActivator(t, 'Silencieux');
    const { request } = await aRequestTo(me, 'Garage des Pentes');

    t.clock.set('2026-04-09T09:00:00Z'); // 4 working days
    await runDailyJob();
    expect(await mailsTo(t, me.email, 'contact-relance')).toHaveLength(0);

    t.clock.set('2026-04-10T09:00:00Z'); // 5 working days
    await runDailyJob();
    await runDailyJob();
    const reminders = await mailsTo(t, me.email, 'contact-relance');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.textBody).toContain('Garage des Pentes');

    t.clock.set('2026-04-16T09:00:00Z'); // 9 working days
    await runDailyJob();
    expect(textOf((await (await anOperator(t)).agent.get('/operateur/demandes-en-attente')).body)).not.toContain('Garage des Pentes');

    t.clock.set('2026-04-17T09:00:00Z'); // 10 working days
    await runDailyJob();
    const operator = await anOperator(t);
    expect((await operator.agent.get('/mon-compte')).body).toContain('href="/operateur/demandes-en-attente"');
    const pending = await operator.agent.get('/operateur/demandes-en-attente');
    expect(pending.statusCode).toBe(200);
    expect(textOf(pending.body)).toContain('Garage des Pentes');
    expect(textOf(pending.body)).toContain('Claire Silencieux');
    expect((await eventsOf(t, request.id)).map((e) => e.kind)).toEqual(['demande', 'relance', 'signalement']);
    expect(await mailsTo(t, me.email, 'contact-relance')).toHaveLength(1);

    // Once answered, it leaves the operators' list.
    const path = `/espace-activateurs/demandes/${request.id}`;
    expect((await (await me.signIn()).submit(path, `${path}/reponse`, { reponse: 'Toutes mes excuses pour ce retard, je vous appelle.' })).statusCode).toBe(303);
    expect(textOf((await operator.agent.get('/operateur/demandes-en-attente')).body)).not.toContain('Garage des Pentes');
  });

  it('une demande à laquelle l’activateur a répondu n’est pas relancée', async () => {
    t.clock.set('2026-05-04T08:00:00Z');
    const me = await aSignedInActivator(t, 'Reactif');
    const { request } = await aRequestTo(me, 'Atelier Reactif');
    const path = `/espace-activateurs/demandes/${request.id}`;
    expect((await me.agent.submit(path, `${path}/reponse`, { reponse: 'Bonjour, parlons-en jeudi à 10 h.' })).statusCode).toBe(303);
    t.clock.advance(20 * DAY);
    await runDailyJob();
    expect(await mailsTo(t, me.email, 'contact-relance')).toHaveLength(0);
  });

  it('la liste des opérateurs est refusée à un activateur', async () => {
    const me = await aSignedInActivator(t, 'PasOperateur');
    expect((await me.agent.get('/operateur/demandes-en-attente')).statusCode).toBe(403);
  });

  it('trois ans après le dernier échange, les données de l’entreprise sont effacées ; pas avant', async () => {
    t.clock.set('2026-06-01T10:00:00Z');
    const me = await aSignedInActivator(t, 'Archive');
    const { request } = await aRequestTo(me, 'Ancienne Entreprise');
    const path = `/espace-activateurs/demandes/${request.id}`;
    t.clock.set('2026-06-03T10:00:00Z');
    expect((await me.agent.submit(path, `${path}/reponse`, { reponse: 'Réponse donnée deux jours plus tard.' })).statusCode).toBe(303);

    t.clock.set('2029-06-02T10:00:00Z'); // three years after the request, not after the last exchange
    await runDailyJob();
    expect((await requestsTo(t, me.id))[0]!.company).toBe('Ancienne Entreprise');

    t.clock.set('2029-06-04T10:00:00Z');
    await runDailyJob();
    const [gone] = await requestsTo(t, me.id);
    expect(gone).toMatchObject({ name: '', company: '', email: '', phone: '', need: '', siret: null, status: 'prise_en_charge' });
    expect(gone!.anonymisedAt).not.toBeNull();
    expect((await eventsOf(t, request.id)).every((e) => e.body === '')).toBe(true);
    const page = await (await me.signIn()).get(path);
    expect(textOf(page.body)).toContain('ont été effacées');
  });

  it('la tâche quotidienne des demandes est programmée une fois par jour', async () => {
    t.clock.set('2026-07-01T03:00:00Z');
    await scheduleRecurringJobs({ db: t.database.db, clock: t.clock });
    await scheduleRecurringJobs({ db: t.database.db, clock: t.clock });
    const scheduled = await t.database.db.select().from(jobs).where(eq(jobs.kind, CONTACTS_DAILY_JOB));
    expect(scheduled.filter((j) => j.uniqueKey === `${CONTACTS_DAILY_JOB}:2026-07-01`)).toHaveLength(1);
  });
});
