import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe; the database keeps only the SHA-256, so a copy of it opens nothing. */
export function newActivationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashActivationToken(token) };
}

export function hashActivationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const ACTIVATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
