import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedReport } from '../seed/index.js';
import type { AppConfig } from '../server/config.js';

/** Prints what was generated, and writes the demo accounts' passwords to a private file. */
export function printSeedReport(report: SeedReport, config: AppConfig): void {
  const counts = Object.entries(report.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  console.log(`Données de démonstration (${report.scale}, graine ${report.seed}) : ${counts}.`);
  if (report.accounts.length === 0) return;
  const lines = report.accounts.map((a) => `${a.role.padEnd(11)} ${a.email.padEnd(30)} ${a.password}`);
  const file = join(config.dataDir, 'comptes-demo.txt');
  writeFileSync(file, `# Comptes de démonstration (rôle, adresse, mot de passe)\n${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`Comptes de démonstration (mots de passe aussi dans ${file}) :\n  ${lines.join('\n  ')}`);
  console.log('Le compte opérateur demande d’enregistrer une double authentification (TOTP) à la première connexion.');
}
