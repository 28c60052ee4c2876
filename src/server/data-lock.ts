import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is single-process: two servers on the same data folder would corrupt it. The first takes a
 * lock file holding its pid; a second one is refused with a clear message. A lock left by a process
 * that no longer runs (a crash) is taken over.
 */
export function acquireDataLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'abeille.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new DataLockedError(dataDir, holder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataLockedError(dataDir, 0);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Le dossier de données ${dataDir} est déjà utilisé par un autre processus Abeille${pid ? ` (pid ${pid})` : ''}. ` +
        'La base embarquée (PGlite) ne peut servir qu’un processus à la fois : arrêtez l’autre serveur, ' +
        'choisissez un autre DATA_DIR, ou utilisez PostgreSQL avec DATABASE_URL.',
    );
    this.name = 'DataLockedError';
  }
}
