import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import type { AppContext } from '../../server/context.js';
import { frenchDuration, hit, rateLimitKey, release } from '../../server/rate-limit.js';
import { mailAccountDeleted } from '../mails.js';
import { verifyPassword } from '../password-hash.js';
import type { PersonalDataContributor } from '../personal-data.js';
import { countOtherActiveOperators, deleteUserRow, deleteUserSessions, findUserById, listAccountEvents, listUserSessions, type UserRow } from '../queries.js';
import { refuse, type Refusal } from '../types.js';

/**
 * Everything the platform keeps about a person, as one JSON document: the account (no password
 * hash, no second-factor key), its sessions (no token), then each other domain's share under its key.
 */
export async function collectPersonalData(
  deps: { db: Db; clock: Clock },
  contributors: PersonalDataContributor[],
  userId: string,
): Promise<Record<string, unknown> | null> {
  const user = await findUserById(deps.db, userId);
  if (!user) return null;
  const sessions = await listUserSessions(deps.db, user.id);
  const data: Record<string, unknown> = {
    exporteLe: deps.clock.now().toISOString(),
    compte: {
      adresseElectronique: user.email,
      prenom: user.firstName,
      nom: user.lastName,
      typeDeCompte: user.role,
      region: user.regionCode,
      creeLe: user.createdAt,
      adresseConfirmeeLe: user.emailVerifiedAt,
      derniereConnexionLe: user.lastLoginAt,
      motDePasseModifieLe: user.passwordChangedAt,
      doubleAuthentification: user.totpEnabled,
      desactiveLe: user.disabledAt,
      avertissementInactiviteLe: user.inactivityWarnedAt,
    },
    sessions: sessions.map((s) => ({ ouverteLe: s.createdAt, expireLe: s.expiresAt, complete: s.fullyAuthenticatedAt !== null })),
    // What operators did to the account (their identity stays theirs: only the action and its date).
    actionsDesOperateurs: (await listAccountEvents(deps.db, user.id)).map((e) => ({ action: e.action, le: e.createdAt })),
  };
  const who = { id: user.id, email: user.email };
  for (const contributor of contributors) data[contributor.key] = await contributor.collect(deps.db, who);
  return data;
}

/**
 * Deletes an account and everything other domains keep about it. Each domain erases its share
 * first: if one fails, the account is still there and the deletion can be run again.
 */
export async function eraseAccount(db: Db, contributors: PersonalDataContributor[], user: Pick<UserRow, 'id' | 'email'>): Promise<void> {
  const who = { id: user.id, email: user.email };
  for (const contributor of contributors) await contributor.erase(db, who);
  await deleteUserSessions(db, user.id);
  await deleteUserRow(db, user.id);
}

export const LAST_OPERATOR_MESSAGE =
  'Vous êtes le dernier opérateur actif : votre compte ne peut pas être supprimé. Créez ou réactivez d’abord un autre compte opérateur.';

const DELETION_LIMIT = { limit: 10, windowMs: 15 * 60_000 };

/** The owner deletes their account at once, the password typed again as proof. */
export async function deleteOwnAccount(
  ctx: AppContext,
  contributors: PersonalDataContributor[],
  { userId, password }: { userId: string; password: string },
): Promise<{ ok: true } | Refusal<'password'>> {
  if (!password) return refuse('password', 'Saisissez votre mot de passe pour confirmer la suppression.');
  const user = await findUserById(ctx.db, userId);
  if (!user) return refuse('form', 'Ce compte n’existe plus.');
  // The same guessing limit as at login: a borrowed session cannot try passwords one after another.
  const now = ctx.clock.now();
  const key = rateLimitKey('suppression-compte', user.id);
  const verdict = await hit(ctx.db, key, { ...DELETION_LIMIT, now });
  if (!verdict.allowed) {
    return refuse('password', `Trop de tentatives. Patientez ${frenchDuration(verdict.retryAfterSeconds)} avant de réessayer.`, { tooManyAttempts: true });
  }
  const { valid } = await verifyPassword(user.passwordHash, password);
  if (!valid) return refuse('password', 'Mot de passe incorrect.');
  await release(ctx.db, key, { ...DELETION_LIMIT, now });
  if (user.role === 'operateur' && (await countOtherActiveOperators(ctx.db, user.id)) === 0) {
    return refuse('form', LAST_OPERATOR_MESSAGE);
  }
  await eraseAccount(ctx.db, contributors, user);
  await mailAccountDeleted(ctx, user, 'demande');
  return { ok: true };
}
