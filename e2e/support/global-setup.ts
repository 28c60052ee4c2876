import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built server under test listens, e.g. http://localhost:41234. */
    e2eBaseUrl: string;
    /** That server's DATA_DIR (the demo accounts' passwords are in comptes-demo.txt). */
    e2eDataDir: string;
  }
}

/**
 * One built server, on a fresh database with the demo data, for all e2e files: a fresh embedded
 * database costs ~10 s to create (PGlite's initdb), against under a second for a browser, so the
 * server is shared and each file launches its own Chromium.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer({ seed: 'demo' });
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eDataDir', server.dataDir);
  return () => server.stop();
}
