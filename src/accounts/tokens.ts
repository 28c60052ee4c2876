import { createHash, randomBytes } from 'node:crypto';

/**
 * 256 random bits, URL-safe: for session cookies and mailed links alike. Only the SHA-256 of a
 * token is stored, so a copy of the database opens no session and no link.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The shape of our tokens: anything else is refused before touching the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
