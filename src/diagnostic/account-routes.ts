// The self-assessment with an account: saving a result, the resume link by e-mail, the business
// owner's home ("Mon espace"), and the follow-up by an activator (both sides).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { nearestContactableActivators } from '../activators/index.js';
import { requireRole } from '../accounts/index.js';
import type { AppContext } from '../server/context.js';
import { sendError } from '../server/errors.js';
import { pageContext, sendPage } from '../server/render.js';
import { findResultOfUser } from './account-queries.js';
import { gatherNextSteps, nextStepsQuery } from './next-steps.js';
import { contactConsentWording } from './consent.js';
import { FollowUpPage, FollowUpsPage } from './pages/FollowUpPages.js';
import { MySpacePage } from './pages/MySpacePage.js';
import { FOLLOW_UP_FIELD, type ResultExtras, type SaveState } from './pages/ResultAccountSections.js';
import { ResultPage } from './pages/ResultPage.js';
import { StepPage } from './pages/StepPage.js';
import { storedStepProps } from './pages/step-props.js';
import { CURRENT_QUESTIONNAIRE, questionnaireVersion } from './questionnaire/index.js';
import { levelFor, weakestThemes } from './scoring.js';
import { stepPath } from './steps.js';
import { TOKEN_PATTERN } from './tokens.js';
import { withdrawContactConsent } from './use-cases/contact-consent.js';
import type { DiagnosticDeps } from './use-cases/deps.js';
import { agreeToFollowUp, endFollowUp, followedBusinesses, followedResults, followUpOffer, followUpWording, startWithActivator } from './use-cases/follow-ups.js';
import { mySpace, NEARBY_LIMIT, type ContactsOfBusinessEmail } from './use-cases/my-space.js';
import { openStep } from './use-cases/open-step.js';
import type { ResultView } from './use-cases/read-result.js';
import { readResult } from './use-cases/read-result.js';
import { mailResumeLinkFor, saveResultToAccount, saveResultWithNewAccount } from './use-cases/save-result.js';

export interface DiagnosticAccountRoutesOptions {
  ctx: AppContext;
  deps: DiagnosticDeps;
  contactsOfBusinessEmail?: ContactsOfBusinessEmail;
}

const tokenParams = z.object({ token: z.string().regex(TOKEN_PATTERN) });
const idParams = z.object({ id: z.uuid() });
const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
function fields<T extends string>(raw: unknown, ...names: T[]): Record<T, string> {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, formText.parse(source[n])])) as Record<T, string>;
}

export const RESULT_PATH = (token: string) => `/autodiagnostic/resultat/${token}`;

/** The parts of the result page about people, for whoever is looking: a visitor, the owner, another account. */
export async function resultExtras(
  ctx: AppContext,
  deps: Pick<DiagnosticDeps, 'nextSteps' | 'clock'>,
  request: FastifyRequest,
  view: ResultView,
  form?: { values: { firstName: string; lastName: string; email: string }; errors: Record<string, string> },
): Promise<ResultExtras> {
  const { assessment, questionnaire, themeScores } = view;
  const token = assessment.token;
  const weak = weakestThemes(questionnaire, themeScores);
  const user = request.currentUser;
  let save: SaveState = null;
  if (!user) {
    const back = `${RESULT_PATH(token)}#enregistrer`;
    save = { kind: 'visiteur', action: `${RESULT_PATH(token)}/compte`, loginHref: `/connexion?retour=${encodeURIComponent(back)}`, ...form };
  } else if (user.role === 'entreprise') {
    if (assessment.userId === user.id) save = { kind: 'enregistre' };
    else if (!assessment.userId) save = { kind: 'connecte', action: `${RESULT_PATH(token)}/enregistrer` };
  } else if (user.role === 'activateur' && assessment.activatorId && !assessment.userId) {
    save = { kind: 'avec-activateur', resultUrl: `${ctx.config.publicUrl}${RESULT_PATH(token)}` };
  }
  const [nearby, offer, next] = await Promise.all([
    assessment.latitude !== null && assessment.longitude !== null && weak.length > 0
      ? nearestContactableActivators(ctx.db, { latitude: assessment.latitude, longitude: assessment.longitude, themes: weak, limit: NEARBY_LIMIT })
      : Promise.resolve([]),
    assessment.activatorId ? followUpOffer(ctx.db, assessment, user) : Promise.resolve(null),
    gatherNextSteps(deps.nextSteps, nextStepsQuery(assessment, weak, deps.clock.now()), (error) =>
      request.log.warn({ err: error }, 'une source des prochaines étapes a échoué'),
    ),
  ]);
  return {
    nearby,
    weak,
    assessmentId: assessment.id,
    save,
    followUp: offer,
    followUpAction: `${RESULT_PATH(token)}/suivi`,
    followUpWording: offer ? followUpWording(offer.activatorName) : '',
    next,
  };
}

export const diagnosticAccountRoutes: FastifyPluginAsync<DiagnosticAccountRoutesOptions> = async (app, { ctx, deps, contactsOfBusinessEmail }) => {
  const notFound = (request: FastifyRequest, reply: FastifyReply) => sendError(ctx.config, request, reply, 404);
  const absolute = (path: string) => `${ctx.config.publicUrl}${path}`;

  // ---- Saving a result in an account ----

  app.post('/autodiagnostic/resultat/:token/compte', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const { token } = params.data;
    const form = fields(request.body, 'prenom', 'nom', 'email', 'mot_de_passe');
    const values = { firstName: form.prenom, lastName: form.nom, email: form.email };
    const result = await saveResultWithNewAccount(ctx, {
      token,
      fields: { ...values, password: form.mot_de_passe },
      ip: request.ip,
      resultUrl: absolute(RESULT_PATH(token)),
    });
    if (result.ok) {
      reply.flash(
        'success',
        `Un courriel vient de partir vers ${values.email.trim()} avec le lien de votre résultat. Confirmez votre adresse avec le lien reçu, puis connectez-vous : vos résultats et vos progrès vous attendent dans Mon espace.`,
      );
      // To the message at the top of the page: the form below stays the same whatever the address
      // (it must not tell whether an account already existed), so the message is what to read.
      return reply.redirect(`${RESULT_PATH(token)}#contenu`, 303);
    }
    if (result.reason === 'introuvable') return notFound(request, reply);
    if (result.reason === 'en_cours') return reply.redirect(stepPath(token, result.step), 303);
    // Refused: the page again, what was typed kept (but the password), each message by its field.
    const read = await readResult(deps, token);
    if (!read.ok) return notFound(request, reply);
    const extras = await resultExtras(ctx, deps, request, read.view, { values, errors: result.errors as Record<string, string> });
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
    const page = h(ResultPage, {
      ctx: pageContext(ctx.config, request, reply),
      view: read.view,
      resultUrl: absolute(RESULT_PATH(token)),
      consentAction: `${RESULT_PATH(token)}/consentement`,
      withdrawAction: `${RESULT_PATH(token)}/consentement/retrait`,
      consentWording: contactConsentWording(),
      extras,
    });
    return sendPage(reply, page, result.tooManyAttempts ? 429 : 400);
  });

  app.post('/autodiagnostic/resultat/:token/enregistrer', { preHandler: requireRole('entreprise') }, async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const { token } = params.data;
    const user = request.currentUser!;
    const result = await saveResultToAccount(ctx, { token, user: { id: user.id, email: user.email }, resultUrl: absolute(RESULT_PATH(token)) });
    if (!result.ok) {
      if (result.reason === 'en_cours') return reply.redirect(stepPath(token, result.step), 303);
      if (result.reason === 'autre-compte') {
        reply.flash('error', 'Ce résultat est déjà enregistré dans un autre compte.');
        return reply.redirect(RESULT_PATH(token), 303);
      }
      return notFound(request, reply);
    }
    reply.flash('success', 'Ce résultat est enregistré dans votre compte, et son lien vous a été envoyé par courriel.');
    return reply.redirect(`${RESULT_PATH(token)}#enregistrer`, 303);
  });

  // ---- The resume link by e-mail ----

  app.post('/autodiagnostic/:token/lien', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const { token } = params.data;
    const form = fields(request.body, 'email', 'etape');
    const result = await mailResumeLinkFor(ctx, { token, email: form.email, ip: request.ip, resumeUrl: absolute(`/autodiagnostic/${token}`) });
    if (result.ok) {
      reply.flash('success', `Le lien pour reprendre votre autodiagnostic vient d’être envoyé à ${form.email.trim()}.`);
      const step = Number(form.etape);
      return reply.redirect(stepPath(token, Number.isInteger(step) && step >= 1 ? step : 1), 303);
    }
    if (result.reason === 'introuvable') return notFound(request, reply);
    if (result.reason === 'termine') return reply.redirect(RESULT_PATH(token), 303);
    // The step the visitor was on, again, with what they typed and the message by the field.
    const step = Number(form.etape);
    const access = await openStep(deps, token, Number.isInteger(step) ? step : null);
    if (!access.ok) return reply.redirect(`/autodiagnostic/${token}`, 303);
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
    const page = h(StepPage, {
      ctx: pageContext(ctx.config, request, reply),
      ...storedStepProps(access, { action: stepPath(token, access.step.number), resumeUrl: absolute(`/autodiagnostic/${token}`) }),
      errors: {},
      resumeMail: { action: `/autodiagnostic/${token}/lien`, value: form.email, error: result.message },
    });
    return sendPage(reply, page, result.tooManyAttempts ? 429 : 400);
  });

  // ---- Mon espace ----

  app.get('/mon-espace', { preHandler: requireRole('entreprise') }, async (request, reply) => {
    const user = request.currentUser!;
    const space = await mySpace(
      {
        db: ctx.db,
        contactsOfBusinessEmail,
        nextSteps: deps.nextSteps,
        now: deps.clock.now(),
        onSourceError: (error) => request.log.warn({ err: error }, 'une source des prochaines étapes a échoué'),
      },
      user,
    );
    reply.header('cache-control', 'no-store');
    const page = h(MySpacePage, {
      ctx: pageContext(ctx.config, request, reply),
      space,
      firstName: user.displayName.split(' ')[0] ?? '',
      resultHref: RESULT_PATH,
      resumeHref: (token, step) => stepPath(token, step),
      withdrawConsentAction: (id) => `/mon-espace/resultats/${id}/consentement/retrait`,
      endFollowUpAction: (id) => `/mon-espace/suivis/${id}/arret`,
    });
    return sendPage(reply, page);
  });

  app.post('/mon-espace/resultats/:id/consentement/retrait', { preHandler: requireRole('entreprise') }, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const owned = await findResultOfUser(ctx.db, params.data.id, request.currentUser!.id);
    if (!owned) return notFound(request, reply);
    const result = await withdrawContactConsent(deps, { token: owned.token });
    if (result.ok && result.change === 'retire') {
      reply.flash('success', 'Votre accord est retiré : aucun activateur ne vous contactera au sujet de ce diagnostic.');
    } else {
      reply.flash('info', 'Aucun accord n’était en cours pour ce diagnostic.');
    }
    return reply.redirect('/mon-espace', 303);
  });

  app.post('/mon-espace/suivis/:id/arret', { preHandler: requireRole('entreprise') }, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const ended = await endFollowUp(deps, { id: params.data.id, userId: request.currentUser!.id });
    if (!ended) return notFound(request, reply);
    reply.flash('success', 'Le suivi est arrêté : cet activateur ne voit plus vos résultats.');
    return reply.redirect('/mon-espace', 303);
  });

  // ---- Follow-up by an activator ----

  app.post('/autodiagnostic/resultat/:token/suivi', { preHandler: requireRole('entreprise') }, async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const { token } = params.data;
    const form = fields(request.body, FOLLOW_UP_FIELD);
    const user = request.currentUser!;
    const result = await agreeToFollowUp(deps, { token, ticked: form[FOLLOW_UP_FIELD] === 'oui', user });
    if (!result.ok) {
      if (result.reason === 'introuvable') return notFound(request, reply);
      return sendError(ctx.config, request, reply, 403);
    }
    if (result.change === 'donne') {
      reply.flash('success', `C’est noté : ${result.activatorName} pourra suivre vos progrès. Vous pouvez arrêter ce suivi depuis Mon espace.`);
    } else {
      reply.flash('info', `Vous n’avez pas coché la case : ${result.activatorName} ne verra pas vos résultats.`);
    }
    return reply.redirect(`${RESULT_PATH(token)}#enregistrer`, 303);
  });

  app.get('/espace-activateurs/suivis', { preHandler: requireRole('activateur') }, async (request, reply) => {
    const result = await followedBusinesses(ctx.db, request.currentUser!.id);
    if (!result.ok) return sendError(ctx.config, request, reply, 403);
    reply.header('cache-control', 'no-store');
    const page = h(FollowUpsPage, {
      ctx: pageContext(ctx.config, request, reply),
      list: result.list,
      startAction: '/espace-activateurs/suivis/autodiagnostic',
      pageHref: (id) => `/espace-activateurs/suivis/${id}`,
      levelLabel: (score) => levelFor(CURRENT_QUESTIONNAIRE, score).label,
    });
    return sendPage(reply, page);
  });

  app.post('/espace-activateurs/suivis/autodiagnostic', { preHandler: requireRole('activateur') }, async (request, reply) => {
    const started = await startWithActivator(deps, request.currentUser!.id);
    if (!started.ok) {
      reply.flash('error', 'Votre fiche d’activateur doit être active pour faire l’autodiagnostic avec une entreprise.');
      return reply.redirect('/espace-activateurs/suivis', 303);
    }
    return reply.redirect(stepPath(started.token, 1), 303);
  });

  app.get('/espace-activateurs/suivis/:id', { preHandler: requireRole('activateur') }, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const result = await followedResults(ctx.db, { activatorUserId: request.currentUser!.id, followUpId: params.data.id });
    if (!result.ok) {
      if (result.reason === 'interdit') {
        request.log.warn({ userId: request.currentUser!.id, followUpId: params.data.id }, 'forbidden: follow-up of another activator');
        return sendError(ctx.config, request, reply, 403);
      }
      return notFound(request, reply);
    }
    const latest = result.results[result.results.length - 1];
    reply.header('cache-control', 'no-store');
    const page = h(FollowUpPage, {
      ctx: pageContext(ctx.config, request, reply),
      followUp: result.followUp,
      questionnaire: latest ? (questionnaireVersion(latest.questionnaireVersion) ?? null) : null,
      results: result.results,
    });
    return sendPage(reply, page);
  });
};
