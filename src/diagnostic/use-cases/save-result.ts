import { z } from 'zod';
import { createUser, sendVerificationEmail, type CreateUserField } from '../../accounts/index.js';
import { HOUR } from '../../server/clock.js';
import type { AppContext } from '../../server/context.js';
import { hit, rateLimitKey } from '../../server/rate-limit.js';
import { attachToUser } from '../account-queries.js';
import { mailResumeLink, mailSavedResult } from '../mails.js';
import { findAssessmentByToken } from '../queries.js';

export interface SignUpFields {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export type SaveResultRefusal = {
  ok: false;
  reason: 'invalide';
  errors: Partial<Record<CreateUserField | 'form', string>>;
  tooManyAttempts?: boolean;
};

export type SaveResult =
  | { ok: true; created: boolean }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'en_cours'; step: number }
  | SaveResultRefusal;

/** Accounts created from result pages per connection and hour (as the sign-up page). */
export const SAVE_SIGN_UP_LIMIT = { limit: 10, windowMs: HOUR };

/**
 * "Créer un compte pour enregistrer mon résultat": an `entreprise` account, the result saved in it,
 * the address's confirmation link and the result's link sent by e-mail. An address that already has
 * an account gets the same answer on the page (the form never tells who is registered) and a mail
 * with the result's link, to log in and save it from there.
 */
export async function saveResultWithNewAccount(
  ctx: AppContext,
  input: { token: string; fields: SignUpFields; ip: string; resultUrl: string },
): Promise<SaveResult> {
  const assessment = await findAssessmentByToken(ctx.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine') return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  const now = ctx.clock.now();
  const byIp = await hit(ctx.db, rateLimitKey('inscription-ip', input.ip), { ...SAVE_SIGN_UP_LIMIT, now });
  if (!byIp.allowed) {
    return {
      ok: false,
      reason: 'invalide',
      errors: { form: 'Trop de créations de compte depuis cette connexion. Réessayez dans une heure.' },
      tooManyAttempts: true,
    };
  }
  const created = await createUser(ctx, { ...input.fields, role: 'entreprise' });
  if (created.ok) {
    await attachToUser(ctx.db, assessment.id, created.user.id);
    await sendVerificationEmail(ctx, created.user);
    await mailSavedResult(ctx, created.user, input.resultUrl);
    return { ok: true, created: true };
  }
  if ('emailTaken' in created && created.emailTaken) {
    const perAddress = await hit(ctx.db, rateLimitKey('resultat-compte-existant', input.fields.email.trim().toLowerCase()), {
      limit: 2,
      windowMs: HOUR,
      now,
    });
    if (perAddress.allowed) await mailSavedResultToExistingAccount(ctx, input.fields.email, input.resultUrl);
    return { ok: true, created: false };
  }
  return { ok: false, reason: 'invalide', errors: created.fieldErrors ?? { [created.field]: created.message } };
}

async function mailSavedResultToExistingAccount(ctx: AppContext, email: string, resultUrl: string): Promise<void> {
  await mailSavedResult(ctx, { email: email.trim() }, `${resultUrl}#enregistrer`);
}

/** A signed-in business owner saves a result in their account (never one saved in another account). */
export async function saveResultToAccount(
  ctx: AppContext,
  input: { token: string; user: { id: string; email: string; firstName?: string }; resultUrl: string },
): Promise<{ ok: true } | { ok: false; reason: 'introuvable' | 'autre-compte' } | { ok: false; reason: 'en_cours'; step: number }> {
  const assessment = await findAssessmentByToken(ctx.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine') return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  if (assessment.userId === input.user.id) return { ok: true };
  if (!(await attachToUser(ctx.db, assessment.id, input.user.id))) return { ok: false, reason: 'autre-compte' };
  await mailSavedResult(ctx, input.user, input.resultUrl);
  return { ok: true };
}

const emailSchema = z.string().trim().max(254).pipe(z.email());

/** Resume links mailed per assessment and per connection, each hour: enough to retry a typo, too few to spam. */
export const RESUME_MAIL_LIMITS = { perAssessment: { limit: 3, windowMs: HOUR }, perIp: { limit: 10, windowMs: HOUR } };

export type ResumeMailResult =
  | { ok: true }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'termine' }
  | { ok: false; reason: 'invalide'; message: string; tooManyAttempts?: boolean };

/** "Recevoir un lien pour reprendre plus tard": the private link of an assessment in progress, by e-mail. */
export async function mailResumeLinkFor(ctx: AppContext, input: { token: string; email: string; ip: string; resumeUrl: string }): Promise<ResumeMailResult> {
  const assessment = await findAssessmentByToken(ctx.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status === 'termine') return { ok: false, reason: 'termine' };
  if (!input.email.trim()) return { ok: false, reason: 'invalide', message: 'Saisissez votre adresse électronique.' };
  const email = emailSchema.safeParse(input.email);
  if (!email.success) {
    return { ok: false, reason: 'invalide', message: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.' };
  }
  const now = ctx.clock.now();
  const byAssessment = await hit(ctx.db, rateLimitKey('reprise-autodiagnostic', assessment.id), { ...RESUME_MAIL_LIMITS.perAssessment, now });
  const byIp = await hit(ctx.db, rateLimitKey('reprise-autodiagnostic-ip', input.ip), { ...RESUME_MAIL_LIMITS.perIp, now });
  if (!byAssessment.allowed || !byIp.allowed) {
    return {
      ok: false,
      reason: 'invalide',
      message: 'Plusieurs liens viennent déjà d’être envoyés. Réessayez dans une heure, ou gardez le lien affiché sur cette page.',
      tooManyAttempts: true,
    };
  }
  await mailResumeLink(ctx, email.data, input.resumeUrl);
  return { ok: true };
}
