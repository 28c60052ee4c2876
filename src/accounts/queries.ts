import { and, count, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import { toNumber } from '../db/client.js';
import type { Db } from '../db/client.js';
import { accountEvents, accountTokens, sessions, users, type TokenPurpose } from './schema.js';

export type UserRow = typeof users.$inferSelect;

/** Addresses are compared lower-cased and trimmed: one account per mailbox. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function updateUser(db: Db, id: string, patch: Partial<Omit<UserRow, 'id'>>): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

/** A completed login: the account is in use again (any inactivity warning is void). */
export async function recordLogin(db: Db, id: string, now: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: now, inactivityWarnedAt: null }).where(eq(users.id, id));
}

/** Removes the account; its sessions and links go with it (foreign keys cascade). */
export async function deleteUserRow(db: Db, id: string): Promise<void> {
  await db.delete(users).where(eq(users.id, id));
}

/** Operators who can still log in, other than this one. */
export async function countOtherActiveOperators(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'operateur'), isNull(users.disabledAt), ne(users.id, id)));
  return toNumber(row?.n);
}

/** What operators did to an account, oldest first. */
export async function listAccountEvents(db: Db, userId: string) {
  return db
    .select({ action: accountEvents.action, createdAt: accountEvents.createdAt })
    .from(accountEvents)
    .where(eq(accountEvents.userId, userId))
    .orderBy(accountEvents.createdAt);
}

// ---- Sessions ----

/** An account's sessions as its owner may see them (never the token or its hash). */
export async function listUserSessions(db: Db, userId: string) {
  return db
    .select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, fullyAuthenticatedAt: sessions.fullyAuthenticatedAt })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sessions.createdAt);
}

export interface SessionWithUser {
  tokenHash: string;
  expiresAt: Date;
  fullyAuthenticated: boolean;
  user: Pick<UserRow, 'id' | 'email' | 'role' | 'firstName' | 'lastName' | 'regionCode' | 'totpEnabled' | 'emailVerifiedAt'>;
}

export async function insertSession(
  db: Db,
  row: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date; fullyAuthenticatedAt: Date | null },
): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A session counts only while it has not expired and its account is not disabled. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<SessionWithUser | null> {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      expiresAt: sessions.expiresAt,
      fullyAuthenticatedAt: sessions.fullyAuthenticatedAt,
      user: {
        id: users.id,
        email: users.email,
        role: users.role,
        firstName: users.firstName,
        lastName: users.lastName,
        regionCode: users.regionCode,
        totpEnabled: users.totpEnabled,
        emailVerifiedAt: users.emailVerifiedAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  return { tokenHash: row.tokenHash, expiresAt: row.expiresAt, fullyAuthenticated: row.fullyAuthenticatedAt !== null, user: row.user };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

// ---- Single-use links ----

export async function insertAccountToken(
  db: Db,
  row: { tokenHash: string; userId: string; purpose: TokenPurpose; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(accountTokens).values(row);
}

/** The account a link still opens (unused, not expired, account not disabled), without using it. */
export async function findUsableToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<UserRow | null> {
  const [row] = await db
    .select({ user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row?.user ?? null;
}

/**
 * Uses a link: one atomic update, so two clicks at the same instant (or on two processes)
 * cannot both succeed. Returns the account's id, or null when the link no longer opens anything.
 */
export async function consumeToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}

/** Once a password has changed, the reset links sent before open nothing. */
export async function revokeTokens(db: Db, userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

/** Sessions and links past their date, for a periodic clean-up. */
export async function purgeExpired(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(accountTokens).where(lt(accountTokens.expiresAt, now));
}
