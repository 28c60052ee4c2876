import autocannon from 'autocannon';
import type { PathSource, PostSpec } from './routes.js';
import { BROWSER_ENCODINGS } from './weight.js';

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of load thrown away first (JIT, pools, caches), with the same connections. */
  warmup: number;
  /** Posts this form to every path instead of GETting it. */
  post?: PostSpec;
  /** A successful answer's status, when not 2xx (303 after a form); any other status counts as a failure. */
  expectStatus?: number;
  /** Each path may be loaded once: requests beyond them are counted in `reusedPaths`. */
  opensOnce?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Completed responses during the measured window. */
  responses: number;
  non2xx: number;
  /** Connection errors and time-outs: the server did not answer at all. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  durationSeconds: number;
  /** Set when success is not 2xx: `non2xx` then counts the answers with any other status. */
  expectedStatus?: number;
  /** Requests (warm-up included) beyond the number of distinct paths: some paths were loaded twice. */
  reusedPaths?: number;
}

/**
 * Rotates over a route's paths with one counter shared by every connection, so no two requests in
 * a row carry the same query, and the measured window continues where the warm-up stopped.
 */
export function pathRotation(source: PathSource): () => string {
  if (typeof source === 'string') return () => source;
  const paths = source.paths;
  let next = 0;
  return () => {
    const path = paths[next]!;
    next = (next + 1) % paths.length;
    return path;
  };
}

/** Warms the route up, then measures it; autocannon runs in this process (the server is a child). */
export async function loadRoute(source: PathSource, options: LoadOptions): Promise<LoadResult> {
  const nextPath = pathRotation(source);
  let sent = 0;
  const post = options.post;
  const method = post ? 'POST' : 'GET';
  const body = post ? { body: post.body } : {};
  const run = (duration: number) =>
    autocannon({
      url: options.baseUrl,
      connections: options.connections,
      duration,
      timeout: 10,
      headers: { 'accept-encoding': BROWSER_ENCODINGS, accept: '*/*', ...post?.headers },
      requests:
        typeof source === 'string'
          ? [{ method, ...body, path: source }]
          : [
              {
                method,
                ...body,
                setupRequest: (request) => {
                  sent++;
                  return { ...request, path: nextPath() };
                },
              },
            ],
    });
  if (options.warmup > 0) await run(options.warmup);
  const result = await run(options.duration);
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(stat.count);
  const responses = result.requests.total;
  const expected = options.expectStatus;
  const unexpected =
    expected === undefined ? result.non2xx : Object.entries(statusCodes).reduce((n, [code, count]) => (Number(code) === expected ? n : n + count), 0);
  // A form post changes what it posts to, a first opening is first once: each path must be loaded once. Searches may come back.
  const distinct = typeof source === 'string' || !options.opensOnce ? Infinity : source.paths.length;
  return {
    requestsPerSecond: result.duration > 0 ? responses / result.duration : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    responses,
    ...(expected !== undefined ? { expectedStatus: expected } : {}),
    ...(sent > distinct ? { reusedPaths: sent - distinct } : {}),
    non2xx: unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    durationSeconds: result.duration,
  };
}
