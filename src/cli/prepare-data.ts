import type { Database } from '../db/client.js';
import { ensureGeography, formatCoverage } from '../geo/index.js';
import type { AppConfig } from '../server/config.js';
import { progressBar } from './progress.js';

/**
 * Work done once per start before serving: the communes of France (a no-op when already loaded),
 * then the demo data on an empty database when SEED=demo.
 */
export async function prepareData(database: Database, config: AppConfig): Promise<void> {
  const geoProgress = progressBar('Communes de France');
  const coverage = await ensureGeography(database.db, { onProgress: (done, total) => geoProgress.update(done, total) });
  geoProgress.finish(formatCoverage(coverage));
  if (config.seedOnStart === 'demo') {
    const { seedIfEmpty } = await import('./seed-if-empty.js');
    await seedIfEmpty(database, config);
  }
}
