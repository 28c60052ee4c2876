import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { THEMES } from '../themes/index.js';
import type { AppContext } from '../server/context.js';
import { cookiePolicy } from '../server/cookies.js';
import { sendError } from '../server/errors.js';
import { hasFlash } from '../server/page-cache.js';
import { pageContext, renderDocument, sendPage } from '../server/render.js';
import { RenderedPages } from '../server/rendered-pages.js';
import { diagnosticAccountRoutes, resultExtras } from './account-routes.js';
import type { StepForm } from './answers.js';
import { CONTACT_FIELDS, contactConsentWording } from './consent.js';
import { NO_NEXT_STEPS, type NextStepsSources } from './next-steps.js';
import { PresentationPage, type Resume } from './pages/PresentationPage.js';
import { CONSENT_FIELD, ResultPage, type ConsentFormState } from './pages/ResultPage.js';
import { StepPage } from './pages/StepPage.js';
import { storedStepProps } from './pages/step-props.js';
import { postalCodeLocator } from './geo-locator.js';
import type { PostalCodeLocator } from './postal-code.js';
import { CURRENT_QUESTIONNAIRE } from './questionnaire/index.js';
import { stepOfThemeNumber, stepPath } from './steps.js';
import { businessesToSupportRoutes } from './support-routes.js';
import { TOKEN_PATTERN, newAssessmentToken } from './tokens.js';
import { giveContactConsent, withdrawContactConsent, type ConsentResult } from './use-cases/contact-consent.js';
import type { DiagnosticDeps } from './use-cases/deps.js';
import { openStep } from './use-cases/open-step.js';
import { readResult } from './use-cases/read-result.js';
import { resumePoint } from './use-cases/resume-assessment.js';
import { saveStep, type Direction } from './use-cases/save-step.js';
import type { ContactsOfBusinessEmail } from './use-cases/my-space.js';
import { startAssessment } from './use-cases/start-assessment.js';

export interface DiagnosticRoutesOptions {
  ctx: AppContext;
  /** Finds a postal code's department; by default the geo domain's communes, then the code's digits. */
  locate?: PostalCodeLocator;
  /** The activators a business wrote to, for its home page (the contacts domain's, wired by the server). */
  contactsOfBusinessEmail?: ContactsOfBusinessEmail;
  /** Guides, aids, testimonials and events from the domains that provide them (none: sections hidden). */
  nextSteps?: NextStepsSources;
}

const tokenParams = z.object({ token: z.string().regex(TOKEN_PATTERN) });
const themeStepParams = tokenParams.extend({ step: z.string() });
const formBody = z.record(z.string(), z.union([z.string(), z.array(z.string())])).catch({});
const directionOf = (form: StepForm): Direction => (form.direction === 'precedent' ? 'precedent' : 'suivant');

const questionCount = CURRENT_QUESTIONNAIRE.themes.reduce((n, t) => n + t.questions.length, 0);
const COOKIE_MAX_AGE = 180 * 24 * 3600;

/** The self-assessment: presentation, steps (no JavaScript needed), result with comparison and consent. */
export const diagnosticRoutes: FastifyPluginAsync<DiagnosticRoutesOptions> = async (app, { ctx, locate, contactsOfBusinessEmail, nextSteps }) => {
  const deps: DiagnosticDeps = {
    db: ctx.db,
    clock: ctx.clock,
    locate: locate ?? postalCodeLocator(ctx.db),
    newToken: newAssessmentToken,
    nextSteps: nextSteps ?? NO_NEXT_STEPS,
  };
  const cookies = cookiePolicy(ctx.config);
  const cookieName = cookies.name('autodiagnostic');
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: cookies.secure, signed: true };
  const stepUrl = stepPath;
  const resultUrl = (token: string) => `/autodiagnostic/resultat/${token}`;

  await app.register(businessesToSupportRoutes, { ctx });

  await app.register(diagnosticAccountRoutes, { ctx, deps, contactsOfBusinessEmail });

  /** The browser remembers its latest assessment, so the presentation page offers to resume it. */
  const remember = (reply: FastifyReply, token: string) => reply.setCookie(cookieName, token, { ...cookieOptions, maxAge: COOKIE_MAX_AGE });
  const remembered = (request: FastifyRequest): string | null => {
    const raw = request.cookies[cookieName];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    return unsigned.valid && unsigned.value && TOKEN_PATTERN.test(unsigned.value) ? unsigned.value : null;
  };
  /** Pages behind a private link: never cached on the way, never indexed. */
  const privatePage = (reply: FastifyReply) => reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
  const notFound = (request: FastifyRequest, reply: FastifyReply) => sendError(ctx.config, request, reply, 404);

  app.get('/autodiagnostic', async (request, reply) => {
    const token = remembered(request);
    const point = token ? await resumePoint(deps, token) : null;
    let resume: Resume = null;
    if (token && point?.kind === 'en_cours') {
      resume = { kind: 'en_cours', href: stepUrl(token, point.step), themeStep: point.step - 1, themeCount: point.total - 1 };
    }
    if (token && point?.kind === 'termine') resume = { kind: 'termine', href: resultUrl(token) };
    const page = h(PresentationPage, {
      ctx: pageContext(ctx.config, request, reply),
      themes: THEMES.map((t) => t.label),
      questionCount,
      resume,
    });
    return sendPage(reply, page);
  });

  app.post('/autodiagnostic', async (request, reply) => {
    // A signed-in business owner's assessment is saved in their account from the start.
    const user = request.currentUser;
    const { token } = await startAssessment(deps, { userId: user?.role === 'entreprise' ? user.id : null });
    remember(reply, token);
    return reply.redirect(stepUrl(token, 1), 303);
  });

  // The private link: picks up where the visitor stopped, on any device.
  app.get('/autodiagnostic/:token', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const { token } = params.data;
    const point = await resumePoint(deps, token);
    if (!point) return notFound(request, reply);
    remember(reply, token);
    privatePage(reply);
    return reply.redirect(point.kind === 'termine' ? resultUrl(token) : stepUrl(token, point.step), 303);
  });

  /** The profile is step 1; …/etape/<n> is the theme step n + 1 (see steps.ts). */
  const requestedStep = (request: FastifyRequest): { token: string; step: number | null } | null => {
    const themed = themeStepParams.safeParse(request.params);
    if (themed.success) return { token: themed.data.token, step: stepOfThemeNumber(themed.data.step) };
    const profile = tokenParams.safeParse(request.params);
    return profile.success ? { token: profile.data.token, step: 1 } : null;
  };

  const showStep = async (request: FastifyRequest, reply: FastifyReply) => {
    const requested = requestedStep(request);
    if (!requested) return notFound(request, reply);
    const { token } = requested;
    const access = await openStep(deps, token, requested.step);
    if (!access.ok) {
      if (access.reason === 'introuvable') return notFound(request, reply);
      if (access.reason === 'termine') return reply.redirect(resultUrl(token), 303);
      reply.flash('error', access.message);
      return reply.redirect(stepUrl(token, access.step), 303);
    }
    privatePage(reply);
    const page = h(StepPage, {
      ctx: pageContext(ctx.config, request, reply),
      ...storedStepProps(access, { action: stepUrl(token, access.step.number), resumeUrl: `${ctx.config.publicUrl}/autodiagnostic/${token}` }),
      errors: {},
    });
    return sendPage(reply, page);
  };

  const submitStep = async (request: FastifyRequest, reply: FastifyReply) => {
    const requested = requestedStep(request);
    if (!requested) return notFound(request, reply);
    const { token } = requested;
    const form = formBody.parse(request.body ?? {});
    const result = await saveStep(deps, { token, step: requested.step, form, direction: directionOf(form) });
    if (result.ok) {
      return reply.redirect(result.next.kind === 'resultat' ? resultUrl(token) : stepUrl(token, result.next.step), 303);
    }
    switch (result.reason) {
      case 'introuvable':
        return notFound(request, reply);
      case 'termine':
        return reply.redirect(resultUrl(token), 303);
      case 'etape':
        reply.flash('error', result.message);
        return reply.redirect(stepUrl(token, result.step), 303);
      case 'invalide': {
        privatePage(reply);
        const page = h(StepPage, {
          ctx: pageContext(ctx.config, request, reply),
          step: result.step,
          themeCount: result.steps.length - 1,
          nextTitle: result.steps[result.step.number]?.title,
          action: stepUrl(token, result.step.number),
          resumeUrl: `${ctx.config.publicUrl}/autodiagnostic/${token}`,
          answers: result.shown.answers,
          profile: result.shown.profile,
          errors: result.errors,
          formError: result.formError,
        });
        return sendPage(reply, page, 400);
      }
    }
  };

  app.get('/autodiagnostic/:token/entreprise', showStep);
  app.post('/autodiagnostic/:token/entreprise', submitStep);
  app.get('/autodiagnostic/:token/etape/:step', showStep);
  app.post('/autodiagnostic/:token/etape/:step', submitStep);

  // A visitor's result page is the same at each opening until its result, comparison, consent or
  // nearby activators change: kept drawn (rendered-pages.ts), with each visitor's CSRF token put back.
  const resultPages = new RenderedPages();
  const showResult = async (request: FastifyRequest, reply: FastifyReply, token: string, consentForm?: ConsentFormState) => {
    const result = await readResult(deps, token);
    if (!result.ok) {
      if (result.reason === 'introuvable') return notFound(request, reply);
      return reply.redirect(stepUrl(token, result.step), 303);
    }
    privatePage(reply);
    const extras = await resultExtras(ctx, deps, request, result.view);
    const page = (csrfToken?: string) =>
      h(ResultPage, {
        ctx: pageContext(ctx.config, request, reply, csrfToken),
        view: result.view,
        resultUrl: `${ctx.config.publicUrl}${resultUrl(token)}`,
        consentAction: `${resultUrl(token)}/consentement`,
        withdrawAction: `${resultUrl(token)}/consentement/retrait`,
        consentWording: contactConsentWording(),
        consentForm,
        extras,
      });
    if (consentForm || request.currentUser || hasFlash(request)) return sendPage(reply, page(), consentForm ? 400 : 200);
    const { assessment, comparison } = result.view;
    const drawnFrom = JSON.stringify([assessment.updatedAt, assessment.anonymisedAt, assessment.userId, assessment.consent, comparison, extras]);
    const html = resultPages.page(token, drawnFrom, (placeholder) => renderDocument(page(placeholder)), () => reply.generateCsrf());
    return reply.type('text/html; charset=utf-8').send(html);
  };

  app.get('/autodiagnostic/resultat/:token', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    return showResult(request, reply, params.data.token);
  });

  const afterConsent = (request: FastifyRequest, reply: FastifyReply, token: string, result: ConsentResult) => {
    if (!result.ok) {
      if (result.reason === 'en_cours') return reply.redirect(stepUrl(token, result.step), 303);
      return notFound(request, reply);
    }
    if (result.change === 'donne') {
      reply.flash('success', 'Votre accord est enregistré : un activateur de votre territoire pourra vous contacter au sujet de ce diagnostic.');
    } else if (result.change === 'retire') {
      reply.flash('success', 'Votre accord est retiré : aucun activateur ne vous contactera au sujet de ce diagnostic.');
    } else {
      reply.flash('info', 'Vous n’avez pas coché la case : aucun activateur ne vous contactera au sujet de ce diagnostic.');
    }
    return reply.redirect(`${resultUrl(token)}#contact`, 303);
  };

  app.post('/autodiagnostic/resultat/:token/consentement', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const form = formBody.parse(request.body ?? {});
    const ticked = form[CONSENT_FIELD] === 'oui';
    const text = (name: string) => {
      const value = form[name];
      return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).slice(0, 500);
    };
    const contact = { name: text(CONTACT_FIELDS.name), email: text(CONTACT_FIELDS.email), phone: text(CONTACT_FIELDS.phone) };
    const result = await giveContactConsent(deps, { token: params.data.token, ticked, contact });
    // Refused details: the result page again, the box ticked and what was typed kept, the message by each field.
    if (!result.ok && result.reason === 'invalide') return showResult(request, reply, params.data.token, { values: contact, errors: result.errors });
    return afterConsent(request, reply, params.data.token, result);
  });

  app.post('/autodiagnostic/resultat/:token/consentement/retrait', async (request, reply) => {
    const params = tokenParams.safeParse(request.params);
    if (!params.success) return notFound(request, reply);
    const result = await withdrawContactConsent(deps, { token: params.data.token });
    return afterConsent(request, reply, params.data.token, result);
  });
};
