// The contact requests on the web: the form a business sends (to one activator from its profile, or to
// up to three chosen in the directory), the activator's requests in their space, and the operators'
// list of requests left without answer.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requireRole } from '../accounts/index.js';
import { findActivatorOfUser, findContactTargetsById, findContactTargetsBySlug, kindLabel, searchContactTargets, type ContactTarget } from '../activators/index.js';
import type { AppContext } from '../server/context.js';
import { sendError } from '../server/errors.js';
import { pageContext, sendPage } from '../server/render.js';
import { REQUESTS_PATH } from './mails.js';
import { ContactFormPage, CONTACT_PATH, EMPTY_VALUES, HONEYPOT_FIELD, type ContactFormValuesView } from './pages/ContactFormPage.js';
import { ContactSentPage } from './pages/ContactSentPage.js';
import { PendingRequestsPage } from './pages/PendingRequestsPage.js';
import { RequestPage } from './pages/RequestPage.js';
import { RequestsListPage } from './pages/RequestsListPage.js';
import { flaggedRequests } from './queries.js';
import { answerRequest } from './use-cases/answer-request.js';
import { changeRequestStatus } from './use-cases/change-request-status.js';
import { listRequests, openRequest } from './use-cases/open-request.js';
import { redirectRequest } from './use-cases/redirect-request.js';
import { chooseTargets, parseSlugs, sendContactRequest, type ContactFormValues } from './use-cases/send-contact-request.js';
import { workingDaysBetween } from './working-days.js';

export const PENDING_PATH = '/operateur/demandes-en-attente';
export const SENT_PATH = `${CONTACT_PATH}/demande-envoyee`;

type Fields = Record<string, unknown>;
const text = (v: unknown, max = 10_000): string => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === 'string' ? value.slice(0, max) : '';
};
const slugsOf = (v: unknown): string[] => parseSlugs(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? v : undefined);
const uuidOrEmpty = (v: unknown): string => {
  const value = text(v, 64).trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : '';
};

function formTarget(t: ContactTarget) {
  const place = t.communeName ? `${t.communeName} (${t.postalCode})` : t.postalCode;
  return { slug: t.slug, name: t.name, detail: [kindLabel(t.kind), t.structureName, place].filter(Boolean).join(' — ') };
}

export const contactsRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    input: { slugs: string[]; diagnostic: string; values?: ContactFormValuesView; errors?: Record<string, string>; status?: number },
  ) {
    const page = pageContext(ctx.config, request, reply);
    const chosen = await chooseTargets(ctx, input.slugs);
    if (!chosen.ok) {
      return sendPage(reply, h(ContactFormPage, { ctx: page, targets: [], commitments: [], slugs: input.slugs, diagnostic: input.diagnostic, selectionError: chosen.message }), 400);
    }
    return sendPage(
      reply,
      h(ContactFormPage, {
        ctx: page,
        targets: chosen.targets.map(formTarget),
        commitments: chosen.targets[0]!.commitments,
        slugs: chosen.targets.map((t) => t.slug),
        diagnostic: input.diagnostic,
        values: input.values,
        errors: input.errors,
      }),
      input.status ?? 200,
    );
  }

  app.get(CONTACT_PATH, async (request, reply) => {
    const query = (request.query ?? {}) as Fields;
    return showForm(request, reply, { slugs: slugsOf(query.activateurs), diagnostic: uuidOrEmpty(query.diagnostic) });
  });

  app.post(CONTACT_PATH, async (request, reply) => {
    const body = (request.body ?? {}) as Fields;
    const slugs = slugsOf(body.activateurs);
    const values: ContactFormValues = {
      nom: text(body.nom, 500),
      entreprise: text(body.entreprise, 500),
      siret: text(body.siret, 100),
      email: text(body.email, 500),
      telephone: text(body.telephone, 100),
      besoin: text(body.besoin, 20_000),
      theme: text(body.theme, 100),
      consentement: text(body.consentement) === 'oui',
      diagnostic: uuidOrEmpty(body.diagnostic),
      piege: text(body[HONEYPOT_FIELD], 1000),
    };
    const result = await sendContactRequest(ctx, { values, slugs, ip: request.ip });
    if (result.ok) {
      if (!result.duplicate) reply.flash('success', 'Votre demande est envoyée : un courriel de confirmation vous a été adressé.');
      else reply.flash('info', 'Cette demande avait déjà été envoyée : elle n’est pas envoyée une seconde fois.');
      return reply.redirect(`${SENT_PATH}?activateurs=${encodeURIComponent(result.targets.map((t) => t.slug).join(','))}`, 303);
    }
    const shown: ContactFormValuesView = { ...EMPTY_VALUES, ...values };
    const errors: Record<string, string> = {};
    for (const refusal of 'all' in result ? result.all : [result]) errors[refusal.field] ??= refusal.message;
    const status = result.field === 'form' ? 429 : 400;
    return showForm(request, reply, { slugs, diagnostic: values.diagnostic, values: shown, errors, status });
  });

  app.get(SENT_PATH, async (request, reply) => {
    const query = (request.query ?? {}) as Fields;
    const slugs = slugsOf(query.activateurs).slice(0, 3);
    const targets = await findContactTargetsBySlug(ctx.db, slugs, ctx.clock.now());
    return sendPage(reply, h(ContactSentPage, { ctx: pageContext(ctx.config, request, reply), names: targets.map((t) => t.name) }));
  });

  app.get(PENDING_PATH, { preHandler: requireRole('operateur') }, async (request, reply) => {
    const now = ctx.clock.now();
    const requests = await flaggedRequests(ctx.db);
    const targets = new Map((await findContactTargetsById(ctx.db, requests.map((r) => r.activatorId), now)).map((t) => [t.id, t]));
    const rows = requests.map((r) => {
      const t = targets.get(r.activatorId);
      return {
        id: r.id,
        createdAt: r.createdAt,
        flaggedAt: r.flaggedAt!,
        company: r.company,
        theme: r.theme,
        activatorName: t?.name ?? '',
        activatorEmail: t?.email ?? '',
        activatorSlug: t?.contactable ? t.slug : '',
        workingDays: workingDaysBetween(r.createdAt, now),
      };
    });
    return sendPage(reply, h(PendingRequestsPage, { ctx: pageContext(ctx.config, request, reply), rows }));
  });

  await app.register(activatorRequestsRoutes, { ctx });
};

/** The activator's requests: only their own; any other request is refused (403) and the attempt logged. */
const activatorRequestsRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('preHandler', requireRole('activateur'));

  async function load(request: FastifyRequest, reply: FastifyReply) {
    const user = request.currentUser!;
    const activator = await findActivatorOfUser(ctx.db, user.id);
    if (!activator) {
      reply.redirect('/espace-activateurs/dossier', 303);
      return null;
    }
    const id = text((request.params as Fields).id, 64);
    const opened = await openRequest(ctx, activator.id, id);
    if (!opened.ok) {
      if (opened.reason === 'interdit') {
        request.log.warn({ userId: user.id, activatorId: activator.id, requestId: id, method: request.method }, 'forbidden: contact request of another activator');
        sendError(ctx.config, request, reply, 403);
      } else sendError(ctx.config, request, reply, 404);
      return null;
    }
    return { activator, actor: { activatorId: activator.id, userId: user.id, name: `${activator.firstName} ${activator.lastName}` }, ...opened };
  }

  async function showRequest(
    request: FastifyRequest,
    reply: FastifyReply,
    loaded: NonNullable<Awaited<ReturnType<typeof load>>>,
    extra: { query?: string; values?: Record<string, string>; errors?: Record<string, string>; status?: number } = {},
  ) {
    const query = extra.query ?? text((request.query as Fields)?.recherche, 100).trim();
    const results = query ? (await searchContactTargets(ctx.db, query, ctx.clock.now(), 10)).filter((t) => t.id !== loaded.activator.id) : [];
    return sendPage(
      reply,
      h(RequestPage, { ctx: pageContext(ctx.config, request, reply), request: loaded.request, events: loaded.events, search: { query, results }, values: extra.values, errors: extra.errors }),
      extra.status ?? 200,
    );
  }

  app.get(REQUESTS_PATH, async (request, reply) => {
    const activator = await findActivatorOfUser(ctx.db, request.currentUser!.id);
    if (!activator) return reply.redirect('/espace-activateurs/dossier', 303);
    const requests = await listRequests(ctx, activator.id);
    return sendPage(reply, h(RequestsListPage, { ctx: pageContext(ctx.config, request, reply), requests }));
  });

  app.get(`${REQUESTS_PATH}/:id`, async (request, reply) => {
    const loaded = await load(request, reply);
    if (!loaded) return reply;
    return showRequest(request, reply, loaded);
  });

  app.post(`${REQUESTS_PATH}/:id/reponse`, async (request, reply) => {
    const loaded = await load(request, reply);
    if (!loaded) return reply;
    const body = (request.body ?? {}) as Fields;
    const message = text(body.reponse, 20_000);
    const result = await answerRequest(ctx, loaded.actor, loaded.request, { message });
    if (!result.ok) return showRequest(request, reply, loaded, { values: { reponse: message }, errors: { [result.field]: result.message }, status: 400 });
    reply.flash('success', 'Votre réponse est envoyée à l’entreprise par courriel.');
    return reply.redirect(`${REQUESTS_PATH}/${loaded.request.id}`, 303);
  });

  app.post(`${REQUESTS_PATH}/:id/statut`, async (request, reply) => {
    const loaded = await load(request, reply);
    if (!loaded) return reply;
    const result = await changeRequestStatus(ctx, loaded.actor, loaded.request, text((request.body as Fields)?.statut, 50));
    if (!result.ok) return showRequest(request, reply, loaded, { errors: { [result.field]: result.message }, status: 400 });
    reply.flash('success', 'Le statut de la demande est mis à jour.');
    return reply.redirect(`${REQUESTS_PATH}/${loaded.request.id}`, 303);
  });

  app.post(`${REQUESTS_PATH}/:id/redirection`, async (request, reply) => {
    const loaded = await load(request, reply);
    if (!loaded) return reply;
    const body = (request.body ?? {}) as Fields;
    const values = { cible: text(body.cible, 200), message: text(body.message, 5000), recherche: text(body.recherche, 100) };
    const result = await redirectRequest(ctx, loaded.actor, loaded.request, { targetSlug: values.cible, message: values.message });
    if (!result.ok) {
      return showRequest(request, reply, loaded, { query: values.recherche, values, errors: { [result.field]: result.message }, status: 400 });
    }
    reply.flash('success', `La demande est transmise à ${result.toName} ; l’entreprise en est informée.`);
    return reply.redirect(`${REQUESTS_PATH}/${loaded.request.id}`, 303);
  });
};
