import argon2 from 'argon2';
import { normalizePassword } from './password-rules.js';

/**
 * Argon2id with OWASP's minimum for it (19 MiB, 2 passes, 1 lane): ~30 ms per check on a
 * server core, costly enough for an attacker with a stolen table, cheap enough for a login.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Longer input is refused before hashing, so a huge "password" cannot tie up a core. */
const VERIFY_MAX_LENGTH = 1024;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalizePassword(password), ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. Without a hash (no such account) a dummy one is
 * checked all the same, so the answer takes as long and tells nothing about which addresses exist.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<{ valid: boolean; needsRehash: boolean }> {
  if (password.length > VERIFY_MAX_LENGTH) return { valid: false, needsRehash: false };
  if (!hash) {
    dummyHash ??= hashPassword('mot de passe factice pour égaliser les temps de réponse');
    await argon2.verify(await dummyHash, normalizePassword(password)).catch(() => false);
    return { valid: false, needsRehash: false };
  }
  const valid = await argon2.verify(hash, normalizePassword(password)).catch(() => false);
  return { valid, needsRehash: valid && argon2.needsRehash(hash, ARGON2_OPTIONS) };
}
