import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { FixedClock, HOUR } from '../server/clock.js';
import { claimNextJob, enqueueJob } from './queue.js';
import { jobs } from './schema.js';
import { runDueJobs } from './worker.js';

let database: TestDatabase;
let clock: FixedClock;
beforeEach(async () => {
  database = await createTestDatabase();
  clock = new FixedClock('2026-03-02T08:00:00Z');
});
afterEach(() => database.close());

describe('les tâches de fond', () => {
  it('deux processus qui cherchent du travail en même temps ne prennent jamais la même tâche', async () => {
    for (let i = 0; i < 20; i++) await enqueueJob(database.db, { kind: 'k', payload: { i }, runAt: clock.now() }, clock.now());
    const claims = await Promise.all(
      Array.from({ length: 40 }, (_, n) => claimNextJob(database.db, `worker-${n % 2}`, clock.now())),
    );
    const ids = claims.filter((c) => c !== null).map((c) => c!.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('une tâche n’est pas lancée avant son heure', async () => {
    await enqueueJob(database.db, { kind: 'k', runAt: new Date(clock.now().getTime() + HOUR) }, clock.now());
    const seen: unknown[] = [];
    const handlers = { k: async (p: unknown) => void seen.push(p) };
    expect(await runDueJobs({ db: database.db, clock, handlers })).toBe(0);
    clock.advance(HOUR);
    expect(await runDueJobs({ db: database.db, clock, handlers })).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it('une tâche laissée par un processus arrêté brutalement est reprise, rien n’est perdu', async () => {
    await enqueueJob(database.db, { kind: 'k', runAt: clock.now() }, clock.now());
    const taken = await claimNextJob(database.db, 'processus-mort', clock.now());
    expect(taken).not.toBeNull();
    expect(await claimNextJob(database.db, 'autre', clock.now())).toBeNull();
    clock.advance(11 * 60_000);
    const retaken = await claimNextJob(database.db, 'autre', clock.now());
    expect(retaken?.id).toBe(taken!.id);
  });

  it('une tâche en échec est réessayée plus tard, puis marquée en échec après le dernier essai', async () => {
    await enqueueJob(database.db, { kind: 'k', runAt: clock.now(), maxAttempts: 2 }, clock.now());
    let calls = 0;
    const handlers = { k: async () => { calls++; throw new Error('serveur indisponible'); } };
    await runDueJobs({ db: database.db, clock, handlers });
    expect(calls).toBe(1);
    expect(await runDueJobs({ db: database.db, clock, handlers })).toBe(0);
    clock.advance(HOUR);
    await runDueJobs({ db: database.db, clock, handlers });
    expect(calls).toBe(2);
    const [row] = await database.db.select().from(jobs);
    expect(row!.failedAt).not.toBeNull();
    expect(row!.lastError).toBe('serveur indisponible');
    clock.advance(24 * HOUR);
    expect(await runDueJobs({ db: database.db, clock, handlers })).toBe(0);
  });

  it('une tâche à clé unique n’est ajoutée qu’une fois', async () => {
    await enqueueJob(database.db, { kind: 'nettoyage', runAt: clock.now(), uniqueKey: 'nettoyage:2026-03-02' }, clock.now());
    await enqueueJob(database.db, { kind: 'nettoyage', runAt: clock.now(), uniqueKey: 'nettoyage:2026-03-02' }, clock.now());
    const rows = await database.db.select().from(jobs).where(eq(jobs.kind, 'nettoyage'));
    expect(rows).toHaveLength(1);
  });
});
