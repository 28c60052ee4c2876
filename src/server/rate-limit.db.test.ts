import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { frenchDuration, hit, purgeRateLimitCounters, rateLimitKey, release } from './rate-limit.js';
import { rateLimitCounters } from './schema.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rule = (now: string) => ({ limit: 3, windowMs: 60_000, now: new Date(now) });

describe('limitation de débit partagée par la base', () => {
  it('la limite est atteinte au-delà de N coups dans la fenêtre, avec le temps à attendre', async () => {
    const key = rateLimitKey('essai', 'a');
    for (let i = 0; i < 3; i++) expect((await hit(database.db, key, rule('2026-01-15T09:00:10Z'))).allowed).toBe(true);
    const refused = await hit(database.db, key, rule('2026-01-15T09:00:15Z'));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect((await hit(database.db, key, rule('2026-01-15T09:01:00Z'))).allowed).toBe(true);
  });

  it('les coups simultanés ne laissent jamais passer plus que la limite', async () => {
    const key = rateLimitKey('essai', 'b');
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => hit(database.db, key, rule('2026-01-15T09:00:00Z'))));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
  });

  it('un coup rendu (tentative réussie) libère une place', async () => {
    const key = rateLimitKey('essai', 'c');
    for (let i = 0; i < 3; i++) await hit(database.db, key, rule('2026-01-15T09:00:00Z'));
    await release(database.db, key, rule('2026-01-15T09:00:05Z'));
    expect((await hit(database.db, key, rule('2026-01-15T09:00:06Z'))).allowed).toBe(true);
    expect((await hit(database.db, key, rule('2026-01-15T09:00:07Z'))).allowed).toBe(false);
  });

  it('la clé ne garde pas en clair ce qui est compté (adresse, IP)', () => {
    expect(rateLimitKey('connexion-ip', '203.0.113.9')).toMatch(/^connexion-ip:[0-9a-f]{32}$/);
    expect(rateLimitKey('connexion-ip', '203.0.113.9')).not.toContain('203.0.113.9');
  });

  it('les fenêtres passées sont effacées', async () => {
    await hit(database.db, rateLimitKey('essai', 'd'), rule('2026-01-10T09:00:00Z'));
    await purgeRateLimitCounters(database.db, new Date('2026-01-15T00:00:00Z'));
    const rows = await database.db.select().from(rateLimitCounters);
    expect(rows.every((r) => r.windowStart >= new Date('2026-01-15T00:00:00Z'))).toBe(true);
  });

  it('le temps d’attente est dit en français', () => {
    expect(frenchDuration(1)).toBe('1 seconde');
    expect(frenchDuration(45)).toBe('45 secondes');
    expect(frenchDuration(61)).toBe('2 minutes');
    expect(frenchDuration(900)).toBe('15 minutes');
    expect(frenchDuration(3600)).toBe('1 heure');
  });
});
