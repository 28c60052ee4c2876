import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { steadyLoad } from '../../bench/steady-load.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering every request after `delayMs`, counting what it received. */
async function slowServer(delayMs: number): Promise<{ baseUrl: string; received: () => number }> {
  let received = 0;
  server = createServer((_request, response) => {
    received++;
    setTimeout(() => response.end('ok'), delayMs);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received };
}

describe('la charge à débit constant du banc', () => {
  it('envoie chaque requête à son heure, sans attendre les réponses précédentes', async () => {
    // 40 ms per answer: one connection waiting for each answer would manage 25 per second, not 100.
    const { baseUrl, received } = await slowServer(40);
    const result = await steadyLoad('/', { baseUrl, connections: 1, duration: 1, warmup: 0, rate: 100 });
    expect(received()).toBe(100);
    expect(result.responses).toBe(100);
    expect(result.non2xx).toBe(0);
    expect(result.p50).toBeGreaterThanOrEqual(40);
    expect(result.p99).toBeLessThan(200);
  });

  it('compte une réponse d’un autre statut que celui attendu comme un échec', async () => {
    const { baseUrl } = await slowServer(0);
    const result = await steadyLoad({ describe: '2', paths: ['/a', '/b'] }, { baseUrl, connections: 1, duration: 0.5, warmup: 0, rate: 40, expectStatus: 303 });
    expect(result.responses).toBe(20);
    expect(result.non2xx).toBe(20);
  });
});
