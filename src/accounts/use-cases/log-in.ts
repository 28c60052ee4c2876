import type { AppContext } from '../../server/context.js';
import { frenchDuration, hit, rateLimitKey, release } from '../../server/rate-limit.js';
import { hashPassword, verifyPassword } from '../password-hash.js';
import { findUserByEmail, normalizeEmail, recordLogin, updateUser } from '../queries.js';
import type { Role } from '../schema.js';
import { openSession, secondFactorRequired, type OpenedSession } from '../sessions.js';
import { refuse, type Refusal } from '../types.js';

/**
 * Failed logins per account (any IP) and per IP (any account), in 15-minute windows. Only
 * failures count: a successful login gives its attempt back. The account limit stops guessing
 * one person's password from many machines; the IP limit stops one machine trying many accounts.
 */
export const LOGIN_LIMITS = {
  account: { limit: 10, windowMs: 15 * 60_000 },
  ip: { limit: 30, windowMs: 15 * 60_000 },
};

export interface LogInInput {
  email: string;
  password: string;
  ip: string;
}

/** What comes after the password: nothing, the code of the app, or setting the app up. */
export type NextStep = 'done' | 'code' | 'enrol';

export type LogInResult =
  | { ok: true; userId: string; role: Role; next: NextStep; session: OpenedSession }
  | Refusal<'email' | 'password'>;

const WRONG = 'Adresse électronique ou mot de passe incorrect.';

export async function logIn(ctx: AppContext, input: LogInInput): Promise<LogInResult> {
  const missing: Partial<Record<'email' | 'password', string>> = {};
  if (!input.email.trim()) missing.email = 'Saisissez votre adresse électronique.';
  if (!input.password) missing.password = 'Saisissez votre mot de passe.';
  if (missing.email || missing.password) {
    const field = missing.email ? 'email' : 'password';
    return { ok: false, field, message: missing[field]!, fieldErrors: missing };
  }

  const now = ctx.clock.now();
  const email = normalizeEmail(input.email);
  const keys = { account: rateLimitKey('connexion-compte', email), ip: rateLimitKey('connexion-ip', input.ip) };
  const byAccount = await hit(ctx.db, keys.account, { ...LOGIN_LIMITS.account, now });
  const byIp = await hit(ctx.db, keys.ip, { ...LOGIN_LIMITS.ip, now });
  if (!byAccount.allowed || !byIp.allowed) {
    const wait = Math.max(byAccount.retryAfterSeconds, byIp.retryAfterSeconds);
    return refuse('form', `Trop de tentatives de connexion. Pour protéger ce compte, patientez ${frenchDuration(wait)} avant de réessayer.`, {
      tooManyAttempts: true,
    });
  }

  const user = await findUserByEmail(ctx.db, email);
  const { valid, needsRehash } = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) return refuse('form', WRONG);
  if (user.disabledAt) return refuse('form', 'Ce compte a été désactivé. Pour le réactiver, contactez l’équipe du site.');

  await release(ctx.db, keys.account, { ...LOGIN_LIMITS.account, now });
  await release(ctx.db, keys.ip, { ...LOGIN_LIMITS.ip, now });
  if (needsRehash) await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(input.password) });

  const needsFactor = secondFactorRequired(user);
  const next: NextStep = !needsFactor ? 'done' : user.totpEnabled ? 'code' : 'enrol';
  if (next === 'done') await recordLogin(ctx.db, user.id, now);
  const session = await openSession(ctx.db, { userId: user.id, role: user.role, now, fullyAuthenticated: next === 'done' });
  return { ok: true, userId: user.id, role: user.role, next, session };
}
