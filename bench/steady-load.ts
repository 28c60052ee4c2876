import { Agent, request } from 'node:http';
import { pathRotation, type LoadOptions, type LoadResult } from './load.js';
import type { PathSource } from './routes.js';
import { BROWSER_ENCODINGS } from './weight.js';

/** More sockets than requests ever in flight at the loads we state: a request never waits for one. */
const MAX_SOCKETS = 256;

/**
 * An open loop at a constant rate: request i is due at i ÷ rate seconds, sent then whatever the
 * answers before it, and its latency counts from when it was due (so a stall is charged to every
 * request it delayed, not hidden: no coordinated omission). autocannon's `overallRate` is not this:
 * each connection sends its share of a second as fast as answered, then waits for the next second,
 * so its « fixed rate » is a burst at saturation followed by silence.
 */
export async function steadyLoad(source: PathSource, options: LoadOptions & { rate: number }): Promise<LoadResult> {
  const nextPath = pathRotation(source);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const url = new URL(options.baseUrl);
  const method = options.post ? 'POST' : 'GET';
  const headers: Record<string, string> = { 'accept-encoding': BROWSER_ENCODINGS, accept: '*/*', ...options.post?.headers };
  if (options.post) headers['content-length'] = String(Buffer.byteLength(options.post.body));
  let sent = 0;

  const run = (seconds: number, record: boolean) =>
    new Promise<{ latencies: number[]; statusCodes: Record<string, number>; errors: number; timeouts: number }>((resolve) => {
      const latencies: number[] = [];
      const statusCodes: Record<string, number> = {};
      let errors = 0;
      let timeouts = 0;
      let due = 0;
      let pending = 0;
      const total = Math.round(options.rate * seconds);
      const start = performance.now();
      const finish = () => {
        if (due >= total && pending === 0) resolve({ latencies, statusCodes, errors, timeouts });
      };
      const send = (dueAt: number) => {
        pending++;
        sent++;
        const req = request(
          { host: url.hostname, port: url.port, path: nextPath(), method, headers, agent, timeout: 10_000 },
          (response) => {
            response.on('data', () => undefined);
            response.on('end', () => {
              pending--;
              if (record) {
                latencies.push(performance.now() - dueAt);
                statusCodes[response.statusCode!] = (statusCodes[response.statusCode!] ?? 0) + 1;
              }
              finish();
            });
          },
        );
        req.on('timeout', () => {
          timeouts++;
          req.destroy(new Error('timeout'));
        });
        req.on('error', () => {
          pending--;
          if (record) errors++;
          finish();
        });
        req.end(options.post?.body);
      };
      // Wakes about every millisecond and sends what has fallen due since (at 1,000 req/s, one).
      const tick = () => {
        const now = performance.now();
        while (due < total && start + (due * 1000) / options.rate <= now) send(start + (due++ * 1000) / options.rate);
        if (due < total) setTimeout(tick, 1);
        else finish();
      };
      tick();
    });

  if (options.warmup > 0) await run(options.warmup, false);
  const measured = await run(options.duration, true);
  agent.destroy();
  const sorted = measured.latencies.sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10);
  const expected = options.expectStatus;
  const unexpected = Object.entries(measured.statusCodes).reduce(
    (n, [code, count]) => ((expected === undefined ? code.startsWith('2') : Number(code) === expected) ? n : n + count),
    0,
  );
  const distinct = typeof source === 'string' || !options.opensOnce ? Infinity : source.paths.length;
  return {
    requestsPerSecond: sorted.length / options.duration,
    p50: at(0.5),
    p99: at(0.99),
    responses: sorted.length,
    ...(expected !== undefined ? { expectedStatus: expected } : {}),
    ...(sent > distinct ? { reusedPaths: sent - distinct } : {}),
    non2xx: unexpected,
    errors: measured.errors,
    timeouts: measured.timeouts,
    statusCodes: measured.statusCodes,
    durationSeconds: options.duration,
  };
}
