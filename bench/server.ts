import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export type Scale = 'demo' | 'national';
export type Engine = 'pglite' | 'postgres';

/** The dedicated database on a PostgreSQL server: the bench never touches another one. */
export const BENCH_DATABASE = 'abeille_bench';

export interface BenchDatabase {
  engine: Engine;
  /** Environment given to the seed and start CLIs. */
  env: Record<string, string>;
  /** For the printout: where the data lives, without credentials. */
  describe: string;
  /** Already seeded at this scale (--reuse): no seeding this time. */
  reused: boolean;
  markSeeded(): void;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * A database of its own for the bench: a PGlite folder under .data-bench/, or `abeille_bench` on the
 * server DATABASE_URL points to (dropped and created again unless --reuse finds it seeded at this scale).
 */
export async function prepareDatabase(root: string, scale: Scale, databaseUrl: string | undefined, reuse: boolean): Promise<BenchDatabase> {
  const benchDir = join(root, '.data-bench');
  mkdirSync(benchDir, { recursive: true });
  if (!databaseUrl) {
    const dataDir = join(benchDir, `pglite-${scale}`);
    const marker = join(benchDir, `pglite-${scale}.seeded`);
    const reused = reuse && existsSync(marker) && existsSync(dataDir);
    if (!reused) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(marker, { force: true });
    }
    return {
      engine: 'pglite',
      env: { DATA_DIR: dataDir },
      describe: `PGlite (embarqué), dossier ${dataDir}`,
      reused,
      markSeeded: () => writeFileSync(marker, scale + '\n'),
    };
  }
  const url = withDatabase(databaseUrl, BENCH_DATABASE);
  const marker = join(benchDir, `postgres-${scale}.seeded`);
  const reused = reuse && existsSync(marker) && readFileSync(marker, 'utf8').trim() === redacted(url);
  if (!reused) {
    rmSync(marker, { force: true });
    // The maintenance database of the same server, never the bench one itself, to drop and create it.
    const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    } finally {
      await admin.end();
    }
  }
  return {
    engine: 'postgres',
    // PGlite's folder still holds the session secret file; keep it away from the real data folder.
    env: { DATABASE_URL: url, DATA_DIR: join(benchDir, 'postgres-files') },
    describe: `PostgreSQL, base ${BENCH_DATABASE} (${redacted(url)})`,
    reused,
    markSeeded: () => writeFileSync(marker, redacted(url) + '\n'),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Null while it runs; otherwise how it ended, with its last lines (a crash under load must be seen). */
  death(): string | null;
  stop(): Promise<void>;
}

/** Keeps the last lines a child printed, to explain a failure without flooding the terminal. */
function tail(child: ChildProcess, keep = 40) {
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const feed = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > keep) lines.shift();
      for (const l of listeners) l(line);
    }
  };
  child.stdout?.on('data', feed);
  child.stderr?.on('data', feed);
  return { lines, onLine: (l: (line: string) => void) => listeners.add(l) };
}

export interface CliRun {
  root: string;
  env: Record<string, string>;
}

/** Runs one of the app's CLIs to completion (seeding), showing its output as it goes. */
export async function runCli(script: string, args: string[], { root, env }: CliRun): Promise<void> {
  const file = join(root, 'dist', 'src', 'cli', script);
  if (!existsSync(file)) throw new Error(`${file} est introuvable : la commande n’existe pas encore ou la compilation a échoué.`);
  const child = spawn(process.execPath, [file, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} a échoué (code ${code})`);
}

/**
 * Starts the real server (`node dist/src/cli/start.js`) on loopback and waits until it says it
 * listens and /healthz answers 200. It gets a process group of its own, so stopping it also stops
 * the workers it forked (WEB_CONCURRENCY > 1).
 */
export async function startServer({ root, env }: CliRun, readyTimeoutMs: number): Promise<RunningServer> {
  const file = join(root, 'dist', 'src', 'cli', 'start.js');
  if (!existsSync(file)) throw new Error(`${file} est introuvable : la compilation a-t-elle réussi ?`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [file], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      BENCH_ROUTES: 'true',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = tail(child);
  let exited: number | null | undefined;
  let exitSignal: string | null = null;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code;
      exitSignal = signal;
      resolve();
    }),
  );
  const death = () =>
    exited === undefined || stopping
      ? null
      : `le serveur s’est arrêté (${exitSignal ?? `code ${exited}`}). Dernières lignes :\n${output.lines.map((l) => `  | ${l}`).join('\n')}`;

  const stop = async () => {
    stopping = true;
    if (exited !== undefined || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 15_000);
    await exit;
    clearTimeout(timer);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`le serveur n’a pas démarré en ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
      output.onLine((line) => {
        if (line.includes('écoute sur')) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exit.then(() => {
        clearTimeout(timer);
        reject(new Error(`le serveur s’est arrêté au démarrage (code ${exited})`));
      });
    });
    await waitForHealth(baseUrl, 30_000);
  } catch (error) {
    await stop();
    const lines = output.lines.map((l) => `  | ${l}`).join('\n');
    throw new Error(`${(error as Error).message}\nDernières lignes du serveur :\n${lines}`);
  }
  return { baseUrl, pid: child.pid!, death, stop };
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'pas de réponse';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
      last = `statut ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`/healthz ne répond pas 200 (${last})`);
}

/**
 * Waits until the server answers the baseline route quickly again: after a slow route, work still
 * queued (PGlite runs its queries on the event loop) would otherwise be charged to the next route.
 */
export async function waitUntilIdle(baseUrl: string, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}/bench/baseline`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      quick = response.ok && performance.now() - started < 50 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick >= 3) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
