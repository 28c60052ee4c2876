import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureGeography, formatCoverage, geographyCoverage, importCommuneCentres } from '../geo/index.js';
import { describeDatabase, openAppDatabase } from '../server/boot.js';
import { loadConfig } from '../server/config.js';
import { progressBar } from './progress.js';

const USAGE = `Charger un fichier officiel de centres de communes :
  npm run geo:import -- communes.csv

Le fichier est un CSV (séparateur « ; » ou « , ») avec, par ligne, le code INSEE de la commune,
sa latitude et sa longitude en degrés décimaux (WGS 84). Une ligne d’en-tête est acceptée : les
colonnes sont alors reconnues à leur nom (code_insee, latitude, longitude…), dans n’importe quel ordre.
Les positions chargées deviennent exactes et sont conservées quand les communes sont rechargées.`;

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'fichier introuvable',
  EACCES: 'accès refusé',
  EISDIR: 'c’est un dossier, pas un fichier',
};

/** Errors printed one by one; beyond that, a count (a wrong file can have 35 000 bad lines). */
const SHOWN_ERRORS = 30;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { aide: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.aide || positionals.length !== 1) {
    console.log(USAGE);
    return values.aide ? 0 : 1;
  }
  const file = resolve(positionals[0]!);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (error as Error).message;
    console.error(`Impossible de lire ${file} : ${reason}.`);
    return 1;
  }

  const config = loadConfig();
  console.log(`Base de données : ${describeDatabase(config)}`);
  const database = await openAppDatabase(config, { poolSize: 1 });
  try {
    // The communes must be there to check the codes against (a no-op when they already are).
    let bar: ReturnType<typeof progressBar> | undefined;
    const coverage = await ensureGeography(database.db, {
      onProgress: (done, total) => {
        if (total === 1) return; // Already loaded: nothing to show.
        bar ??= progressBar('Communes de France');
        bar.update(done, total);
      },
    });
    bar?.finish(formatCoverage(coverage));
    const result = await importCommuneCentres(database.db, { text });
    if (!result.ok) {
      console.error(`Fichier refusé : ${result.message}`);
      return 1;
    }
    for (const error of result.errors.slice(0, SHOWN_ERRORS)) console.error(`Ligne ${error.line} : ${error.message}`);
    if (result.errors.length > SHOWN_ERRORS) console.error(`… et ${result.errors.length - SHOWN_ERRORS} autres lignes refusées.`);
    console.log(
      `${result.updated} commune${result.updated > 1 ? 's' : ''} mise${result.updated > 1 ? 's' : ''} à jour ` +
        `sur ${result.rows} ligne${result.rows > 1 ? 's' : ''} lue${result.rows > 1 ? 's' : ''}` +
        (result.errors.length ? ` ; ${result.errors.length} ligne${result.errors.length > 1 ? 's' : ''} refusée${result.errors.length > 1 ? 's' : ''}.` : '.'),
    );
    console.log(`Couverture : ${formatCoverage(await geographyCoverage(database.db))}`);
    return result.errors.length ? 1 : 0;
  } finally {
    await database.shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
