import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from './context.js';

/** For the load balancer and the operators: answers 200 only when the database answers. */
export const healthRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/healthz', async (_request, reply) => {
    try {
      await ctx.db.execute(sql`SELECT 1`);
      return reply.header('cache-control', 'no-store').send({ statut: 'ok', baseDeDonnees: ctx.engine });
    } catch (error) {
      app.log.error({ err: error }, 'healthz: database unreachable');
      return reply.code(503).header('cache-control', 'no-store').send({ statut: 'indisponible', baseDeDonnees: ctx.engine });
    }
  });
};
