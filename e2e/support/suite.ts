import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.js';

export interface E2eSuite {
  /** The Chromium of this test file. */
  readonly browser: Browser;
  /** Absolute URL of a path on the server under test (started once for all files by global-setup.ts). */
  url(path: string): string;
  /** The server's DATA_DIR, e.g. to read the demo accounts' passwords (comptes-demo.txt). */
  readonly dataDir: string;
}

/** For an e2e file: one Chromium with a fresh profile, launched before the file's tests and closed after them. */
export function useE2eSuite(): E2eSuite {
  const baseUrl = inject('e2eBaseUrl');
  if (!baseUrl) throw new Error('aucun serveur : les tests e2e se lancent avec « npm run test:e2e » (projet vitest e2e)');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('navigateur non lancé');
      return browser;
    },
    url: (path: string) => baseUrl + path,
    dataDir: inject('e2eDataDir'),
  };
}
