import { describeDatabase, openAppDatabase } from '../server/boot.js';
import { loadConfig } from '../server/config.js';

/** `npm run db:migrate`: applies the committed migrations (the app also does it at start). */
async function main(): Promise<void> {
  const config = loadConfig();
  console.log(`Migrations : ${describeDatabase(config)}`);
  const database = await openAppDatabase(config);
  await database.shutdown();
  console.log('Base de données à jour.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
