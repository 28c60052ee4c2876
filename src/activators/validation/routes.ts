import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { requireRole } from '../../accounts/index.js';
import { sendError } from '../../server/errors.js';
import { pageContext, sendPage } from '../../server/render.js';
import { themeLabel, type ThemeSlug } from '../../themes/index.js';
import { KINDS } from '../kinds.js';
import type { ActivatorsDeps } from '../registration/deps.js';
import { eventsOf } from '../registration/queries.js';
import { sectorLabel } from '../../sectors/index.js';
import { formatSiret } from '../registration/siret.js';
import { fileReference, frenchDate } from '../registration/use-cases/engagement-letter.js';
import type { Decision } from '../schema.js';
import { QueuePage } from './pages/QueuePage.js';
import { ReviewPage, type ReviewFile } from './pages/ReviewPage.js';
import { approveFile, askCorrections, CORRECTION_PROBLEMS, refuseFile, type DecisionResult, type Operator } from './use-cases/decide.js';
import { DECISION_PROMISE_DAYS, fileForReview, validationQueue } from './use-cases/review.js';

const idParams = z.object({ id: z.uuid() });
const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
const formList = z.preprocess((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []), z.array(z.string().max(100)).max(50)).catch([]);

const EVENT_LABELS: Record<Decision, string> = {
  soumission: 'Dossier envoyé',
  validation: 'Dossier validé',
  demande_corrections: 'Corrections demandées',
  refus: 'Dossier refusé',
  activation: 'Fiche activée',
  retrait: 'Fiche retirée',
  modification_revalidation: 'Modification à revalider',
};

const dateTime = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(d);

/** The operators' validation queue and decisions; anyone else gets a 403, logged by the guard. */
export const activatorsValidationRoutes: FastifyPluginAsync<{ deps: ActivatorsDeps }> = async (app, { deps }) => {
  const ctx = deps;
  app.addHook('preHandler', requireRole('operateur'));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => pageContext(ctx.config, request, reply);
  const operatorOf = (request: FastifyRequest): Operator => ({ id: request.currentUser!.id, displayName: request.currentUser!.displayName });

  app.get('/operateur/activateurs', async (request, reply) => {
    const queue = await validationQueue(ctx.db, ctx.clock.now());
    const entries = queue.map((item) => ({
      id: item.activator.id,
      reference: fileReference(item.activator.id),
      name: `${item.activator.firstName} ${item.activator.lastName}`,
      structure: item.structure?.name ?? '—',
      kindLabel: KINDS[item.activator.kind].label,
      submittedOn: item.activator.submittedAt ? frenchDate(item.activator.submittedAt) : '—',
      waitingDays: item.waitingDays,
      daysLeft: item.daysLeft,
      flags: item.flags.map((f) => f.label),
    }));
    return sendPage(reply, h(QueuePage, { ctx: page(request, reply), entries, promiseDays: DECISION_PROMISE_DAYS }));
  });

  async function renderReview(request: FastifyRequest, reply: FastifyReply, id: string, errors: Partial<Record<string, string>> = {}, values = {}, status = 200) {
    const found = await fileForReview(ctx.db, id);
    if (!found) return sendError(ctx.config, request, reply, 404);
    const { activator: a, structure: s, flags } = found;
    const history = (await eventsOf(ctx.db, a.id)).map((e) => ({
      at: dateTime(e.createdAt),
      what: EVENT_LABELS[e.kind],
      who: e.actorName ?? 'inconnu',
      detail: [((e.problems as { label: string }[] | null) ?? []).map((p) => p.label).join(', '), e.message ?? ''].filter(Boolean).join(' — ') || undefined,
    }));
    const file: ReviewFile = {
      id: a.id,
      reference: fileReference(a.id),
      status: a.status,
      rows: [
        { label: 'Nom', value: `${a.firstName} ${a.lastName}` },
        { label: 'Catégorie', value: KINDS[a.kind].label },
        { label: 'Adresse électronique', value: a.email },
        { label: 'Téléphone', value: a.phone },
        { label: 'Structure', value: s ? `${s.name} — SIRET ${formatSiret(s.siret)}` : '—' },
        { label: 'Nom au répertoire des entreprises', value: s?.registryName ?? 'non vérifié' },
        { label: 'Adresse', value: `${a.addressLine}, ${a.postalCode} ${a.communeName ?? ''}${a.ownAddress ? ' (adresse propre de l’activateur)' : ''}` },
        { label: 'Domaines', value: a.themes.map((t) => themeLabel(t as ThemeSlug) ?? t).join(', ') },
        { label: 'Secteurs', value: a.sectors.length ? a.sectors.map(sectorLabel).join(', ') : 'Tous secteurs' },
        { label: 'Départements', value: a.territoryDepartments.join(', ') },
        { label: 'Lien vers l’offre', value: a.offerUrl ?? '', href: a.offerUrl ?? undefined },
        { label: 'Site web', value: a.website ?? '', href: a.website ?? undefined },
        { label: 'Réseau social', value: a.socialUrl ?? '', href: a.socialUrl ?? undefined },
        { label: 'Vidéos', value: a.videoUrls.join(' ') },
        { label: 'Charte acceptée', value: a.charterVersion && a.charterAcceptedAt ? `version ${a.charterVersion}, le ${frenchDate(a.charterAcceptedAt)}` : '—' },
        { label: 'Signataire de la lettre', value: a.signatoryName ? `${a.signatoryName} (${a.signatoryRole ?? ''})` : '—' },
        { label: 'Fichier photo envoyé', value: a.photoOriginalName ?? '—' },
      ],
      presentation: a.presentation,
      references: a.clientReferences,
      hasPhoto: Boolean(a.photoFile),
      hasLetter: Boolean(a.engagementLetterFile),
      flags,
      history,
    };
    return sendPage(reply, h(ReviewPage, { ctx: page(request, reply), file, problems: [...CORRECTION_PROBLEMS], errors, values }), status);
  }

  app.get('/operateur/activateurs/:id', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    return renderReview(request, reply, params.data.id);
  });

  // The signed letter is never public: only this route, behind the operators' guard, reads it back.
  app.get('/operateur/activateurs/:id/lettre.pdf', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const found = params.success ? await fileForReview(ctx.db, params.data.id) : null;
    const bytes = found?.activator.engagementLetterFile ? await deps.files.get('activateurs/lettres', found.activator.engagementLetterFile) : null;
    if (!found || !bytes) return sendError(ctx.config, request, reply, 404);
    return reply
      .header('content-disposition', `attachment; filename="lettre-engagement-${fileReference(found.activator.id)}.pdf"`)
      .header('content-security-policy', "default-src 'none'; sandbox")
      .type('application/pdf')
      .send(bytes);
  });

  app.get('/operateur/activateurs/:id/photo', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    const found = params.success ? await fileForReview(ctx.db, params.data.id) : null;
    const bytes = found?.activator.photoFile ? await deps.files.get('activateurs/photos', found.activator.photoFile) : null;
    if (!found || !bytes) return sendError(ctx.config, request, reply, 404);
    return reply.type('image/jpeg').send(bytes);
  });

  async function decided(request: FastifyRequest, reply: FastifyReply, id: string, result: DecisionResult, success: string, values: object) {
    if (result.ok) {
      reply.flash('success', success);
      return reply.redirect('/operateur/activateurs', 303);
    }
    return renderReview(request, reply, id, { [result.field]: result.message }, values, result.field === 'form' ? 409 : 400);
  }

  app.post('/operateur/activateurs/:id/valider', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const result = await approveFile(ctx, operatorOf(request), params.data.id);
    return decided(request, reply, params.data.id, result, 'Dossier validé : le lien d’activation est envoyé à l’activateur.', {});
  });

  app.post('/operateur/activateurs/:id/corrections', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { problemes: formList.parse(body.problemes), message: formText.parse(body.message) };
    const result = await askCorrections(ctx, operatorOf(request), params.data.id, { problems: values.problemes, message: values.message });
    return decided(request, reply, params.data.id, result, 'Corrections demandées : l’activateur est prévenu par courriel.', values);
  });

  app.post('/operateur/activateurs/:id/refuser', async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { motif: formText.parse(body.motif) };
    const result = await refuseFile(ctx, operatorOf(request), params.data.id, { reason: values.motif });
    return decided(request, reply, params.data.id, result, 'Dossier refusé : l’activateur est prévenu par courriel avec le motif.', values);
  });
};
