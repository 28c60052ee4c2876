import { and, eq, isNotNull, notLike } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { AppContext } from '../../server/context.js';
import { frenchDuration, hit, rateLimitKey, release } from '../../server/rate-limit.js';
import { deleteSession, findUserById, recordLogin, updateUser } from '../queries.js';
import { users } from '../schema.js';
import { isSealed, openSecret, sealSecret, totpKey } from '../secret-box.js';
import { openSession, type OpenedSession } from '../sessions.js';
import { matchTotp, newTotpSecret, normalizeCode, qrCodeDataUrl, totpUri } from '../totp.js';
import { refuse, type Refusal } from '../types.js';

/** Wrong codes per account in 15 minutes: 5 tries against a million codes. */
export const CODE_LIMIT = { limit: 5, windowMs: 15 * 60_000 };

type CodeRefusal = Refusal<'code'>;

/**
 * The account's second-factor key in clear (it is stored sealed). A key still in clear, written
 * before encryption existed, is sealed on the way.
 */
async function readSecret(ctx: AppContext, userId: string, stored: string): Promise<string | null> {
  const key = totpKey(ctx.config.sessionSecret);
  const secret = openSecret(key, stored);
  if (secret && !isSealed(stored)) await updateUser(ctx.db, userId, { totpSecret: sealSecret(key, secret) });
  return secret;
}

const UNREADABLE_SECRET = 'La clé de votre application d’authentification ne peut plus être lue. Contactez l’équipe du site pour la remettre à zéro.';

/**
 * Checks a 6-digit code for an account, counting wrong ones; on success the code's time step is
 * remembered so that the same code cannot serve twice.
 */
async function checkCode(ctx: AppContext, userId: string, stored: string, lastStep: number | null, raw: string): Promise<CodeRefusal | null> {
  const secret = await readSecret(ctx, userId, stored);
  if (!secret) return refuse('form', UNREADABLE_SECRET);
  const code = normalizeCode(raw);
  if (!code) return refuse('code', 'Saisissez les 6 chiffres affichés par votre application d’authentification.');
  const now = ctx.clock.now();
  const key = rateLimitKey('code-compte', userId);
  const verdict = await hit(ctx.db, key, { ...CODE_LIMIT, now });
  if (!verdict.allowed) {
    return refuse('code', `Trop de tentatives avec un code erroné. Patientez ${frenchDuration(verdict.retryAfterSeconds)} avant de réessayer.`, {
      tooManyAttempts: true,
    });
  }
  const step = matchTotp(secret, code, now, lastStep);
  if (step === null) {
    return refuse('code', 'Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et saisissez le code affiché en ce moment.');
  }
  await release(ctx.db, key, { ...CODE_LIMIT, now });
  await updateUser(ctx.db, userId, { totpLastStep: step });
  return null;
}

/**
 * The second step of a login: the code replaces the half-open session with a new, fully
 * authenticated one (a new token, so the one seen before the code is worth nothing).
 */
export async function verifyLoginCode(
  ctx: AppContext,
  { userId, pendingTokenHash, code }: { userId: string; pendingTokenHash: string; code: string },
): Promise<{ ok: true; session: OpenedSession } | CodeRefusal> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabledAt || !user.totpEnabled || !user.totpSecret) {
    return refuse('form', 'La connexion a expiré. Saisissez de nouveau votre adresse et votre mot de passe.');
  }
  const refusal = await checkCode(ctx, user.id, user.totpSecret, user.totpLastStep, code);
  if (refusal) return refusal;
  const now = ctx.clock.now();
  await deleteSession(ctx.db, pendingTokenHash);
  await recordLogin(ctx.db, user.id, now);
  const session = await openSession(ctx.db, { userId: user.id, role: user.role, now, fullyAuthenticated: true });
  return { ok: true, session };
}

export interface Enrolment {
  secret: string;
  uri: string;
  qrCode: string;
}

/** The secret to put in an authenticator app: made once, kept until the first code confirms it. */
export async function startTotpEnrolment(ctx: AppContext, userId: string): Promise<Enrolment | null> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.totpEnabled) return null;
  let secret = user.totpSecret ? await readSecret(ctx, userId, user.totpSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await updateUser(ctx.db, userId, { totpSecret: sealSecret(totpKey(ctx.config.sessionSecret), secret), totpLastStep: null });
  }
  const uri = totpUri(secret, { issuer: ctx.config.siteName, account: user.email });
  return { secret, uri, qrCode: await qrCodeDataUrl(uri) };
}

/**
 * Turns the second factor on once a code from the app proves it was set up. When it completes an
 * operator's login (half-open session), a fully authenticated session replaces it.
 */
export async function confirmTotpEnrolment(
  ctx: AppContext,
  { userId, code, pendingTokenHash }: { userId: string; code: string; pendingTokenHash: string | null },
): Promise<{ ok: true; session: OpenedSession | null } | CodeRefusal> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabledAt || !user.totpSecret) return refuse('form', 'Recommencez la mise en place de la double authentification.');
  if (user.totpEnabled) return { ok: true, session: null };
  const refusal = await checkCode(ctx, user.id, user.totpSecret, user.totpLastStep, code);
  if (refusal) return refusal;
  const now = ctx.clock.now();
  await updateUser(ctx.db, user.id, { totpEnabled: true });
  if (!pendingTokenHash) return { ok: true, session: null };
  await deleteSession(ctx.db, pendingTokenHash);
  await recordLogin(ctx.db, user.id, now);
  return { ok: true, session: await openSession(ctx.db, { userId: user.id, role: user.role, now, fullyAuthenticated: true }) };
}

/** Non-operators may turn the second factor off again, with a current code as proof. */
export async function disableTotp(ctx: AppContext, { userId, code }: { userId: string; code: string }): Promise<{ ok: true } | CodeRefusal> {
  const user = await findUserById(ctx.db, userId);
  if (!user || !user.totpEnabled || !user.totpSecret) return refuse('form', 'La double authentification n’est pas activée.');
  if (user.role === 'operateur') return refuse('form', 'La double authentification est obligatoire pour les comptes opérateur.');
  const refusal = await checkCode(ctx, user.id, user.totpSecret, user.totpLastStep, code);
  if (refusal) return refusal;
  await updateUser(ctx.db, user.id, { totpEnabled: false, totpSecret: null, totpLastStep: null });
  return { ok: true };
}

/**
 * Seals the second-factor keys still stored in clear (accounts set up before encryption existed).
 * Run at every start; a no-op once done. Returns how many were sealed.
 */
export async function sealPlaintextTotpSecrets(deps: { db: Db; sessionSecret: string }): Promise<number> {
  const key = totpKey(deps.sessionSecret);
  const rows = await deps.db
    .select({ id: users.id, totpSecret: users.totpSecret })
    .from(users)
    .where(and(isNotNull(users.totpSecret), notLike(users.totpSecret, 'v1:%')));
  for (const row of rows) {
    await deps.db
      .update(users)
      .set({ totpSecret: sealSecret(key, row.totpSecret!) })
      .where(and(eq(users.id, row.id), eq(users.totpSecret, row.totpSecret!)));
  }
  return rows.length;
}
