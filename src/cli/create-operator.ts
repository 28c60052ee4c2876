import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createUser, passwordMinLength, passwordProblem } from '../accounts/index.js';
import { describeDatabase, openAppDatabase } from '../server/boot.js';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';

const USAGE = `Créer un compte opérateur :
  npm run operator:create -- --email nom@exemple.fr --prenom Camille --nom Martin

Le mot de passe (${passwordMinLength('operateur')} caractères minimum) est lu, dans cet ordre :
  --mot-de-passe "…", la variable ABEILLE_OPERATOR_PASSWORD, ou demandé au clavier (sans écho).
Les informations absentes sont demandées au clavier.`;

/** Asks one question on the terminal; with `hidden`, what is typed is not shown (a password). */
function ask(question: string, { hidden = false } = {}): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: Boolean(process.stdin.isTTY) });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolve(answer);
    });
    muted = hidden;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      prenom: { type: 'string' },
      nom: { type: 'string' },
      'mot-de-passe': { type: 'string' },
      aide: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.aide) {
    console.log(USAGE);
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY);
  const need = async (value: string | undefined, question: string, flag: string): Promise<string> => {
    if (value !== undefined) return value;
    if (!interactive) throw new Error(`${flag} est requis (aucun terminal pour le demander).\n\n${USAGE}`);
    return ask(question);
  };
  const email = await need(values.email, 'Adresse électronique : ', '--email');
  const firstName = await need(values.prenom, 'Prénom : ', '--prenom');
  const lastName = await need(values.nom, 'Nom : ', '--nom');
  let password = values['mot-de-passe'] ?? process.env.ABEILLE_OPERATOR_PASSWORD;
  if (password === undefined) {
    if (!interactive) throw new Error(`Mot de passe manquant : --mot-de-passe ou ABEILLE_OPERATOR_PASSWORD.\n\n${USAGE}`);
    password = await ask(`Mot de passe (${passwordMinLength('operateur')} caractères minimum, rien ne s’affiche) : `, { hidden: true });
    const again = await ask('Le même mot de passe, une seconde fois : ', { hidden: true });
    if (again !== password) throw new Error('Les deux mots de passe saisis sont différents. Rien n’a été créé.');
  }

  // The same rules as the site's forms, checked before touching the database.
  const problem = passwordProblem(password, { role: 'operateur', email });
  if (problem) {
    console.error(`Le compte n’a pas été créé :\n  - ${problem}`);
    return 1;
  }

  const config = loadConfig();
  console.log(`Base de données : ${describeDatabase(config)}`);
  const database = await openAppDatabase(config, { poolSize: 1 });
  try {
    const result = await createUser(
      { db: database.db, clock: systemClock },
      { email, password, firstName, lastName, role: 'operateur', emailVerified: true },
    );
    if (!result.ok) {
      const lines = Object.values(result.fieldErrors ?? { [result.field]: result.message }).filter(Boolean);
      console.error(`Le compte n’a pas été créé :\n${lines.map((l) => `  - ${l}`).join('\n')}`);
      return 1;
    }
    console.log(`
Compte opérateur créé pour ${result.user.email}.

Et maintenant :
  1. Démarrez le serveur (npm start) et ouvrez ${config.publicUrl}/connexion.
  2. Connectez-vous avec cette adresse et ce mot de passe.
  3. La double authentification est obligatoire pour les opérateurs : la page qui suit la connexion
     affiche un code QR à scanner avec une application d’authentification (FreeOTP, Aegis, Google
     Authenticator…). Saisissez le code à 6 chiffres qu’elle affiche pour terminer.`);
    return 0;
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
