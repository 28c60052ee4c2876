import { randomBytes } from 'node:crypto';

/** 24 random bytes: 192 bits, far beyond guessing, written as 32 URL-safe characters. */
const TOKEN_BYTES = 24;

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** The private link of an assessment. Never derived from an id, a date or a counter. */
export function newAssessmentToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}
