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
  ];
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
