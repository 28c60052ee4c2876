import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The server as deployed: the output of `npm run build`, not the TypeScript sources. */
export const serverEntry = join(projectRoot, 'dist', 'src', 'cli', 'start.js');

export interface RunningServer {
  url: string;
  /** The server's DATA_DIR (uploads, the demo accounts' passwords in comptes-demo.txt). */
  dataDir: string;
  /** Everything the server printed so far (shown when a test fails to start it). */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  seed?: 'demo' | 'none';
  /** Extra environment variables (SITE_NAME, STATE_BRAND…). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** Asks the system for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the built server on a free port with a fresh embedded database (PGlite in a temporary
 * folder), and resolves once /healthz answers 200. The database is deleted on stop().
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(serverEntry)) {
    throw new Error(`${serverEntry} est absent : lancez « npm run build » avant les tests e2e (npm run test:e2e le fait).`);
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'abeille-e2e-'));
  // The server must use its own embedded database, whatever the test run was given.
  const { DATABASE_URL: _db, TEST_DATABASE_URL: _testDb, ...inherited } = process.env;
  const child = spawn(process.execPath, [serverEntry], {
    cwd: projectRoot,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      SEED: options.seed ?? 'demo',
      LOG_LEVEL: 'warn',
      WEB_CONCURRENCY: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // start.ts prints "<site name> écoute sur <url>" once it listens.
  const readyLine = `${options.env?.SITE_NAME ?? 'Abeille'} écoute sur`;
  let output = '';
  let sawReadyLine = false;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes(readyLine)) sawReadyLine = true;
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  const stop = async () => {
    await terminate(child, exited);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(url, child, () => output, options.startTimeoutMs ?? 180_000);
    if (!sawReadyLine) await waitFor(() => sawReadyLine, 5_000);
    if (!sawReadyLine) throw new Error(`le serveur répond mais n’a pas écrit « ${readyLine} »\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output: () => output, stop };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`le serveur s’est arrêté au démarrage (code ${child.exitCode ?? child.signalCode}) :\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`le serveur n’a pas répondu 200 sur /healthz en ${timeoutMs / 1000} s :\n${output()}`);
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(50);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
