import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requireRole } from '../accounts/index.js';
import type { Db } from '../db/client.js';
import type { AppContext } from '../server/context.js';
import { pageContext, sendPage } from '../server/render.js';
import { INDICATORS_PATH, IndicatorsPage, NoRegionPage } from './pages/IndicatorsPage.js';
import type { IndicatorCell } from './indicator-queries.js';
import { ttlCache } from './ttl-cache.js';
import { isPeriod, readIndicators } from './use-cases/read-indicators.js';

/** Indicators are recomputed at most every ten minutes per period and region. */
export const INDICATORS_CACHE_MS = 10 * 60 * 1000;

const query = z.object({
  periode: z.string().max(20).optional().catch(undefined),
  region: z.string().max(3).optional().catch(undefined),
});

/** Indicators for operators (all regions, or one) and regional partners (their region, read-only). */
export const indicatorsRoutes: FastifyPluginAsync<{ ctx: AppContext; contactedAssessmentIds?: (db: Db) => Promise<string[]> }> = async (
  app,
  { ctx, contactedAssessmentIds },
) => {
  app.addHook('preHandler', requireRole('operateur', 'partenaire'));
  const cache = ttlCache<{ cells: IndicatorCell[]; contactedKnown: boolean }>(INDICATORS_CACHE_MS);

  app.get(INDICATORS_PATH, async (request, reply) => {
    const q = query.parse(request.query ?? {});
    const result = await readIndicators(
      { db: ctx.db, clock: ctx.clock, contactedAssessmentIds, cache },
      { user: request.currentUser!, region: q.region || null, period: isPeriod(q.periode) ? q.periode : '12-mois' },
    );
    reply.header('cache-control', 'no-store');
    if (!result.ok) return sendPage(reply, h(NoRegionPage, { ctx: pageContext(ctx.config, request, reply) }));
    const { ok: _ok, ...view } = result;
    return sendPage(reply, h(IndicatorsPage, { ctx: pageContext(ctx.config, request, reply), ...view }));
  });
};
