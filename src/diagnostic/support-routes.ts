import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requireRole } from '../accounts/index.js';
import { findActivatorOfUser } from '../activators/index.js';
import type { AppContext } from '../server/context.js';
import { sendError } from '../server/errors.js';
import { pageContext, sendPage } from '../server/render.js';
import { BUSINESSES_PATH, BusinessesToSupportPage, InactiveActivatorPage, listHref } from './pages/BusinessesToSupportPage.js';
import { businessesToSupport, takeContact } from './use-cases/businesses-to-support.js';

const listQuery = z.object({
  theme: z.string().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
const contactParams = z.object({ id: z.string().uuid() });
const contactBody = z.object({
  theme: z.string().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** "Entreprises à accompagner" in the activators' space: consenting businesses of the activator's departments. */
export const businessesToSupportRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('preHandler', requireRole('activateur'));

  app.get(BUSINESSES_PATH, async (request, reply) => {
    const query = listQuery.parse(request.query ?? {});
    const activator = await findActivatorOfUser(ctx.db, request.currentUser!.id);
    const result = await businessesToSupport({ db: ctx.db }, { activator, theme: query.theme ?? null, page: query.page ?? 1 });
    reply.header('cache-control', 'no-store');
    if (!result.ok) return sendPage(reply, h(InactiveActivatorPage, { ctx: pageContext(ctx.config, request, reply) }));
    const { ok: _ok, ...view } = result;
    return sendPage(reply, h(BusinessesToSupportPage, { ctx: pageContext(ctx.config, request, reply), ...view }));
  });

  app.post(`${BUSINESSES_PATH}/:id/contact`, async (request, reply) => {
    const params = contactParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const body = contactBody.parse(request.body ?? {});
    const back = listHref(body.theme ?? null, body.page ?? 1);
    const activator = await findActivatorOfUser(ctx.db, request.currentUser!.id);
    const result = await takeContact({ db: ctx.db, clock: ctx.clock }, { activator, assessmentId: params.data.id });
    if (!result.ok) {
      reply.flash(
        'error',
        result.reason === 'fiche_inactive'
          ? 'Votre fiche doit être active pour contacter une entreprise.'
          : 'Cette entreprise n’est plus dans votre liste : elle a peut-être retiré son accord.',
      );
      return reply.redirect(back, 303);
    }
    reply.flash('success', 'Ses coordonnées s’affichent ci-dessous : votre prise de contact est enregistrée.');
    return reply.redirect(`${back}#entreprise-${params.data.id}`, 303);
  });
};
