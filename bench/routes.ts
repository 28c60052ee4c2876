import { communeQueries, describeMix, loadCommunes } from './queries.js';

/** A figure a route must reach: a share of a reference route's requests/s, or a page weight. */
export type Target =
  | { kind: 'ratio'; of: 'baseline' | 'floor'; min: number }
  /**
   * The 99th percentile latency at a stated load: `atShareOfFloor` of the floor route's requests/s, sent
   * at a constant rate (steady-load.ts). At saturation a closed loop of 50 connections only measures
   * its own queue (Little's law: p99 ≈ connections ÷ throughput, so even `floor` is near 50 ms).
   */
  | { kind: 'p99'; maxMs: number; atShareOfFloor: number }
  | { kind: 'weight'; maxKb: number };

/** What the load sends: one path, or a fresh path for every request (search queries). */
export type PathSource = string | { describe: string; paths: string[] };

/** A form post: the same body and headers (CSRF cookie) on every path. */
export interface PostSpec {
  body: string;
  headers: Record<string, string>;
}

/** What a route loads once the server runs: paths sampled from the seeded data, maybe a form to post. */
export interface PreparedLoad {
  path: PathSource;
  post?: PostSpec;
  /** Each path must be loaded at most once (a page first opened, a form posted): the warning says if the load outran them. */
  opensOnce?: boolean;
}

export interface BenchRoute {
  name: string;
  /** Filled by `prepare` for routes whose paths come from the seeded data. */
  path: PathSource;
  /** The page weight (HTML + CSS + JS, compressed) is measured for HTML pages. */
  page?: boolean;
  targets?: Target[];
  /** Asks the running server for its paths (and form) just before the route is measured. */
  prepare?: (baseUrl: string, options: RouteOptions) => Promise<PreparedLoad>;
  post?: PostSpec;
  opensOnce?: boolean;
  /** The status of a successful answer when it is not 200 (a form answers 303 See Other). */
  expectStatus?: number;
}

export const REFERENCE_ROUTES = ['baseline', 'floor'] as const;

export interface RouteOptions {
  /** The seed of the query mix: the same seed, the same queries. */
  seed: number;
  /** How many distinct search queries (at least 500). */
  queryCount: number;
}

/**
 * Every route the bench measures, references first. A later issue adds its routes here, with its
 * targets; the harness needs no other change.
 */
export function benchRoutes(options: RouteOptions): BenchRoute[] {
  return [
    { name: 'baseline', path: '/bench/baseline' },
    { name: 'floor', path: '/bench/floor', page: true },
    {
      name: 'home',
      path: '/',
      page: true,
      targets: [
        { kind: 'ratio', of: 'baseline', min: 0.4 },
        { kind: 'weight', maxKb: 150 },
      ],
    },
    { name: 'healthz', path: '/healthz' },
    { name: 'communes-search', path: communeSearchPaths(options) },
    // Issue 4: the directory searched for a place + radius + theme, as a page and through the API.
    {
      name: 'annuaire-recherche',
      path: directorySearchPaths(options, '/trouver-un-accompagnement'),
      page: true,
      targets: [
        { kind: 'ratio', of: 'floor', min: 0.5 },
        { kind: 'p99', maxMs: 50, atShareOfFloor: 0.5 },
        { kind: 'weight', maxKb: 150 },
      ],
    },
    {
      name: 'annuaire-api',
      path: directorySearchPaths(options, '/api/v1/activateurs'),
      targets: [
        { kind: 'ratio', of: 'floor', min: 0.7 },
        { kind: 'p99', maxMs: 50, atShareOfFloor: 0.7 },
      ],
    },
    // Issue 4: the public profile of an activator, opened from search results.
    {
      name: 'fiche-activateur',
      path: '(fiches trouvées par l’API de l’annuaire)',
      page: true,
      prepare: (baseUrl) => profilePaths(baseUrl, options),
      targets: [{ kind: 'ratio', of: 'floor', min: 0.7 }],
    },
    // Issue 5: a result page with its comparison, and the last step of an assessment being submitted.
    {
      name: 'autodiagnostic-resultat',
      path: '(résultats terminés de la base)',
      page: true,
      prepare: (baseUrl) => resultPaths(baseUrl, options),
      targets: [
        { kind: 'ratio', of: 'floor', min: 0.5 },
        { kind: 'p99', maxMs: 50, atShareOfFloor: 0.5 },
      ],
    },
    // The same page the first time each result is opened (nothing kept yet): no target, said apart.
    {
      name: 'autodiagnostic-resultat-1re-ouverture',
      path: '(résultats terminés jamais ouverts)',
      page: true,
      prepare: (baseUrl) => unopenedResultPaths(baseUrl, options),
    },
    {
      name: 'autodiagnostic-derniere-etape',
      path: '(autodiagnostics préparés à leur dernière étape)',
      prepare: (baseUrl) => lastStepPosts(baseUrl),
      expectStatus: 303,
      targets: [{ kind: 'p99', maxMs: 100, atShareOfFloor: 0.5 }],
    },
  ];
}

async function getJson<T>(url: string): Promise<{ body: T; cookies: string[] }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`${url} : ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as T, cookies: response.headers.getSetCookie() };
}

/** Distinct result pages (private links of completed assessments), at least 500. */
async function resultPaths(baseUrl: string, { queryCount }: RouteOptions): Promise<PreparedLoad> {
  const wanted = Math.max(500, queryCount);
  const { body } = await getJson<{ paths: string[] }>(`${baseUrl}/bench/echantillons/resultats?n=${wanted}`);
  return { path: { describe: `${body.paths.length} résultats distincts`, paths: body.paths } };
}

/** Results none of the other routes opens (the first `queryCount` are theirs), each opened once. */
async function unopenedResultPaths(baseUrl: string, { queryCount }: RouteOptions): Promise<PreparedLoad> {
  const taken = new Set((await getJson<{ paths: string[] }>(`${baseUrl}/bench/echantillons/resultats?n=${Math.max(500, queryCount)}`)).body.paths);
  const { body } = await getJson<{ paths: string[] }>(`${baseUrl}/bench/echantillons/resultats?n=${RESULT_SAMPLE_MAX}`);
  const paths = body.paths.filter((path) => !taken.has(path));
  return { path: { describe: `${paths.length} résultats jamais ouverts, chacun une fois`, paths }, opensOnce: true };
}

/**
 * Profiles people open: the activators the directory API finds for the search mix (each found
 * profile once), at least 500 distinct ones when the data holds that many.
 */
async function profilePaths(baseUrl: string, options: RouteOptions): Promise<PreparedLoad> {
  const searches = directorySearchPaths(options, '/api/v1/activateurs') as { paths: string[] };
  const wanted = Math.max(500, options.queryCount);
  const slugs = new Set<string>();
  for (const search of searches.paths) {
    const { body } = await getJson<{ resultats: { slug: string }[] }>(`${baseUrl}${search}`);
    for (const row of body.resultats) slugs.add(row.slug);
    if (slugs.size >= wanted) break;
  }
  const paths = [...slugs].map((slug) => `/trouver-un-accompagnement/${encodeURIComponent(slug)}`);
  return { path: { describe: `${paths.length} fiches distinctes trouvées par ${searches.paths.length} recherches au plus`, paths } };
}

/** Enough fresh assessments for every request of the warm-up and the measure: each one is completed once. */
export const LAST_STEP_SAMPLE = 30_000;

/** The most sample paths the server gives at once (bench-routes.ts). */
const RESULT_SAMPLE_MAX = 40_000;

/** The last step of fresh assessments, posted as a browser would (form fields, CSRF token and cookie). */
async function lastStepPosts(baseUrl: string): Promise<PreparedLoad> {
  const { body, cookies } = await getJson<{ paths: string[]; fields: Record<string, string[]> }>(
    `${baseUrl}/bench/echantillons/derniere-etape?n=${LAST_STEP_SAMPLE}`,
  );
  const form = new URLSearchParams();
  for (const [name, values] of Object.entries(body.fields)) for (const value of values) form.append(name, value);
  const cookie = cookies.map((c) => c.split(';')[0]!).join('; ');
  return {
    path: { describe: `${body.paths.length} autodiagnostics distincts, chacun terminé une fois`, paths: body.paths },
    post: { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie } },
    opensOnce: true,
  };
}

const DIRECTORY_THEMES = ['visibilite', 'vente-en-ligne', 'relation-client', 'gestion', 'donnees-securite', 'strategie-competences'];
const DIRECTORY_RADII = [10, 20, 30, 50];

/**
 * `lieu` (postal codes drawn like the commune mix: where people live) + `rayon` + `theme`, every
 * combination distinct. Postal codes only: a name typed freely costs the geography's fuzzy search,
 * which the communes-search route measures on its own.
 */
function directorySearchPaths({ seed, queryCount }: RouteOptions, base: string): PathSource {
  const wanted = Math.max(500, queryCount);
  const postalCodes = [
    ...new Set(
      communeQueries(loadCommunes(), Math.min(20_000, wanted * 4), seed)
        .filter((q) => q.kind === 'postal-code')
        .map((q) => q.text),
    ),
  ];
  const paths: string[] = [];
  for (let i = 0; paths.length < wanted; i++) {
    const postalCode = postalCodes[i % postalCodes.length]!;
    const theme = DIRECTORY_THEMES[Math.floor(i / postalCodes.length + i) % DIRECTORY_THEMES.length]!;
    const radius = DIRECTORY_RADII[i % DIRECTORY_RADII.length]!;
    paths.push(`${base}?lieu=${postalCode}&rayon=${radius}&theme=${theme}`);
  }
  return {
    describe: `${paths.length} recherches (${postalCodes.length} codes postaux, ${DIRECTORY_THEMES.length} thèmes, rayons ${DIRECTORY_RADII.join('/')} km), graine ${seed}`,
    paths,
  };
}

/** /api/v1/communes?q=… over a population-weighted mix of real communes, never one repeated query. */
function communeSearchPaths({ seed, queryCount }: RouteOptions): PathSource {
  const queries = communeQueries(loadCommunes(), Math.max(500, queryCount), seed);
  return {
    describe: `${queries.length} requêtes distinctes (${describeMix(queries)}), graine ${seed}`,
    paths: queries.map((q) => `/api/v1/communes?q=${encodeURIComponent(q.text)}`),
  };
}

/** The first path of a route, for the page weight and the start-up check. */
export function firstPath(route: BenchRoute): string {
  return typeof route.path === 'string' ? route.path : route.path.paths[0]!;
}
