import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { rowsOf } from '../db/client.js';
import { assessmentsAtLastStep, completedAssessmentTokens } from '../diagnostic/index.js';
import { Container } from '../ui/components.js';
import type { PageContext } from '../ui/context.js';
import { Layout } from '../ui/Layout.js';
import type { AppContext } from './context.js';
import { pageContext, sendPage } from './render.js';

/** What the floor page lists: 20 rows produced by the database, so the round trip is real. */
export const FLOOR_ITEM_COUNT = 20;

interface FloorItem {
  rank: number;
  label: string;
}

/** The floor page: the full frame around a short list, nothing else (no business query, no form). */
export function FloorPage({ ctx, items }: { ctx: PageContext; items: FloorItem[] }) {
  const list = h(
    'ul',
    null,
    items.map((item) => h('li', { key: item.rank }, h('a', { href: `/bench/floor#${item.rank}` }, item.label))),
  );
  const content = h(Container, {
    children: [
      h('h1', null, 'Page de référence'),
      h('p', null, 'Une requête triviale et une liste de vingt éléments dans le cadre complet du site.'),
      list,
    ],
  });
  return h(Layout, { ctx, title: 'Page de référence', children: content });
}

/**
 * The two reference routes of `npm run bench`, registered only when BENCH_ROUTES is set: `baseline`
 * measures what the framework and our global hooks cost, `floor` what any dynamic page costs at least.
 * Route figures are read as ratios to these two, which absorbs the machine's noise.
 */
export const benchRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/bench/baseline', async (_request, reply) => {
    return reply.type('text/plain; charset=utf-8').send('ok');
  });

  app.get('/bench/floor', async (request, reply) => {
    const result = await ctx.db.execute(
      sql`SELECT n AS rank, 'Élément n° ' || n AS label FROM generate_series(1, ${FLOOR_ITEM_COUNT}::int) AS n`,
    );
    const items = rowsOf<{ rank: number | string; label: string }>(result).map((r) => ({ rank: Number(r.rank), label: r.label }));
    return sendPage(reply, h(FloorPage, { ctx: pageContext(ctx.config, request, reply), items }));
  });

  // Samples the bench loads routes with (a reference route never reads them).
  const sampleSize = (query: unknown) => Math.min(40_000, Math.max(1, Number((query as { n?: string }).n) || 500));

  /** Result pages of completed assessments: their private links. */
  app.get('/bench/echantillons/resultats', async (request, reply) => {
    const tokens = await completedAssessmentTokens(ctx.db, sampleSize(request.query));
    return reply.header('cache-control', 'no-store').send({ paths: tokens.map((t) => `/autodiagnostic/resultat/${t}`) });
  });

  /**
   * Fresh assessments one step from their result, and what a browser posts on that step: the form's
   * fields and a CSRF token whose cookie this answer sets.
   */
  // GET although it writes: BENCH_ROUTES only, and the bench's first call must carry no CSRF token yet.
  app.get('/bench/echantillons/derniere-etape', async (request, reply) => {
    const fixture = await assessmentsAtLastStep(ctx.db, ctx.clock.now(), sampleSize(request.query));
    const csrf = reply.generateCsrf();
    return reply.header('cache-control', 'no-store').send({ ...fixture, fields: { ...fixture.form, direction: ['suivant'], _csrf: [csrf] } });
  });
};
