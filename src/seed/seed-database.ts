import { seedActivators } from '../activators/index.js';
import type { Db } from '../db/client.js';
import { seedAssessments, seedResultsOfAccount } from '../diagnostic/index.js';
import { populatedPlaces } from '../geo/index.js';
import type { Clock } from '../server/clock.js';
import { readSetting, writeSetting } from '../server/settings.js';
import { createDemoAccounts, type DemoAccount } from './demo-accounts.js';
import { SCALES, type ScaleName } from './scales.js';

export type SeedProgress = (stage: string, done: number, total: number) => void;

export interface SeedReport {
  scale: ScaleName;
  seed: number;
  accounts: DemoAccount[];
  counts: Record<string, number>;
}

export interface SeedMarker {
  scale: ScaleName;
  seed: number;
  at: string;
}

export const SEED_SETTING = 'donnees-de-demonstration';

/**
 * Generates the demo data, deterministic from `seed`: the same seed gives the same activators and
 * results. Each domain generates its own data through its public API; this only orders them.
 */
export async function seedDatabase(
  deps: { db: Db; clock: Clock },
  options: { scale: ScaleName; seed: number; onProgress?: SeedProgress },
): Promise<SeedReport> {
  const scale = SCALES[options.scale];
  const progress = options.onProgress ?? (() => {});
  const counts: Record<string, number> = {};
  progress('Comptes de démonstration', 0, 1);
  const accounts = await createDemoAccounts(deps);
  progress('Comptes de démonstration', 1, 1);
  counts.comptes = accounts.length;
  for (const step of seedSteps()) {
    counts[step.name] = await step.run(deps, { count: scale[step.countKey], seed: options.seed, onProgress: (d, t) => progress(step.label, d, t) });
  }
  // The demo business has taken the assessment twice, so that Mon espace shows its progress at once.
  const business = accounts.find((a) => a.role === 'entreprise');
  if (business) {
    // In the most populated town of the loaded territory, where the directory has the most to show.
    const town = (await populatedPlaces(deps.db)).reduce<Awaited<ReturnType<typeof populatedPlaces>>[number] | undefined>(
      (best, p) => (!best || p.population > best.population ? p : best),
      undefined,
    );
    counts['résultats du compte entreprise'] = await seedResultsOfAccount(deps.db, {
      userId: business.id,
      rng: mulberry32(options.seed ^ 0x0e_a11e),
      now: deps.clock.now(),
      ...(town ? { place: { postalCode: town.postalCode, departmentCode: town.departmentCode, regionCode: town.regionCode, latitude: town.latitude, longitude: town.longitude } } : {}),
    });
  }
  await writeSetting(deps.db, SEED_SETTING, { scale: options.scale, seed: options.seed, at: deps.clock.now().toISOString() } satisfies SeedMarker, deps.clock.now());
  return { scale: options.scale, seed: options.seed, accounts, counts };
}

export async function seedMarker(db: Db): Promise<SeedMarker | null> {
  return readSetting<SeedMarker>(db, SEED_SETTING);
}

interface SeedStep {
  name: string;
  label: string;
  countKey: keyof (typeof SCALES)['demo'];
  run(deps: { db: Db; clock: Clock }, options: { count: number; seed: number; onProgress: (done: number, total: number) => void }): Promise<number>;
}

/** The domains' generators, in dependency order (activators before the results that cite them). */
function seedSteps(): SeedStep[] {
  return [
    {
      name: 'activateurs',
      label: 'Activateurs',
      countKey: 'activators',
      run: async ({ db, clock }, o) => (await seedActivators(db, { ...o, now: clock.now() })).activators,
    },
    {
      name: 'autodiagnostics',
      label: 'Autodiagnostics',
      countKey: 'assessments',
      run: async ({ db, clock }, o) => {
        // Businesses are where people live: every populated commune, weighted by its population.
        const communes = (await populatedPlaces(db)).map((p) => ({
          postalCode: p.postalCode,
          departmentCode: p.departmentCode,
          regionCode: p.regionCode,
          latitude: p.latitude,
          longitude: p.longitude,
          weight: p.population,
        }));
        const report = await seedAssessments(db, {
          count: o.count,
          // Another stream than the activators' for the same seed value.
          rng: mulberry32(o.seed ^ 0x5eed_a55e),
          communes,
          now: clock.now(),
          onProgress: o.onProgress,
        });
        return report.inserted;
      },
    },
  ];
}

/** A small seeded PRNG: the same seed gives the same businesses, answers and places. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
