import { sealPlaintextTotpSecrets } from '../accounts/index.js';
import type { Database } from '../db/client.js';
import { ensureGeography, formatCoverage } from '../geo/index.js';
import type { AppConfig } from '../server/config.js';
import { progressBar } from './progress.js';
import { seedIfEmpty } from './seed-if-empty.js';

/**
 * Work done once per start before serving: the communes of France (a no-op when already loaded),
 * then the demo data on an empty database when SEED=demo.
 */
export async function prepareData(database: Database, config: AppConfig): Promise<void> {
  const sealed = await sealPlaintextTotpSecrets({ db: database.db, sessionSecret: config.sessionSecret });
  if (sealed > 0) console.log(`Clés de double authentification chiffrées : ${sealed}`);
  await prepareGeography(database);
  if (config.seedOnStart === 'demo') await seedIfEmpty(database, config);
}

export async function prepareGeography(database: Database): Promise<void> {
  const bar = progressBar('Communes de France');
  const coverage = await ensureGeography(database.db, { onProgress: (done, total) => bar.update(done, total) });
  bar.finish(formatCoverage(coverage));
}
