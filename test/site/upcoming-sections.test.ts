import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import type { AppContext } from '../../src/server/context.js';
import { siteRoutes } from '../../src/site/index.js';
import { UPCOMING_SECTIONS } from '../../src/site/upcoming-sections.js';

describe('les pages d’attente des rubriques', () => {
  it('une rubrique déjà servie par son domaine n’est pas remplacée par la page d’attente', async () => {
    const app = Fastify();
    const ctx = { config: testConfig(), clock: new FixedClock() } as unknown as AppContext;
    const claimed = UPCOMING_SECTIONS[0]!.href;
    await app.register(async (domain) => {
      domain.get(claimed, async () => 'la vraie rubrique');
    });
    await app.register(siteRoutes, { ctx });
    await app.ready();
    const res = await app.inject(claimed);
    expect(res.body).toBe('la vraie rubrique');
    expect(app.hasRoute({ method: 'GET', url: UPCOMING_SECTIONS[1]!.href })).toBe(true);
    await app.close();
  });
});
