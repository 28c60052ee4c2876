import { count, desc } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { toNumber } from '../db/client.js';
import type { AppContext } from '../server/context.js';
import { requireRole } from '../server/guards.js';
import { pageContext, sendPage } from '../server/render.js';
import { OutboxPage } from './pages/OutboxPage.js';
import { outboxMails } from './schema.js';

const PAGE_SIZE = 20;
const query = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });

/** The outbox, for operators: every mail the platform wrote, sent or kept (no SMTP configured). */
export const mailRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/operateur/courriels', { preHandler: requireRole(ctx.config, 'operateur') }, async (request, reply) => {
    const { page } = query.parse(request.query);
    const [total] = await ctx.db.select({ n: count() }).from(outboxMails);
    const mails = await ctx.db
      .select()
      .from(outboxMails)
      .orderBy(desc(outboxMails.createdAt))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE);
    const pageCount = Math.max(1, Math.ceil(toNumber(total?.n) / PAGE_SIZE));
    return sendPage(
      reply,
      h(OutboxPage, { ctx: pageContext(ctx.config, request, reply), mails, page, pageCount, smtpConfigured: Boolean(ctx.config.smtpUrl) }),
    );
  });
};
