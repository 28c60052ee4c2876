import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { seedDatabase, seedMarker } from '../seed/index.js';
import { systemClock } from '../server/clock.js';
import type { AppConfig } from '../server/config.js';
import { progressBar } from './progress.js';
import { printSeedReport } from './seed-report.js';

/** At start with SEED=demo: loads the demo data once, into a database that has none yet. */
export async function seedIfEmpty(database: Database, config: AppConfig): Promise<void> {
  if (await seedMarker(database.db)) return;
  const report = await runSeed(database, { scale: 'demo', seed: 1 });
  printSeedReport(report, config);
}

export async function runSeed(database: Database, options: { scale: 'demo' | 'national'; seed: number }) {
  let current: { label: string; bar: ReturnType<typeof progressBar> } | null = null;
  const report = await seedDatabase(
    { db: database.db, clock: systemClock },
    {
      ...options,
      onProgress: (stage, done, total) => {
        if (current?.label !== stage) {
          current?.bar.finish();
          current = { label: stage, bar: progressBar(stage) };
        }
        current.bar.update(done, total);
      },
    },
  );
  (current as { bar: ReturnType<typeof progressBar> } | null)?.bar.finish();
  // What autovacuum does some time after a bulk load, done at once: planner statistics for the new
  // rows, and the visibility map that lets the covering indexes answer without reading the tables
  // (the directory's search read every candidate's row again without it).
  await database.db.execute(sql`VACUUM (ANALYZE)`);
  return report;
}
