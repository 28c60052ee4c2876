import type { AppContext } from '../../server/context.js';
import { HOUR } from '../../server/clock.js';
import { hit, rateLimitKey } from '../../server/rate-limit.js';
import { mailPasswordChanged, mailPasswordReset } from '../mails.js';
import { hashPassword } from '../password-hash.js';
import { passwordProblem } from '../password-rules.js';
import {
  consumeToken,
  deleteUserSessions,
  findUsableToken,
  findUserByEmail,
  insertAccountToken,
  normalizeEmail,
  revokeTokens,
  updateUser,
} from '../queries.js';
import type { Role } from '../schema.js';
import { hashToken, newToken, TOKEN_PATTERN } from '../tokens.js';
import { refuse, type Refusal } from '../types.js';
import { LINK_LIFETIME_MS } from './verify-email.js';

/** Requests per IP and hour (anyone may ask for any address: this keeps it from becoming a mail cannon). */
export const RESET_REQUEST_LIMIT = { limit: 10, windowMs: HOUR };
/** Reset mails per address and hour: beyond, the request is accepted and silently not sent. */
const RESET_MAILS_PER_ADDRESS = { limit: 3, windowMs: HOUR };

/**
 * Sends a reset link when the address has an active account. The answer is the same whether it
 * has one or not, so the form cannot be used to find out who is registered.
 */
export async function requestPasswordReset(ctx: AppContext, { email, ip }: { email: string; ip: string }): Promise<{ ok: true } | Refusal<'email'>> {
  if (!email.trim()) return refuse('email', 'Saisissez l’adresse électronique de votre compte.');
  const now = ctx.clock.now();
  const byIp = await hit(ctx.db, rateLimitKey('reinitialisation-ip', ip), { ...RESET_REQUEST_LIMIT, now });
  if (!byIp.allowed) {
    return refuse('form', 'Trop de tentatives de réinitialisation depuis cette connexion. Réessayez dans une heure.', { tooManyAttempts: true });
  }
  const address = normalizeEmail(email);
  const perAddress = await hit(ctx.db, rateLimitKey('reinitialisation-adresse', address), { ...RESET_MAILS_PER_ADDRESS, now });
  const user = await findUserByEmail(ctx.db, address);
  if (!user || user.disabledAt || !perAddress.allowed) return { ok: true };
  const { token, hash } = newToken();
  await insertAccountToken(ctx.db, {
    tokenHash: hash,
    userId: user.id,
    purpose: 'reinitialisation-mot-de-passe',
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
  });
  await mailPasswordReset(ctx, user, token);
  return { ok: true };
}

/** The account a reset link still opens (for the page that asks for the new password). */
export async function resetLinkAccount(ctx: AppContext, token: string): Promise<{ role: Role; email: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const user = await findUsableToken(ctx.db, hashToken(token), 'reinitialisation-mot-de-passe', ctx.clock.now());
  return user ? { role: user.role, email: user.email } : null;
}

export const LINK_EXPIRED = 'Ce lien n’est plus valable : il a déjà servi ou a expiré (il est valable 24 heures).';

/**
 * Sets a new password from a mailed link: the link is used up, every session of the account ends
 * (whoever knew the old password is out), other pending links stop working. The second factor
 * stays: a mailbox alone does not open an account that has one.
 */
export async function resetPassword(
  ctx: AppContext,
  { token, password }: { token: string; password: string },
): Promise<{ ok: true } | Refusal<'password'> | { ok: false; field: 'form'; message: string; linkExpired: true }> {
  const expired = { ok: false as const, field: 'form' as const, message: LINK_EXPIRED, linkExpired: true as const };
  if (!TOKEN_PATTERN.test(token)) return expired;
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const user = await findUsableToken(ctx.db, tokenHash, 'reinitialisation-mot-de-passe', now);
  if (!user) return expired;
  const problem = passwordProblem(password, { role: user.role, email: user.email });
  if (problem) return refuse('password', problem);
  const passwordHash = await hashPassword(password);
  // Used only now that the new password is accepted: a refused password leaves the link working.
  const userId = await consumeToken(ctx.db, tokenHash, 'reinitialisation-mot-de-passe', now);
  if (userId !== user.id) return expired;
  await updateUser(ctx.db, user.id, {
    passwordHash,
    passwordChangedAt: now,
    // Following the link proved the mailbox is theirs.
    emailVerifiedAt: user.emailVerifiedAt ?? now,
  });
  await deleteUserSessions(ctx.db, user.id);
  await revokeTokens(ctx.db, user.id, 'reinitialisation-mot-de-passe', now);
  await mailPasswordChanged(ctx, user);
  return { ok: true };
}
