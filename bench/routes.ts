import { communeQueries, describeMix, loadCommunes } from './queries.js';

/** A figure a route must reach: a share of a reference route's requests/s, or a page weight. */
export type Target =
  | { kind: 'ratio'; of: 'baseline' | 'floor'; min: number }
  | { kind: 'weight'; maxKb: number };

/** What the load sends: one path, or a fresh path for every request (search queries). */
export type PathSource = string | { describe: string; paths: string[] };

export interface BenchRoute {
  name: string;
  path: PathSource;
  /** The page weight (HTML + CSS + JS, compressed) is measured for HTML pages. */
  page?: boolean;
  targets?: Target[];
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
        { kind: 'weight', maxKb: 150 },
      ],
    },
    { name: 'annuaire-api', path: directorySearchPaths(options, '/api/v1/activateurs'), targets: [{ kind: 'ratio', of: 'floor', min: 0.7 }] },
  ];
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
