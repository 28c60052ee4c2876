import type { AppContext } from '../../server/context.js';
import { frenchDuration, hit, rateLimitKey, release } from '../../server/rate-limit.js';
import { mailPasswordChanged } from '../mails.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import { passwordProblem } from '../password-rules.js';
import { deleteUserSessions, findUserById, revokeTokens, updateUser } from '../queries.js';
import { openSession, type OpenedSession } from '../sessions.js';
import { refuse, type Refusal } from '../types.js';

/** Wrong current passwords per account: a borrowed session must not become a password oracle. */
const CURRENT_PASSWORD_LIMIT = { limit: 10, windowMs: 15 * 60_000 };

export type ChangePasswordField = 'currentPassword' | 'newPassword';

/**
 * Changes the password of a logged-in user. Every session of the account ends (a thief logged in
 * elsewhere is out) and this browser gets a new one, so its owner stays logged in.
 */
export async function changePassword(
  ctx: AppContext,
  { userId, currentPassword, newPassword }: { userId: string; currentPassword: string; newPassword: string },
): Promise<{ ok: true; session: OpenedSession } | Refusal<ChangePasswordField>> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabledAt) return refuse('form', 'Compte introuvable.');
  if (!currentPassword) return refuse('currentPassword', 'Saisissez votre mot de passe actuel.');
  const now = ctx.clock.now();
  const key = rateLimitKey('mot-de-passe-actuel', userId);
  const verdict = await hit(ctx.db, key, { ...CURRENT_PASSWORD_LIMIT, now });
  if (!verdict.allowed) {
    return refuse('currentPassword', `Trop de tentatives. Patientez ${frenchDuration(verdict.retryAfterSeconds)} avant de réessayer.`, {
      tooManyAttempts: true,
    });
  }
  const { valid } = await verifyPassword(user.passwordHash, currentPassword);
  if (!valid) return refuse('currentPassword', 'Le mot de passe actuel est incorrect.');
  await release(ctx.db, key, { ...CURRENT_PASSWORD_LIMIT, now });
  const problem = passwordProblem(newPassword, { role: user.role, email: user.email });
  if (problem) return refuse('newPassword', problem);
  await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(newPassword), passwordChangedAt: now });
  await deleteUserSessions(ctx.db, user.id);
  await revokeTokens(ctx.db, user.id, 'reinitialisation-mot-de-passe', now);
  await mailPasswordChanged(ctx, user);
  return { ok: true, session: await openSession(ctx.db, { userId: user.id, role: user.role, now, fullyAuthenticated: true }) };
}
