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
    await app.register(async (domain) => {
      for (const { href } of UPCOMING_SECTIONS) domain.get(href, async () => `la vraie rubrique ${href}`);
    });
    await app.register(siteRoutes, { ctx });
    await app.ready();
    for (const { href } of UPCOMING_SECTIONS) {
      expect((await app.inject(href)).body).toBe(`la vraie rubrique ${href}`);
    }
    await app.close();
  });
});
