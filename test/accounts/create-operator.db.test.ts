import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { users } from '../../src/db/schema.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../support/database.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');

// The CLI runs as an operator would run it, on its own database: a PGlite folder of its own, or a
// fresh PostgreSQL test database.
let dataDir: string;
let database: TestDatabase | null = null;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'abeille-operateur-'));
  if (TEST_ENGINE === 'postgres') database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function createOperator(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/create-operator.ts', ...args], {
      cwd: root,
      env: {
        ...inherited,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ...(database ? { DATABASE_URL: database.url! } : {}),
        ...env,
      },
      timeout: 180_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function findUser(email: string) {
  const db = database ?? (await openDatabase({ pgliteDir: join(dataDir, 'pglite') }));
  try {
    const [row] = await db.db.select().from(users).where(eq(users.email, email));
    return row;
  } finally {
    if (!database) await db.close();
  }
}

describe('création du premier compte opérateur en ligne de commande', () => {
  it('un mot de passe de moins de 12 caractères est refusé avec le message du site, sans rien créer', async () => {
    const res = await createOperator(['--email', 'ops@exemple.fr', '--prenom', 'Alex', '--nom', 'Durand'], {
      ABEILLE_OPERATOR_PASSWORD: 'ruche-miel7',
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Le mot de passe d’un compte opérateur doit contenir au moins 12 caractères');
  });

  it('sans terminal ni mot de passe fourni, la commande explique comment le donner', async () => {
    const res = await createOperator(['--email', 'ops@exemple.fr', '--prenom', 'Alex', '--nom', 'Durand']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('ABEILLE_OPERATOR_PASSWORD');
  });

  it('crée un opérateur à l’adresse confirmée et dit quoi faire ensuite (se connecter, activer la double authentification)', async () => {
    const res = await createOperator(
      ['--email', 'Ops@Exemple.fr', '--prenom', 'Alex', '--nom', 'Durand', '--mot-de-passe', 'une ruche bien gardée'],
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Compte opérateur créé pour ops@exemple.fr');
    expect(res.stdout).toContain('/connexion');
    expect(res.stdout).toContain('double authentification');
    const user = await findUser('ops@exemple.fr');
    expect(user?.role).toBe('operateur');
    expect(user?.emailVerifiedAt).not.toBeNull();
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const again = await createOperator(['--email', 'ops@exemple.fr', '--prenom', 'A', '--nom', 'B'], {
      ABEILLE_OPERATOR_PASSWORD: 'une autre ruche bien gardée',
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Un compte existe déjà avec cette adresse électronique.');
  }, 240_000); // a fresh embedded database is migrated by the command itself
});
