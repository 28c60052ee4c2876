import type { Db } from '../db/client.js';
import { DAY, HOUR } from '../server/clock.js';
import { insertSession } from './queries.js';
import type { Role } from './schema.js';
import { newToken } from './tokens.js';

/**
 * Fixed expiry (not sliding): a session ends at a set time whatever its use, so a stolen cookie
 * is worth a bounded time and no request has to write to the database to push the end back.
 * Operators act on everyone's data: their sessions last a working day.
 */
export function sessionLifetimeMs(role: Role): number {
  return role === 'operateur' ? 12 * HOUR : 7 * DAY;
}

/** Between the password and the second factor: just long enough to open the app and type a code. */
export const PENDING_SESSION_MS = 10 * 60_000;

export interface OpenedSession {
  /** Goes in the cookie; the database keeps its hash only. */
  token: string;
  tokenHash: string;
  maxAgeSeconds: number;
}

/**
 * A new session (a new token every time: logging in or passing the second factor never reuses
 * the token a visitor had before, which defeats session fixation).
 */
export async function openSession(
  db: Db,
  { userId, role, now, fullyAuthenticated }: { userId: string; role: Role; now: Date; fullyAuthenticated: boolean },
): Promise<OpenedSession> {
  const { token, hash } = newToken();
  const lifetime = fullyAuthenticated ? sessionLifetimeMs(role) : PENDING_SESSION_MS;
  await insertSession(db, {
    tokenHash: hash,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
    fullyAuthenticatedAt: fullyAuthenticated ? now : null,
  });
  return { token, tokenHash: hash, maxAgeSeconds: Math.floor(lifetime / 1000) };
}

/** Operators must pass a second factor; others only when they chose to enable it. */
export function secondFactorRequired(user: { role: Role; totpEnabled: boolean }): boolean {
  return user.role === 'operateur' || user.totpEnabled;
}
