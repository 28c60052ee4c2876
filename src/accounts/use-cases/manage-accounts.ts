import { and, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { toNumber, type Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { findUserById } from '../queries.js';
import { accountEvents, ROLES, users, type AccountAction, type Role } from '../schema.js';
import { disableUser, enableUser } from './disable-user.js';

export const ACCOUNTS_PAGE_SIZE = 25;

export interface AccountSearch {
  /** Part of the e-mail address. */
  email: string;
  role: Role | '';
  page: number;
}

export interface AccountListItem {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  createdAt: Date;
  lastLoginAt: Date | null;
  disabledAt: Date | null;
}

export interface AccountEventItem {
  action: AccountAction;
  createdAt: Date;
  actorEmail: string | null;
}

/** `%` and `_` typed in the search box are looked for as such. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchAccounts(db: Db, search: AccountSearch): Promise<{ accounts: (AccountListItem & { events: AccountEventItem[] })[]; total: number }> {
  const filters: SQL[] = [];
  const email = search.email.trim().toLowerCase();
  if (email) filters.push(ilike(users.email, likePattern(email)));
  if (search.role && (ROLES as readonly string[]).includes(search.role)) filters.push(eq(users.role, search.role));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const accounts = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: users.role,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(where)
    .orderBy(users.email)
    .limit(ACCOUNTS_PAGE_SIZE)
    .offset((search.page - 1) * ACCOUNTS_PAGE_SIZE);
  const events = await eventsOf(db, accounts.map((a) => a.id));
  return { accounts: accounts.map((a) => ({ ...a, events: events.get(a.id) ?? [] })), total: toNumber(total?.n) };
}

/** What operators did to these accounts, latest first. */
async function eventsOf(db: Db, ids: string[]): Promise<Map<string, AccountEventItem[]>> {
  const byUser = new Map<string, AccountEventItem[]>();
  if (ids.length === 0) return byUser;
  const actors = alias(users, 'actors');
  const rows = await db
    .select({ userId: accountEvents.userId, action: accountEvents.action, createdAt: accountEvents.createdAt, actorEmail: actors.email })
    .from(accountEvents)
    .leftJoin(actors, eq(actors.id, accountEvents.actorId))
    .where(inArray(accountEvents.userId, ids))
    .orderBy(desc(accountEvents.createdAt));
  for (const { userId, ...event } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push(event);
    byUser.set(userId, list);
  }
  return byUser;
}

/**
 * An operator disables or enables an account; the action is logged with who and when. Disabling
 * ends the account's sessions at once. An operator cannot disable their own account.
 */
export async function setAccountDisabled(
  deps: { db: Db; clock: Clock },
  { actorId, userId, disabled }: { actorId: string; userId: string; disabled: boolean },
): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
  const user = await findUserById(deps.db, userId);
  if (!user) return { ok: false, message: 'Ce compte n’existe pas ou plus.' };
  if (disabled && userId === actorId) return { ok: false, message: 'Vous ne pouvez pas désactiver votre propre compte.' };
  if (disabled) {
    const result = await disableUser(deps, userId);
    if (!result.ok) return result;
  } else {
    await enableUser(deps, userId);
  }
  await deps.db
    .insert(accountEvents)
    .values({ userId, actorId, action: disabled ? 'desactivation' : 'reactivation', createdAt: deps.clock.now() });
  return { ok: true, email: user.email };
}
