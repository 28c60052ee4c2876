import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { passwordMinLength, PASSWORD_MAX_LENGTH, requireRole } from '../../accounts/index.js';
import { findCommuneByCode, listDepartments } from '../../geo/index.js';
import { sendError } from '../../server/errors.js';
import { pageContext, sendPage } from '../../server/render.js';
import { uploadedFileName } from '../../server/uploaded-files.js';
import { KINDS } from '../kinds.js';
import { activators } from '../schema.js';
import { activationLinkIsUsable, activate, requestNewActivationLink } from '../validation/use-cases/activation.js';
import { charterInForce, charterVersion } from './charter.js';
import type { ActivatorsDeps } from './deps.js';
import { emptyStructure, SECTIONS, SECTION_TITLES, type Errors, type RegistrationDraft, type SectionKey } from './draft.js';
import { ActivationPage, ExpiredActivationPage } from './pages/ActivationPage.js';
import { FilePage, SECTION_PATHS } from './pages/FilePage.js';
import { ActivitySectionPage, EngagementSectionPage, PersonSectionPage, StructureSectionPage, type StructureChoice } from './pages/SectionPages.js';
import { SpacePage } from './pages/SpacePage.js';
import { StartRegistrationPage, StartRegistrationSentPage } from './pages/StartRegistrationPage.js';
import { eventsOf, findActivatorOfUser, findStructureById, lastCorrectionRequest, saveDraft, searchStructures, type ActivatorRow, type StructureRow } from './queries.js';
import { engagementLetterFor, fileReference, frenchDate } from './use-cases/engagement-letter.js';
import { canEditSection, isEditable, saveSection } from './use-cases/save-section.js';
import { applyProfileChanges } from '../space/use-cases/update-profile.js';
import { DashboardPage } from '../space/pages/DashboardPage.js';
import { dashboardLinks } from '../space/use-cases/dashboard.js';
import { startRegistration } from './use-cases/start-registration.js';
import { missingPieces, submitRegistration } from './use-cases/submit-registration.js';
import { uploadLetter, uploadPhoto } from './use-cases/upload-files.js';
import { normalizeSiret } from './siret.js';

export const DOSSIER_PATH = '/espace-activateurs/dossier';

const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
const tokenParams = z.object({ token: z.string().max(200) });
const sectionParams = z.object({ section: z.enum(SECTIONS) });
const searchQuery = z.object({ recherche: z.string().max(100).optional() }).catch({});

function bodyOf(request: FastifyRequest): Record<string, unknown> {
  return request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
}

/** A file field's bytes; an empty file input (no file chosen) counts as nothing sent. */
function fileIn(request: FastifyRequest, field: string): { bytes: Buffer; fileName: string } | null {
  const value = bodyOf(request)[field];
  const fileName = uploadedFileName(request, field);
  if (!Buffer.isBuffer(value) || (value.length === 0 && fileName === '')) return null;
  return { bytes: value, fileName };
}

const place = (s: StructureRow) => `${s.postalCode} ${s.addressLine}`.trim();
const toChoice = (s: StructureRow): StructureChoice => ({ id: s.id, name: s.name, siret: s.siret, place: place(s) });

export const activatorsRegistrationRoutes: FastifyPluginAsync<{ deps: ActivatorsDeps }> = async (app, { deps }) => {
  const ctx = deps;
  const page = (request: FastifyRequest, reply: FastifyReply) => pageContext(ctx.config, request, reply);
  const activatorOnly = { preHandler: requireRole('activateur') };

  // Pages about one person's file are never kept by a browser or a proxy.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith(DOSSIER_PATH) || request.url.startsWith('/espace-activateurs/inscription')) reply.header('cache-control', 'no-store');
  });

  /** The file of the logged-in activator (one is opened if an activator account has none yet). */
  async function ownFile(request: FastifyRequest): Promise<ActivatorRow> {
    const user = request.currentUser!;
    const found = await findActivatorOfUser(ctx.db, user.id);
    if (found) return found;
    const now = ctx.clock.now();
    const [first, ...rest] = user.displayName.split(' ');
    const [row] = await ctx.db
      .insert(activators)
      .values({ userId: user.id, kind: 'conseiller', status: 'brouillon', firstName: first ?? '', lastName: rest.join(' '), email: user.email, draft: { done: [] }, createdAt: now, updatedAt: now })
      .returning();
    return row!;
  }

  // ---- The space's front page and the account ----

  app.get('/espace-activateurs', async (request, reply) => {
    const user = request.currentUser;
    if (user?.role === 'activateur') {
      // A signed-in activator lands on their own space: the file's status and every part of the space.
      reply.header('cache-control', 'no-store');
      const activator = await findActivatorOfUser(ctx.db, user.id);
      return sendPage(
        reply,
        h(DashboardPage, {
          ctx: page(request, reply),
          firstName: activator?.firstName || user.displayName.split(' ')[0] || '',
          status: activator?.status ?? 'brouillon',
          reference: activator ? fileReference(activator.id) : null,
          links: dashboardLinks(activator),
        }),
      );
    }
    const state = user ? 'autre' : 'visiteur';
    return sendPage(reply, h(SpacePage, { ctx: page(request, reply), siteName: ctx.config.siteName, state }));
  });

  const passwordRules = [
    `${passwordMinLength('activateur')} caractères minimum, ${PASSWORD_MAX_LENGTH} au plus.`,
    'Une phrase de plusieurs mots est facile à retenir et difficile à deviner. Les mots de passe trop courants sont refusés.',
  ];

  app.get('/espace-activateurs/inscription', async (request, reply) => {
    if (request.currentUser?.role === 'activateur') return reply.redirect(DOSSIER_PATH, 303);
    const values = { prenom: '', nom: '', email: '', categorie: '' };
    return sendPage(reply, h(StartRegistrationPage, { ctx: page(request, reply), values, passwordRules }));
  });

  app.post('/espace-activateurs/inscription', async (request, reply) => {
    const body = bodyOf(request);
    const values = { prenom: formText.parse(body.prenom), nom: formText.parse(body.nom), email: formText.parse(body.email), categorie: formText.parse(body.categorie) };
    const result = await startRegistration(deps, {
      firstName: values.prenom,
      lastName: values.nom,
      email: values.email,
      password: formText.parse(body.mot_de_passe),
      kind: values.categorie,
      ip: request.ip,
    });
    if (result.ok) return reply.redirect('/espace-activateurs/inscription/courriel-envoye', 303);
    const view = h(StartRegistrationPage, { ctx: page(request, reply), values, errors: result.errors, passwordRules });
    return sendPage(reply, view, result.tooManyAttempts ? 429 : 400);
  });

  app.get('/espace-activateurs/inscription/courriel-envoye', async (request, reply) => sendPage(reply, h(StartRegistrationSentPage, { ctx: page(request, reply) })));

  // ---- The file ----

  app.get(DOSSIER_PATH, activatorOnly, async (request, reply) => {
    const activator = await ownFile(request);
    const draft = (activator.draft as RegistrationDraft | null) ?? {};
    const editable = isEditable(activator.status);
    const correction = activator.status === 'a_corriger' ? await lastCorrectionRequest(ctx.db, activator.id) : null;
    const refusal = activator.status === 'refusee' ? (await eventsOf(ctx.db, activator.id)).filter((e) => e.kind === 'refus').pop() : undefined;
    const kind = KINDS[activator.kind];
    const file = {
      status: activator.status,
      reference: fileReference(activator.id),
      done: draft.done ?? [],
      missing: editable ? await missingPieces(ctx, activator) : [],
      corrections: correction
        ? {
            problems: ((correction.problems as { label: string }[] | null) ?? []).map((p) => p.label),
            message: correction.message ?? '',
            at: frenchDate(correction.createdAt),
          }
        : null,
      refusal: refusal ? { reason: refusal.message ?? '', at: frenchDate(refusal.createdAt) } : null,
      submittedAt: activator.submittedAt ? frenchDate(activator.submittedAt) : null,
      profilePath: activator.status === 'active' && activator.slug && kind.pageNamedAfter ? `/trouver-un-accompagnement/${activator.slug}` : null,
    };
    return sendPage(reply, h(FilePage, { ctx: page(request, reply), file }));
  });

  async function renderSection(
    request: FastifyRequest,
    reply: FastifyReply,
    activator: ActivatorRow,
    section: SectionKey,
    errors: Errors = {},
    extra: { search?: string; results?: StructureRow[] | null; registryMessage?: string } = {},
    status = 200,
  ) {
    const draft = (activator.draft as RegistrationDraft | null) ?? {};
    const pc = page(request, reply);
    switch (section) {
      case 'personne': {
        const values = draft.personne ?? { prenom: activator.firstName, nom: activator.lastName, email: activator.email, telephone: activator.phone };
        const hasPhoto = Boolean(activator.photoFile);
        return sendPage(reply, h(PersonSectionPage, { ctx: pc, values, errors, hasPhoto, photoUrl: hasPhoto ? `${DOSSIER_PATH}/photo` : null }), status);
      }
      case 'structure': {
        const values = draft.structure ?? emptyStructure();
        const chosenRow = values.structure_id && /^[0-9a-f-]{36}$/.test(values.structure_id) ? await findStructureById(ctx.db, values.structure_id) : null;
        return sendPage(
          reply,
          h(StructureSectionPage, {
            ctx: pc,
            values,
            errors,
            search: extra.search ?? '',
            results: extra.results ? extra.results.map(toChoice) : null,
            chosen: chosenRow ? toChoice(chosenRow) : null,
            registry: { online: deps.registry.online, message: extra.registryMessage },
          }),
          status,
        );
      }
      case 'activite': {
        const values = draft.activite ?? { categorie: activator.kind, domaines: [], secteurs: [], territoire: [], presentation: '', references: '', videos: '', lien_offre: '' };
        const departments = (await listDepartments(ctx.db)).map((d) => ({ code: d.code, name: d.name }));
        return sendPage(reply, h(ActivitySectionPage, { ctx: pc, values, errors, departments }), status);
      }
      case 'engagement': {
        const values = draft.engagement ?? { charte: false, signataire_nom: '', signataire_fonction: '' };
        const charter = (draft.charter && charterVersion(draft.charter.version)) || charterInForce(ctx.clock.now());
        const acceptedOn = draft.charter ? frenchDate(new Date(draft.charter.acceptedAt)) : null;
        return sendPage(reply, h(EngagementSectionPage, { ctx: pc, values, errors, charter, acceptedOn, hasLetter: Boolean(activator.engagementLetterFile) }), status);
      }
    }
  }

  app.get(`${DOSSIER_PATH}/photo`, activatorOnly, async (request, reply) => {
    const activator = await ownFile(request);
    const bytes = activator.photoFile ? await deps.files.get('activateurs/photos', activator.photoFile) : null;
    if (!bytes) return sendError(ctx.config, request, reply, 404);
    return reply.header('cache-control', 'private, no-store').type('image/jpeg').send(bytes);
  });

  app.get(`${DOSSIER_PATH}/lettre-a-signer.pdf`, activatorOnly, async (request, reply) => {
    const activator = await ownFile(request);
    const pdf = await engagementLetterFor(deps, activator);
    return reply
      .header('content-disposition', `attachment; filename="lettre-engagement-${fileReference(activator.id)}.pdf"`)
      .type('application/pdf')
      .send(Buffer.from(pdf));
  });

  app.get(`${DOSSIER_PATH}/:section`, activatorOnly, async (request, reply) => {
    const params = sectionParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const activator = await ownFile(request);
    if (!canEditSection(activator.status, params.data.section)) return reply.redirect(DOSSIER_PATH, 303);
    const search = searchQuery.parse(request.query).recherche?.trim() ?? '';
    const results = params.data.section === 'structure' && search ? await searchStructures(ctx.db, search) : null;
    return renderSection(request, reply, activator, params.data.section, {}, { search, results });
  });

  app.post(`${DOSSIER_PATH}/:section`, activatorOnly, async (request, reply) => {
    const params = sectionParams.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const section = params.data.section;
    let activator = await ownFile(request);
    if (!canEditSection(activator.status, section)) {
      reply.flash('error', 'Votre dossier est en cours d’examen : il ne peut pas être modifié pour le moment.');
      return reply.redirect(DOSSIER_PATH, 303);
    }
    const body = bodyOf(request);
    const intention = formText.parse(body.intention);

    // Files first: a refused file is reported next to its field, the rest of the form is still saved.
    const uploadErrors: Errors = {};
    const photo = section === 'personne' ? fileIn(request, 'photo') : null;
    if (photo) {
      const uploaded = await uploadPhoto(deps, activator, photo);
      if (!uploaded.ok) uploadErrors.photo = uploaded.message;
    }
    const letter = section === 'engagement' ? fileIn(request, 'lettre') : null;
    if (letter) {
      const uploaded = await uploadLetter(deps, activator, letter);
      if (!uploaded.ok) uploadErrors.lettre = uploaded.message;
    }

    const saved = await saveSection(deps, { activator, section, body });
    if (!saved.ok) {
      reply.flash('error', saved.message);
      return reply.redirect(DOSSIER_PATH, 303);
    }
    activator = { ...activator, ...(await ownFile(request)) };

    if (section === 'structure' && intention === 'rechercher') {
      const search = formText.parse(body.recherche).trim().slice(0, 100);
      return renderSection(request, reply, activator, section, {}, { search, results: search ? await searchStructures(ctx.db, search) : [] });
    }
    if (section === 'structure' && intention === 'remplir') {
      const draft = saved.draft;
      const structure = draft.structure!;
      const answer = await deps.registry.lookup(normalizeSiret(structure.siret));
      let registryMessage: string;
      if (answer.status === 'found') {
        const c = answer.company;
        structure.choix = 'nouvelle';
        structure.raison_sociale = c.name;
        structure.adresse = c.addressLine;
        structure.code_postal = c.postalCode;
        if (c.communeCode) structure.commune = (await findCommuneByCode(ctx.db, c.communeCode))?.name ?? structure.commune;
        registryMessage = c.closed
          ? 'Attention : selon le répertoire des entreprises, cet établissement est fermé. Vérifiez le SIRET.'
          : 'Nom et adresse repris du répertoire des entreprises : vérifiez-les.';
        await saveDraft(ctx.db, activator.id, draft, ctx.clock.now());
        activator = { ...activator, draft };
      } else {
        registryMessage =
          answer.reason === 'non-trouve'
            ? 'Ce SIRET n’apparaît pas dans le répertoire public des entreprises (certaines n’y sont pas diffusées) : saisissez le nom et l’adresse.'
            : 'Le répertoire des entreprises ne répond pas pour le moment : saisissez le nom et l’adresse.';
      }
      return renderSection(request, reply, activator, section, {}, { registryMessage });
    }

    const errors = { ...saved.errors, ...uploadErrors };
    const blocking = Object.keys(errors).length > 0;
    if (intention === 'brouillon' && Object.keys(uploadErrors).length === 0) {
      reply.flash('success', `Brouillon enregistré : « ${SECTION_TITLES[section]} ». Vous pouvez reprendre votre dossier quand vous voulez.`);
      return reply.redirect(DOSSIER_PATH, 303);
    }
    if (blocking) return renderSection(request, reply, activator, section, errors, {}, 400);
    if (activator.status === 'active') {
      const applied = await applyProfileChanges(deps, activator);
      if (!applied.ok) reply.flash('error', applied.message);
      else if (applied.revalidation) {
        reply.flash('info', 'Vous avez changé de structure ou de catégorie : votre fiche repart en validation. Elle ne sera plus visible jusqu’à la décision de l’équipe.');
      } else reply.flash('success', 'Vos modifications sont enregistrées et visibles sur votre fiche.');
      return reply.redirect(DOSSIER_PATH, 303);
    }
    const next = SECTIONS[SECTIONS.indexOf(section) + 1];
    reply.flash('success', `Section « ${SECTION_TITLES[section]} » enregistrée.`);
    return reply.redirect(next ? SECTION_PATHS[next] : DOSSIER_PATH, 303);
  });

  app.post(`${DOSSIER_PATH}/envoyer`, activatorOnly, async (request, reply) => {
    const activator = await ownFile(request);
    const result = await submitRegistration(deps, activator);
    if (result.ok) reply.flash('success', 'Votre dossier est envoyé. Un accusé de réception vous a été adressé par courriel.');
    else reply.flash('error', `Votre dossier ne peut pas encore être envoyé : ${result.missing.map((m) => m.message).join(' ')}`);
    return reply.redirect(DOSSIER_PATH, 303);
  });

  app.post(`${DOSSIER_PATH}/nouveau-lien`, activatorOnly, async (request, reply) => {
    const activator = await ownFile(request);
    const result = await requestNewActivationLink(ctx, activator);
    if (result.ok) reply.flash('success', 'Un nouveau lien d’activation vient de vous être envoyé. Il est valable 24 heures.');
    else reply.flash('error', result.message);
    return reply.redirect(DOSSIER_PATH, 303);
  });

  // ---- Activation (the link mailed on approval) ----

  const noReferrer = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');

  // Opening the link shows a button: a mail scanner following links uses nothing.
  app.get('/espace-activateurs/activation/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    noReferrer(reply);
    if (!(await activationLinkIsUsable(ctx, token))) return sendPage(reply, h(ExpiredActivationPage, { ctx: page(request, reply) }), 410);
    return sendPage(reply, h(ActivationPage, { ctx: page(request, reply), token }));
  });

  app.post('/espace-activateurs/activation/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    noReferrer(reply);
    const result = await activate(ctx, token);
    if (!result.ok) return sendPage(reply, h(ExpiredActivationPage, { ctx: page(request, reply) }), 410);
    reply.flash('success', 'Votre fiche est activée. Bienvenue parmi les activateurs !');
    const publicPage = KINDS[result.kind].pageNamedAfter !== null;
    if (publicPage) return reply.redirect(`/trouver-un-accompagnement/${result.slug}`, 303);
    return reply.redirect(request.currentUser ? DOSSIER_PATH : `/connexion?retour=${encodeURIComponent(DOSSIER_PATH)}`, 303);
  });
};
