import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { projectRoot } from '../db/paths.js';

const require = createRequire(import.meta.url);
export const DSFR_VERSION: string = require('@gouvfr/dsfr/package.json').version;
export const DSFR_DIST = join(dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist');
/** Versioned, so it can be cached for a year: a new DSFR version gets a new path. */
export const DSFR_BASE = `/dsfr/${DSFR_VERSION}`;
/** The DSFR scripts every page names (Layout.tsx), under DSFR_BASE. */
export const DSFR_PAGE_SCRIPTS = ['dsfr.module.min.js', 'dsfr.nomodule.min.js'] as const;

/**
 * The DSFR components our pages use. The full DSFR stylesheet weighs ~94 kB compressed; these
 * keep the first load well under the 150 kB budget. Add a component here when a page starts using it.
 */
const COMPONENTS = [
  'link', 'button', 'logo', 'header', 'footer', 'skiplink', 'navigation', 'modal', 'breadcrumb',
  'form', 'input', 'select', 'checkbox', 'radio', 'password', 'upload', 'search', 'segmented',
  'alert', 'notice', 'callout', 'highlight', 'badge', 'tag', 'card', 'tile', 'content', 'table',
  'pagination', 'stepper', 'accordion', 'summary', 'sidemenu', 'tab', 'toggle', 'quote',
];

/** Only the icons referenced by our markup (the whole icon set weighs ~29 kB compressed). */
const ICONS = [
  'lock-line', 'account-circle-line', 'logout-box-r-line', 'arrow-right-line', 'arrow-left-line',
  'search-line', 'map-pin-2-line', 'mail-line', 'phone-line', 'external-link-line', 'check-line',
  'close-line', 'download-line', 'information-line', 'checkbox-circle-line', 'error-warning-line',
  'user-line', 'team-line', 'money-euro-circle-line', 'book-2-line', 'calendar-line', 'star-line',
  'questionnaire-line', 'award-line', 'line-chart-line', 'settings-5-line', 'shield-line',
  'home-4-line', 'delete-line', 'save-line', 'send-plane-line',
];

/** Rewrites a stylesheet's relative url(...) to absolute paths under the served DSFR folder. */
function absolutiseUrls(css: string, cssFileInDist: string): string {
  const dir = posix.dirname(cssFileInDist);
  return css.replace(/url\((['"]?)(?!data:|https?:|\/)([^'")]+)\1\)/g, (_m, q, url) => {
    return `url(${q}${DSFR_BASE}/${posix.normalize(posix.join(dir, url))}${q})`;
  });
}

function readDist(file: string): string {
  return absolutiseUrls(readFileSync(join(DSFR_DIST, file), 'utf8'), file);
}

/** Keeps the icon rules whose selector names one of ours. */
function iconRules(): string {
  const all = readDist('utility/icons/icons.min.css');
  const wanted = new Set(ICONS.map((i) => `fr-icon-${i}`));
  const rules = all.match(/[^{}]+\{[^{}]*\}/g) ?? [];
  return rules
    .filter((rule) => {
      const selector = rule.slice(0, rule.indexOf('{'));
      const names = selector.match(/fr-icon-[a-z0-9-]+/g) ?? [];
      return names.some((n) => wanted.has(n));
    })
    .join('');
}

export interface CssBundle {
  path: string;
  body: string;
}

let cached: CssBundle | null = null;

/** Built once per process: core + our components + our icons + the app's own few rules. */
export function cssBundle(): CssBundle {
  if (cached) return cached;
  const parts = [
    readDist('core/core.min.css'),
    ...COMPONENTS.map((c) => readDist(`component/${c}/${c}.min.css`)),
    iconRules(),
    readFileSync(join(projectRoot(), 'public', 'app.css'), 'utf8'),
  ];
  const body = parts.join('\n');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  cached = { path: `/assets/abeille-${hash}.css`, body };
  return cached;
}

export const publicDir = (): string => join(projectRoot(), 'public');
export const relativeToRoot = (p: string): string => relative(projectRoot(), p);
