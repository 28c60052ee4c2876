import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { deleteUserSessions, findUserById, updateUser } from '../queries.js';

/**
 * Disables an account: it can no longer log in, and its open sessions stop working at once
 * (they are deleted, and a session is only honoured while its account is not disabled).
 */
export async function disableUser(deps: { db: Db; clock: Clock }, userId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await findUserById(deps.db, userId);
  if (!user) return { ok: false, message: 'Compte introuvable.' };
  if (!user.disabledAt) await updateUser(deps.db, userId, { disabledAt: deps.clock.now() });
  await deleteUserSessions(deps.db, userId);
  return { ok: true };
}

/** Lets a disabled account log in again (its old sessions stay closed). */
export async function enableUser(deps: { db: Db }, userId: string): Promise<void> {
  await updateUser(deps.db, userId, { disabledAt: null });
}
