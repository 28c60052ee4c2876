import { parseArgs } from 'node:util';
import { isScaleName } from '../seed/index.js';
import { seedMarker } from '../seed/index.js';
import { describeDatabase, openAppDatabase } from '../server/boot.js';
import { loadConfig } from '../server/config.js';
import { prepareGeography } from './prepare-data.js';
import { runSeed } from './seed-if-empty.js';
import { printSeedReport } from './seed-report.js';

/** `npm run seed -- --scale demo|national [--seed N]`: generates deterministic demo data. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'demo' }, seed: { type: 'string', default: '1' } } });
  const scale = values.scale!;
  const seed = Number(values.seed);
  if (!isScaleName(scale)) throw new Error(`Échelle inconnue « ${scale} » : choisissez demo ou national.`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('La graine (--seed) doit être un entier positif.');
  const config = loadConfig();
  console.log(`Génération des données (${scale}) : ${describeDatabase(config)}`);
  const database = await openAppDatabase(config);
  try {
    const existing = await seedMarker(database.db);
    if (existing) {
      throw new Error(
        `Cette base contient déjà des données de démonstration (${existing.scale}, graine ${existing.seed}, ${existing.at}). ` +
          'Utilisez une base vide (un autre DATA_DIR ou DATABASE_URL).',
      );
    }
    await prepareGeography(database);
    const report = await runSeed(database, { scale, seed });
    printSeedReport(report, config);
  } finally {
    await database.shutdown();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
