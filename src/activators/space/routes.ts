import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requireRole } from '../../accounts/index.js';
import { sendError } from '../../server/errors.js';
import { pageContext, sendPage } from '../../server/render.js';
import { KINDS } from '../kinds.js';
import type { ActivatorsDeps } from '../registration/deps.js';
import { findActivatorOfUser } from '../registration/queries.js';
import { slugifyName } from '../slug.js';
import type { ProfileViewCounter } from '../statistics/profile-views.js';
import { badgePng, badgeSvg, mayUseBadge } from './badge.js';
import { BADGE_PATH, BADGE_PNG_PATH, BADGE_SVG_PATH, BadgePage } from './pages/BadgePage.js';
import { SituationChangePage } from './pages/SituationChangePage.js';
import { STATISTICS_PATH, StatisticsPage } from './pages/StatisticsPage.js';
import { SITUATION_PATH } from './use-cases/dashboard.js';
import { declareSituationChange } from './use-cases/declare-change.js';
import { getActivatorStatistics, type ContactStatistics } from './use-cases/get-statistics.js';

const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
const DOSSIER_PATH = '/espace-activateurs/dossier';

export interface SpaceOptions {
  deps: ActivatorsDeps;
  views: ProfileViewCounter;
  contactStatistics?: ContactStatistics;
}

/**
 * The activator's own space beyond the registration file: statistics, the badge, declaring a change of
 * situation. Every page is about the signed-in activator's own file: no identifier in the address.
 */
export const activatorsSpaceRoutes: FastifyPluginAsync<SpaceOptions> = async (app, { deps, views, contactStatistics }) => {
  app.addHook('preHandler', requireRole('activateur'));
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => pageContext(deps.config, request, reply);
  const own = (request: FastifyRequest) => findActivatorOfUser(deps.db, request.currentUser!.id);

  app.get(STATISTICS_PATH, async (request, reply) => {
    const activator = await own(request);
    if (!activator || !['active', 'retiree'].includes(activator.status)) {
      reply.flash('info', 'Vos statistiques seront disponibles une fois votre fiche active.');
      return reply.redirect('/espace-activateurs', 303);
    }
    const statistics = await getActivatorStatistics(
      { db: deps.db, clock: deps.clock, views, contactStatistics, onError: (error) => request.log.error({ err: error }, 'contact statistics unavailable') },
      activator,
    );
    return sendPage(reply, h(StatisticsPage, { ctx: page(request, reply), statistics, hasPublicPage: KINDS[activator.kind].pageNamedAfter !== null }));
  });

  const fileName = `badge-activateur-${slugifyName(deps.config.siteName)}`;

  app.get(BADGE_PATH, async (request, reply) => {
    const activator = await own(request);
    const status = activator?.status ?? 'brouillon';
    const profileUrl =
      activator?.status === 'active' && activator.slug && KINDS[activator.kind].pageNamedAfter
        ? new URL(`/trouver-un-accompagnement/${activator.slug}`, deps.config.publicUrl).href
        : null;
    return sendPage(reply, h(BadgePage, { ctx: page(request, reply), siteName: deps.config.siteName, status, allowed: mayUseBadge(status), profileUrl, fileName, contactEmail: deps.config.contactEmail }));
  });

  async function badgeRefused(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const activator = await own(request);
    if (activator && mayUseBadge(activator.status)) return false;
    request.log.warn({ userId: request.currentUser!.id, status: activator?.status ?? null }, 'badge refused: file not validated or withdrawn');
    await sendError(deps.config, request, reply, 403);
    return true;
  }

  app.get(BADGE_SVG_PATH, async (request, reply) => {
    if (await badgeRefused(request, reply)) return reply;
    return reply
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', `attachment; filename="${fileName}.svg"`)
      .type('image/svg+xml; charset=utf-8')
      .send(badgeSvg(deps.config.siteName));
  });

  app.get(BADGE_PNG_PATH, async (request, reply) => {
    if (await badgeRefused(request, reply)) return reply;
    return reply
      .header('cache-control', 'private, no-cache')
      .header('content-disposition', `attachment; filename="${fileName}.png"`)
      .type('image/png')
      .send(await badgePng(deps.config.siteName));
  });

  app.get(SITUATION_PATH, async (request, reply) => {
    const activator = await own(request);
    if (!activator || !['active', 'validee'].includes(activator.status)) return reply.redirect(DOSSIER_PATH, 303);
    return sendPage(reply, h(SituationChangePage, { ctx: page(request, reply) }));
  });

  app.post(SITUATION_PATH, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { situation: formText.parse(body.situation), precisions: formText.parse(body.precisions) };
    const activator = await own(request);
    if (!activator) return reply.redirect(DOSSIER_PATH, 303);
    const result = await declareSituationChange(deps, activator, { situation: values.situation, details: values.precisions, confirmed: formText.parse(body.confirmation) === 'oui' });
    if (result.ok) {
      reply.flash('success', 'Votre changement de situation est enregistré : votre fiche est retirée.');
      return reply.redirect(DOSSIER_PATH, 303);
    }
    return sendPage(reply, h(SituationChangePage, { ctx: page(request, reply), values, errors: { [result.field]: result.message } }), 400);
  });
};
