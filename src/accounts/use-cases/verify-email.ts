import type { AppContext } from '../../server/context.js';
import { DAY, HOUR } from '../../server/clock.js';
import { frenchDuration, hit, rateLimitKey } from '../../server/rate-limit.js';
import { mailVerification } from '../mails.js';
import { consumeToken, findUsableToken, findUserById, insertAccountToken, updateUser } from '../queries.js';
import { hashToken, newToken, TOKEN_PATTERN } from '../tokens.js';

/** Mailed links (address verification, new password) open for 24 hours, once. */
export const LINK_LIFETIME_MS = DAY;

export async function sendVerificationEmail(ctx: AppContext, user: { id: string; email: string; firstName: string }): Promise<void> {
  const now = ctx.clock.now();
  const { token, hash } = newToken();
  await insertAccountToken(ctx.db, {
    tokenHash: hash,
    userId: user.id,
    purpose: 'verification-email',
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
  });
  await mailVerification(ctx, user, token);
}

/** Whether a verification link still works (for the page that asks to confirm). */
export async function verificationLinkIsUsable(ctx: AppContext, token: string): Promise<boolean> {
  if (!TOKEN_PATTERN.test(token)) return false;
  return (await findUsableToken(ctx.db, hashToken(token), 'verification-email', ctx.clock.now())) !== null;
}

/** Confirms the address of the account the link was sent for; false when the link opens nothing. */
export async function verifyEmail(ctx: AppContext, token: string): Promise<{ ok: true; userId: string } | { ok: false }> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false };
  const now = ctx.clock.now();
  const userId = await consumeToken(ctx.db, hashToken(token), 'verification-email', now);
  if (!userId) return { ok: false };
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabledAt) return { ok: false };
  if (!user.emailVerifiedAt) await updateUser(ctx.db, userId, { emailVerifiedAt: now });
  return { ok: true, userId };
}

/** A new link on request from "Mon compte" (three an hour at most, to keep mailboxes quiet). */
export async function resendVerificationEmail(ctx: AppContext, userId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabledAt) return { ok: false, message: 'Compte introuvable.' };
  if (user.emailVerifiedAt) return { ok: false, message: 'Votre adresse électronique est déjà confirmée.' };
  const verdict = await hit(ctx.db, rateLimitKey('verification-renvoi', userId), { limit: 3, windowMs: HOUR, now: ctx.clock.now() });
  if (!verdict.allowed) {
    return { ok: false, message: `Trop de tentatives : plusieurs liens viennent d’être envoyés. Réessayez dans ${frenchDuration(verdict.retryAfterSeconds)}.` };
  }
  await sendVerificationEmail(ctx, user);
  return { ok: true };
}
