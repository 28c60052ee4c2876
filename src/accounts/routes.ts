import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { AppContext } from '../server/context.js';
import { pageContext, sendPage } from '../server/render.js';
import { requireRole, requireUser } from './guards.js';
import { clearSessionCookie, pendingSessionOf, sessionCookieName, sessionOf, setSessionCookie } from './http-session.js';
import { AccountPage } from './pages/AccountPage.js';
import { AccountDeletedPage, DeleteAccountPage } from './pages/DeleteAccountPage.js';
import { OperatorAccountsPage } from './pages/OperatorAccountsPage.js';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.js';
import { LoginCodePage } from './pages/LoginCodePage.js';
import { LoginPage } from './pages/LoginPage.js';
import { ExpiredLinkPage, ResetPasswordPage } from './pages/ResetPasswordPage.js';
import { SignUpPage } from './pages/SignUpPage.js';
import { SignUpSentPage } from './pages/SignUpSentPage.js';
import { TwoFactorPage, type TwoFactorView } from './pages/TwoFactorPage.js';
import { VerifyEmailPage } from './pages/VerifyEmailPage.js';
import type { Errors } from './pages/shared.js';
import type { PersonalDataContributor } from './personal-data.js';
import { passwordMinLength, PASSWORD_MAX_LENGTH } from './password-rules.js';
import { deleteSession, findUserById } from './queries.js';
import { safeReturnPath, withReturn } from './safe-redirect.js';
import { ROLES, type Role } from './schema.js';
import { hashToken, TOKEN_PATTERN } from './tokens.js';
import type { Refusal } from './types.js';
import { changePassword } from './use-cases/change-password.js';
import { logIn } from './use-cases/log-in.js';
import { ACCOUNTS_PAGE_SIZE, searchAccounts, setAccountDisabled } from './use-cases/manage-accounts.js';
import { collectPersonalData, deleteOwnAccount } from './use-cases/personal-data.js';
import { requestPasswordReset, resetLinkAccount, resetPassword } from './use-cases/reset-password.js';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment, verifyLoginCode } from './use-cases/second-factor.js';
import { signUp } from './use-cases/sign-up.js';
import { resendVerificationEmail, verificationLinkIsUsable, verifyEmail } from './use-cases/verify-email.js';

/** Every field of our forms arrives as text; a missing or malformed one is an empty string. */
const formText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(10_000)).catch('');
function body<T extends string>(...names: T[]) {
  return {
    parse(raw: unknown): Record<T, string> {
      const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      return Object.fromEntries(names.map((n) => [n, formText.parse(source[n])])) as Record<T, string>;
    },
  };
}

const returnQuery = z.object({ retour: z.string().optional() }).catch({});
const tokenParams = z.object({ token: z.string().max(200) });

const passwordRules = (role: Role) => [
  `${passwordMinLength(role)} caractères minimum, ${PASSWORD_MAX_LENGTH} au plus.`,
  'Une phrase de plusieurs mots est facile à retenir et difficile à deviner. Les mots de passe trop courants sont refusés.',
];

const statusOf = (refusal: { tooManyAttempts?: boolean }) => (refusal.tooManyAttempts ? 429 : 400);
const errorsOf = (refusal: Refusal): Errors => refusal.fieldErrors ?? { [refusal.field]: refusal.message };

/** Pages with a token in their address: the address is not passed on to any other site. */
function noReferrer(reply: FastifyReply): void {
  reply.header('referrer-policy', 'no-referrer');
}

export const accountRoutes: FastifyPluginAsync<{ ctx: AppContext; personalData: PersonalDataContributor[] }> = async (app, { ctx, personalData }) => {
  const page = (request: FastifyRequest, reply: FastifyReply) => pageContext(ctx.config, request, reply);

  // Pages about one person's account are never kept by a browser or a proxy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  /** Logging in again (or passing the second factor) retires whatever session the browser had. */
  async function replaceSession(request: FastifyRequest, reply: FastifyReply, session: { token: string; maxAgeSeconds: number }) {
    const previous = sessionOf(request);
    if (previous) await deleteSession(ctx.db, previous.tokenHash);
    setSessionCookie(reply, ctx.config, session);
  }

  // ---- Sign-up ----

  app.get('/inscription', async (request, reply) => {
    if (request.currentUser) return reply.redirect('/mon-compte', 303);
    const values = { firstName: '', lastName: '', email: '' };
    return sendPage(reply, h(SignUpPage, { ctx: page(request, reply), values, passwordRules: passwordRules('entreprise') }));
  });

  app.post('/inscription', async (request, reply) => {
    const form = body('prenom', 'nom', 'email', 'mot_de_passe').parse(request.body);
    const values = { firstName: form.prenom, lastName: form.nom, email: form.email };
    const result = await signUp(ctx, { ...values, password: form.mot_de_passe, ip: request.ip });
    if (result.ok) return reply.redirect('/inscription/courriel-envoye', 303);
    const view = h(SignUpPage, { ctx: page(request, reply), values, errors: errorsOf(result), passwordRules: passwordRules('entreprise') });
    return sendPage(reply, view, statusOf(result));
  });

  app.get('/inscription/courriel-envoye', async (request, reply) => {
    return sendPage(reply, h(SignUpSentPage, { ctx: page(request, reply) }));
  });

  // ---- Address verification ----

  const expiredVerification = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(
      reply,
      h(ExpiredLinkPage, {
        ctx: page(request, reply),
        title: 'Lien de confirmation expiré',
        again: request.currentUser
          ? { href: '/mon-compte', label: 'Recevoir un nouveau lien depuis mon compte' }
          : { href: '/connexion', label: 'Se connecter pour recevoir un nouveau lien' },
      }),
      410,
    );

  app.get('/verifier-email/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    noReferrer(reply);
    if (!(await verificationLinkIsUsable(ctx, token))) return expiredVerification(request, reply);
    return sendPage(reply, h(VerifyEmailPage, { ctx: page(request, reply), token }));
  });

  app.post('/verifier-email/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    noReferrer(reply);
    const result = await verifyEmail(ctx, token);
    if (!result.ok) return expiredVerification(request, reply);
    reply.flash('success', 'Votre adresse électronique est confirmée.');
    return reply.redirect(request.currentUser ? '/mon-compte' : '/connexion', 303);
  });

  app.post('/mon-compte/verification-email', { preHandler: requireUser() }, async (request, reply) => {
    const result = await resendVerificationEmail(ctx, request.currentUser!.id);
    if (result.ok) reply.flash('success', 'Un nouveau lien de confirmation vient de vous être envoyé. Il est valable 24 heures.');
    else reply.flash('error', result.message);
    return reply.redirect('/mon-compte', 303);
  });

  // ---- Login, second factor, logout ----

  app.get('/connexion', async (request, reply) => {
    const returnTo = safeReturnPath(returnQuery.parse(request.query).retour);
    if (request.currentUser) return reply.redirect(returnTo ?? '/mon-compte', 303);
    return sendPage(reply, h(LoginPage, { ctx: page(request, reply), email: '', returnTo }));
  });

  app.post('/connexion', async (request, reply) => {
    const form = body('email', 'mot_de_passe', 'retour').parse(request.body);
    const returnTo = safeReturnPath(form.retour);
    const result = await logIn(ctx, { email: form.email, password: form.mot_de_passe, ip: request.ip });
    if (!result.ok) {
      const view = h(LoginPage, { ctx: page(request, reply), email: form.email, errors: errorsOf(result), returnTo });
      return sendPage(reply, view, statusOf(result));
    }
    await replaceSession(request, reply, result.session);
    if (result.next === 'code') return reply.redirect(withReturn('/connexion/code', returnTo), 303);
    if (result.next === 'enrol') return reply.redirect(withReturn('/mon-compte/double-authentification', returnTo), 303);
    // A business owner's home is "Mon espace" (their results, progress and next steps).
    return reply.redirect(returnTo ?? (result.role === 'entreprise' ? '/mon-espace' : '/mon-compte'), 303);
  });

  app.get('/connexion/code', async (request, reply) => {
    const returnTo = safeReturnPath(returnQuery.parse(request.query).retour);
    if (request.currentUser) return reply.redirect(returnTo ?? '/mon-compte', 303);
    const pending = pendingSessionOf(request);
    if (!pending) return reply.redirect(withReturn('/connexion', returnTo), 303);
    if (!pending.user.totpEnabled) return reply.redirect(withReturn('/mon-compte/double-authentification', returnTo), 303);
    return sendPage(reply, h(LoginCodePage, { ctx: page(request, reply), returnTo }));
  });

  app.post('/connexion/code', async (request, reply) => {
    const form = body('code', 'retour').parse(request.body);
    const returnTo = safeReturnPath(form.retour);
    const pending = pendingSessionOf(request);
    if (!pending) {
      reply.flash('error', 'La connexion a expiré. Saisissez de nouveau votre adresse et votre mot de passe.');
      return reply.redirect(withReturn('/connexion', returnTo), 303);
    }
    const result = await verifyLoginCode(ctx, { userId: pending.user.id, pendingTokenHash: pending.tokenHash, code: form.code });
    if (!result.ok) {
      return sendPage(reply, h(LoginCodePage, { ctx: page(request, reply), errors: errorsOf(result), returnTo }), statusOf(result));
    }
    setSessionCookie(reply, ctx.config, result.session);
    return reply.redirect(returnTo ?? '/mon-compte', 303);
  });

  app.post('/deconnexion', async (request, reply) => {
    const token = request.cookies[sessionCookieName(ctx.config)];
    if (token && TOKEN_PATTERN.test(token)) await deleteSession(ctx.db, hashToken(token));
    clearSessionCookie(reply, ctx.config);
    reply.flash('success', 'Vous êtes déconnecté.');
    return reply.redirect('/', 303);
  });

  // ---- Forgotten password ----

  app.get('/mot-de-passe-oublie', async (request, reply) => {
    return sendPage(reply, h(ForgotPasswordPage, { ctx: page(request, reply), email: '' }));
  });

  app.post('/mot-de-passe-oublie', async (request, reply) => {
    const form = body('email').parse(request.body);
    const result = await requestPasswordReset(ctx, { email: form.email, ip: request.ip });
    if (!result.ok) {
      return sendPage(reply, h(ForgotPasswordPage, { ctx: page(request, reply), email: form.email, errors: errorsOf(result) }), statusOf(result));
    }
    reply.flash(
      'info',
      'Si un compte correspond à cette adresse, un courriel contenant un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Le lien est valable 24 heures.',
    );
    return reply.redirect('/mot-de-passe-oublie', 303);
  });

  const expiredReset = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(
      reply,
      h(ExpiredLinkPage, {
        ctx: page(request, reply),
        title: 'Lien de réinitialisation expiré',
        again: { href: '/mot-de-passe-oublie', label: 'Recevoir un nouveau lien' },
      }),
      410,
    );

  // Links written as ?jeton=… (some mail clients rewrite paths) lead to the same page.
  app.get('/reinitialiser-mot-de-passe', async (request, reply) => {
    const { jeton } = z.object({ jeton: z.string().max(200).optional() }).catch({}).parse(request.query);
    noReferrer(reply);
    if (!jeton || !TOKEN_PATTERN.test(jeton)) return expiredReset(request, reply);
    return reply.redirect(`/reinitialiser-mot-de-passe/${jeton}`, 303);
  });

  app.get('/reinitialiser-mot-de-passe/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    noReferrer(reply);
    const account = await resetLinkAccount(ctx, token);
    if (!account) return expiredReset(request, reply);
    return sendPage(reply, h(ResetPasswordPage, { ctx: page(request, reply), token, passwordRules: passwordRules(account.role) }));
  });

  app.post('/reinitialiser-mot-de-passe/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const form = body('mot_de_passe').parse(request.body);
    noReferrer(reply);
    const result = await resetPassword(ctx, { token, password: form.mot_de_passe });
    if (result.ok) {
      // Every session of the account has ended, this browser's too.
      clearSessionCookie(reply, ctx.config);
      reply.flash('success', 'Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.');
      return reply.redirect('/connexion', 303);
    }
    if ('linkExpired' in result) return expiredReset(request, reply);
    const account = await resetLinkAccount(ctx, token);
    const view = h(ResetPasswordPage, {
      ctx: page(request, reply),
      token,
      passwordRules: passwordRules(account?.role ?? 'entreprise'),
      errors: errorsOf(result),
    });
    return sendPage(reply, view, statusOf(result));
  });

  // ---- My account ----

  async function accountPage(request: FastifyRequest, reply: FastifyReply, errors: Errors = {}, status = 200) {
    const user = await findUserById(ctx.db, request.currentUser!.id);
    if (!user) return reply.redirect('/connexion', 303);
    const account = {
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      role: user.role,
      regionCode: user.regionCode,
      emailVerified: user.emailVerifiedAt !== null,
      totpEnabled: user.totpEnabled,
    };
    return sendPage(reply, h(AccountPage, { ctx: page(request, reply), account, passwordRules: passwordRules(user.role), errors }), status);
  }

  app.get('/mon-compte', { preHandler: requireUser() }, async (request, reply) => accountPage(request, reply));

  app.post('/mon-compte/mot-de-passe', { preHandler: requireUser() }, async (request, reply) => {
    const form = body('mot_de_passe_actuel', 'nouveau_mot_de_passe').parse(request.body);
    const result = await changePassword(ctx, {
      userId: request.currentUser!.id,
      currentPassword: form.mot_de_passe_actuel,
      newPassword: form.nouveau_mot_de_passe,
    });
    if (!result.ok) return accountPage(request, reply, errorsOf(result), statusOf(result));
    setSessionCookie(reply, ctx.config, result.session);
    reply.flash('success', 'Votre mot de passe a été modifié.');
    return reply.redirect('/mon-compte', 303);
  });

  // ---- My data: download, deletion ----

  app.get('/mon-compte/donnees', { preHandler: requireUser() }, async (request, reply) => {
    const data = await collectPersonalData(ctx, personalData, request.currentUser!.id);
    if (!data) return reply.redirect('/connexion', 303);
    const day = ctx.clock.now().toISOString().slice(0, 10);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="mes-donnees-${day}.json"`)
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/mon-compte/supprimer', { preHandler: requireUser() }, async (request, reply) => {
    return sendPage(reply, h(DeleteAccountPage, { ctx: page(request, reply) }));
  });

  app.post('/mon-compte/supprimer', { preHandler: requireUser() }, async (request, reply) => {
    const form = body('mot_de_passe').parse(request.body);
    const result = await deleteOwnAccount(ctx, personalData, { userId: request.currentUser!.id, password: form.mot_de_passe });
    if (!result.ok) return sendPage(reply, h(DeleteAccountPage, { ctx: page(request, reply), errors: errorsOf(result) }), statusOf(result));
    // Every session has ended with the account, this browser's too.
    clearSessionCookie(reply, ctx.config);
    return reply.redirect('/mon-compte/supprime', 303);
  });

  app.get('/mon-compte/supprime', async (request, reply) => {
    return sendPage(reply, h(AccountDeletedPage, { ctx: page(request, reply) }));
  });

  // ---- Operators: accounts ----

  const accountsQuery = z.object({
    email: z.string().max(200).catch('').default(''),
    role: z.enum(ROLES).or(z.literal('')).catch('').default(''),
    page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  });

  app.get('/operateur/comptes', { preHandler: requireRole('operateur') }, async (request, reply) => {
    const search = accountsQuery.parse(request.query);
    const { accounts, total } = await searchAccounts(ctx.db, search);
    const pageCount = Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE));
    const view = h(OperatorAccountsPage, { ctx: page(request, reply), search, accounts, total, pageCount, currentUserId: request.currentUser!.id });
    return sendPage(reply, view);
  });

  const accountParams = z.object({ id: z.string().uuid(), action: z.enum(['desactiver', 'reactiver']) });

  app.post('/operateur/comptes/:id/:action', { preHandler: requireRole('operateur') }, async (request, reply) => {
    const params = accountParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const form = body('retour').parse(request.body);
    const back = form.retour.startsWith('/operateur/comptes') ? (safeReturnPath(form.retour) ?? '/operateur/comptes') : '/operateur/comptes';
    const disabled = params.data.action === 'desactiver';
    const result = await setAccountDisabled(ctx, { actorId: request.currentUser!.id, userId: params.data.id, disabled });
    if (!result.ok) reply.flash('error', result.message);
    else
      reply.flash(
        'success',
        disabled ? `Le compte ${result.email} est désactivé : ses sessions sont fermées.` : `Le compte ${result.email} est réactivé.`,
      );
    request.log.info({ actorId: request.currentUser!.id, userId: params.data.id, action: params.data.action, ok: result.ok }, 'account status changed by an operator');
    return reply.redirect(back, 303);
  });

  // ---- Second factor: enrolment (also the operators' forced step after the password) ----

  /**
   * Who may set up the second factor here: a logged-in user, or an operator between the password
   * and the second factor who has none yet. Null means "send them elsewhere" (done by the caller).
   */
  function enrolmentAccess(request: FastifyRequest): { userId: string; pendingTokenHash: string | null } | null {
    if (request.currentUser) return { userId: request.currentUser.id, pendingTokenHash: null };
    const pending = pendingSessionOf(request);
    if (pending && !pending.user.totpEnabled) return { userId: pending.user.id, pendingTokenHash: pending.tokenHash };
    return null;
  }

  function elsewhere(request: FastifyRequest, reply: FastifyReply, returnTo: string | null) {
    const pending = pendingSessionOf(request);
    if (pending) return reply.redirect(withReturn('/connexion/code', returnTo), 303);
    return reply.redirect(withReturn('/connexion', '/mon-compte/double-authentification'), 303);
  }

  async function twoFactorPage(request: FastifyRequest, reply: FastifyReply, access: { userId: string; pendingTokenHash: string | null }, returnTo: string | null, errors: Errors = {}, status = 200) {
    const user = await findUserById(ctx.db, access.userId);
    if (!user) return reply.redirect('/connexion', 303);
    let view: TwoFactorView;
    if (user.totpEnabled) {
      view = { state: 'enabled', canDisable: user.role !== 'operateur' };
    } else {
      const enrolment = await startTotpEnrolment(ctx, user.id);
      if (!enrolment) return reply.redirect('/mon-compte', 303);
      view = { state: 'enrol', secret: enrolment.secret, qrCode: enrolment.qrCode, mandatory: access.pendingTokenHash !== null, returnTo };
    }
    return sendPage(reply, h(TwoFactorPage, { ctx: page(request, reply), view, errors }), status);
  }

  app.get('/mon-compte/double-authentification', async (request, reply) => {
    const returnTo = safeReturnPath(returnQuery.parse(request.query).retour);
    const access = enrolmentAccess(request);
    if (!access) return elsewhere(request, reply, returnTo);
    return twoFactorPage(request, reply, access, returnTo);
  });

  app.post('/mon-compte/double-authentification', async (request, reply) => {
    const form = body('code', 'retour').parse(request.body);
    const returnTo = safeReturnPath(form.retour);
    const access = enrolmentAccess(request);
    if (!access) return elsewhere(request, reply, returnTo);
    const result = await confirmTotpEnrolment(ctx, { ...access, code: form.code });
    if (!result.ok) return twoFactorPage(request, reply, access, returnTo, errorsOf(result), statusOf(result));
    if (result.session) setSessionCookie(reply, ctx.config, result.session);
    reply.flash('success', 'La double authentification est activée : un code vous sera demandé à chaque connexion.');
    return reply.redirect(access.pendingTokenHash ? (returnTo ?? '/mon-compte') : '/mon-compte', 303);
  });

  app.post('/mon-compte/double-authentification/desactiver', { preHandler: requireUser() }, async (request, reply) => {
    const form = body('code').parse(request.body);
    const result = await disableTotp(ctx, { userId: request.currentUser!.id, code: form.code });
    if (!result.ok) {
      const access = { userId: request.currentUser!.id, pendingTokenHash: null };
      return twoFactorPage(request, reply, access, null, errorsOf(result), statusOf(result));
    }
    reply.flash('success', 'La double authentification est désactivée.');
    return reply.redirect('/mon-compte', 303);
  });
};
