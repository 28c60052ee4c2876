import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { projectRoot } from './server.js';

/** Debian's Chromium (apt package `chromium`): playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotsDir = join(projectRoot, 'test-results', 'screenshots');

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A headless Chromium with a fresh profile (playwright gives each launch its own temporary user-data-dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, ...options });
}

/** What a page must never produce: collected from the moment it is opened. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface OpenedPage {
  page: Page;
  response: Response | null;
  problems: PageProblems;
  /** Reads the CSP violations the page itself reported (securitypolicyviolation events) into `problems`. */
  collect(): Promise<PageProblems>;
}

/** Chromium logs the document's own HTTP error status as a console error: expected on an error page. */
function isOwnStatusMessage(text: string, location: string, url: string, status: number | undefined): boolean {
  return status !== undefined && status >= 400 && location === url && text.includes(`status of ${status}`);
}

/** Opens `url` in a new page of `context`, listening for console errors, script errors and CSP violations. */
export async function openPage(context: BrowserContext, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  const consoleMessages: { text: string; location: string }[] = [];
  // Init scripts run before the page's own scripts and are not subject to its CSP.
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.violatedDirective} a bloqué ${event.blockedURI || '(en ligne)'} dans ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    consoleMessages.push({ text: message.text(), location: message.location().url });
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));

  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status();
  const collect = async () => {
    problems.consoleErrors = [];
    problems.cspViolations = [];
    for (const { text, location } of consoleMessages) {
      if (isOwnStatusMessage(text, location, page.url(), status)) continue;
      if (/Content Security Policy/i.test(text)) problems.cspViolations.push(text);
      else problems.consoleErrors.push(location ? `${text} (${location})` : text);
    }
    // Without JavaScript the init script did not run: the console messages above still tell.
    const reported = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => [] as string[]);
    for (const violation of reported) {
      if (!problems.cspViolations.includes(violation)) problems.cspViolations.push(violation);
    }
    return problems;
  };
  return { page, response, problems, collect };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. axe's source is run
 * through page.evaluate (the DevTools protocol), which the page's CSP does not govern, whereas a
 * <script> tag added to the page would be refused by `script-src 'self'`.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One readable block per violation: rule, impact, what to fix, and the first few offending elements. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … et ${v.nodes.length - 5} autre(s)` : '';
      return `[${v.impact}] ${v.id} : ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** A full-page screenshot under test-results/screenshots/, to look at what a person would see. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const file = join(screenshotsDir, `${name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '') || 'page'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
