import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { rebuildScoreCounts } from '../../src/diagnostic/index.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { seedDatabase, seedMarker } from '../../src/seed/index.js';
import { SCALES } from '../../src/seed/scales.js';
import { FixedClock } from '../../src/server/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let first: TestDatabase;
let second: TestDatabase;
const clock = new FixedClock('2026-06-01T08:00:00Z');

async function seeded(seed: number): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await loadGeographyForTests(database.db, { departments: ['69', '13'] });
  await seedDatabase({ db: database.db, clock }, { scale: 'demo', seed });
  return database;
}

async function activatorNames(database: TestDatabase): Promise<string[]> {
  const result = await database.db.execute(sql`SELECT first_name || ' ' || last_name || ' ' || coalesce(commune_code, '') AS who FROM activators ORDER BY 1`);
  return rowsOf<{ who: string }>(result).map((r) => r.who);
}

/** The demo business account's own results, oldest first. */
async function accountResults(database: TestDatabase): Promise<{ overall_score: number; completed_at: string }[]> {
  return rowsOf(
    await database.db.execute(
      sql`SELECT a.overall_score, a.completed_at::text AS completed_at FROM assessments a JOIN users u ON u.id = a.user_id WHERE u.role = 'entreprise' ORDER BY a.completed_at`,
    ),
  );
}

beforeAll(async () => {
  [first, second] = await Promise.all([seeded(7), seeded(7)]);
}, 120_000);
afterAll(async () => {
  await first.close();
  await second.close();
});

describe('les données de démonstration', () => {
  it('la même graine donne les mêmes activateurs, aux mêmes endroits', async () => {
    const a = await activatorNames(first);
    expect(a.length).toBeGreaterThan(100);
    expect(await activatorNames(second)).toEqual(a);
  });

  it('créent un compte par rôle et se souviennent d’avoir été chargées', async () => {
    const result = await first.db.execute(sql`SELECT role FROM users ORDER BY role`);
    expect(rowsOf<{ role: string }>(result).map((r) => r.role)).toEqual(['entreprise', 'operateur', 'partenaire']);
    expect(await seedMarker(first.db)).toMatchObject({ scale: 'demo', seed: 7 });
  });

  it('le compte entreprise de démonstration a déjà fait l’autodiagnostic deux fois, et a progressé', async () => {
    const [before, after] = await accountResults(first);
    expect(await accountResults(first)).toHaveLength(2);
    expect(after!.overall_score).toBeGreaterThan(before!.overall_score);
    expect(after!.completed_at > before!.completed_at).toBe(true);
  });

  it('les activateurs sont placés sur des communes réelles du territoire chargé', async () => {
    const result = await first.db.execute(
      sql`SELECT count(*) AS n FROM activators a LEFT JOIN communes c ON c.code = a.commune_code WHERE c.code IS NULL OR c.department_code NOT IN ('69', '13')`,
    );
    expect(Number(rowsOf<{ n: number | string }>(result)[0]!.n)).toBe(0);
  });

  it('créent des autodiagnostics terminés, les mêmes pour la même graine, dans le territoire chargé', async () => {
    const results = async (database: TestDatabase) =>
      rowsOf<{ r: string }>(
        await database.db.execute(
          sql`SELECT sector || ' ' || size_band || ' ' || postal_code || ' ' || overall_score || ' ' || completed_at::text AS r FROM assessments ORDER BY 1`,
        ),
      ).map((row) => row.r);
    const a = await results(first);
    expect(a).toHaveLength(SCALES.demo.assessments + (await accountResults(first)).length);
    expect(await results(second)).toEqual(a);
    const outside = await first.db.execute(
      sql`SELECT count(*) AS n FROM assessments WHERE status <> 'termine' OR completed_at IS NULL OR department_code NOT IN ('69', '13')`,
    );
    expect(Number(rowsOf<{ n: number | string }>(outside)[0]!.n)).toBe(0);
  });

  it('les effectifs de comparaison comptent exactement les autodiagnostics stockés', async () => {
    const counts = async () =>
      rowsOf<{ group_key: string; score: number; count: number | string }>(
        await first.db.execute(sql`SELECT group_key, score, count FROM assessment_score_counts WHERE count > 0 ORDER BY group_key, score`),
      ).map((r) => `${r.group_key}|${r.score}|${Number(r.count)}`);
    const seededCounts = await counts();
    expect(seededCounts.find((c) => c.startsWith('tous|'))).toBeDefined();
    const total = seededCounts.filter((c) => c.startsWith('tous|')).reduce((sum, c) => sum + Number(c.split('|')[2]), 0);
    expect(total).toBe(SCALES.demo.assessments + (await accountResults(first)).length);
    await rebuildScoreCounts(first.db);
    expect(await counts()).toEqual(seededCounts);
  });
});
