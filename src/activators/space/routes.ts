import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requireRole } from '../../accounts/index.js';
import { pageContext, sendPage } from '../../server/render.js';
import type { ActivatorsDeps } from '../registration/deps.js';
import { findActivatorOfUser } from '../registration/queries.js';
import { SituationChangePage } from './pages/SituationChangePage.js';
import { declareSituationChange } from './use-cases/declare-change.js';

const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
const PATH = '/espace-activateurs/changement-de-situation';

/** The activator's own space beyond the registration file: declaring a change of situation. */
export const activatorsSpaceRoutes: FastifyPluginAsync<{ deps: ActivatorsDeps }> = async (app, { deps }) => {
  app.addHook('preHandler', requireRole('activateur'));

  app.get(PATH, async (request, reply) => {
    const activator = await findActivatorOfUser(deps.db, request.currentUser!.id);
    if (!activator || !['active', 'validee'].includes(activator.status)) return reply.redirect('/espace-activateurs/dossier', 303);
    return sendPage(reply, h(SituationChangePage, { ctx: pageContext(deps.config, request, reply) }));
  });

  app.post(PATH, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { situation: formText.parse(body.situation), precisions: formText.parse(body.precisions) };
    const activator = await findActivatorOfUser(deps.db, request.currentUser!.id);
    if (!activator) return reply.redirect('/espace-activateurs/dossier', 303);
    const result = await declareSituationChange(deps, activator, { situation: values.situation, details: values.precisions, confirmed: formText.parse(body.confirmation) === 'oui' });
    if (result.ok) {
      reply.flash('success', 'Votre changement de situation est enregistré : votre fiche est retirée.');
      return reply.redirect('/espace-activateurs/dossier', 303);
    }
    return sendPage(reply, h(SituationChangePage, { ctx: pageContext(deps.config, request, reply), values, errors: { [result.field]: result.message } }), 400);
  });
};
