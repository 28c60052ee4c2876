import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import type { Db } from '../db/client.js';
import type { AppContext } from '../server/context.js';
import { sendError } from '../server/errors.js';
import { pageContext, sendPage } from '../server/render.js';
import { indicatorsRoutes } from './indicators-routes.js';
import { indicatorCells } from './indicator-queries.js';
import { rollUp } from './indicators.js';
import { openDatasets, toCsv, toJson, type OpenDataset } from './open-data.js';
import { OPEN_DATA_PATH, OpenDataPage } from './pages/OpenDataPage.js';
import { ttlCache } from './ttl-cache.js';
import { CLASSIFICATION_ORDERS, THEME_ORDER } from './use-cases/read-indicators.js';

/** Open data files are recomputed at most every hour (their pages say when they were computed). */
const OPEN_DATA_CACHE_MS = 60 * 60 * 1000;

export interface DiagnosticInsightsOptions {
  ctx: AppContext;
  /** The contacts domain's ids of assessments later sent with a contact request (wired by the server). */
  contactedAssessmentIds?: (db: Db) => Promise<string[]>;
}

/** Figures of the self-assessment: indicators for operators and regional partners, and open data for everyone. */
export const diagnosticInsightsPlugin: FastifyPluginAsync<DiagnosticInsightsOptions> = async (app, { ctx, contactedAssessmentIds }) => {
  await app.register(indicatorsRoutes, { ctx, contactedAssessmentIds });

  const cache = ttlCache<{ datasets: OpenDataset[]; generatedAt: Date }>(OPEN_DATA_CACHE_MS);
  const compute = async () => {
    const generatedAt = ctx.clock.now();
    const cells = await indicatorCells(ctx.db, THEME_ORDER, { from: null, regionCode: null, contactedIds: null });
    return { datasets: openDatasets(rollUp(cells, THEME_ORDER, CLASSIFICATION_ORDERS), THEME_ORDER), generatedAt };
  };
  const current = () => cache('tout', ctx.clock.now(), compute);

  app.get(OPEN_DATA_PATH, async (request, reply) => {
    const { datasets, generatedAt } = await current();
    const page = h(OpenDataPage, { ctx: pageContext(ctx.config, request, reply), datasets, generatedAt });
    return sendPage(reply, page);
  });

  app.get<{ Params: { file: string } }>(`${OPEN_DATA_PATH}/:file`, async (request, reply) => {
    const match = /^([a-z-]+)\.(csv|json)$/.exec(request.params.file);
    const computed = match ? await current() : null;
    const dataset = match ? computed?.datasets.find((d) => d.slug === match[1]) : undefined;
    if (!match || !dataset) return sendError(ctx.config, request, reply, 404);
    reply.header('cache-control', 'public, max-age=3600').header('access-control-allow-origin', '*');
    if (match[2] === 'csv') {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${dataset.slug}.csv"`)
        .send(toCsv(dataset, THEME_ORDER));
    }
    return reply.type('application/json; charset=utf-8').send(toJson(dataset, { producer: ctx.config.operatorName, generatedAt: computed!.generatedAt }));
  });
};
