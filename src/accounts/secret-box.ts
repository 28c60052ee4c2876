import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Second-factor keys are stored encrypted (AES-256-GCM), with a key derived from SESSION_SECRET by
// HKDF-SHA256: a copy of the database alone (a backup, a dump) does not give anyone the codes.
const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function totpKey(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'abeille', 'abeille/totp-secret/v1', 32));
}

export function sealSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Whether a stored value is still in clear (written before encryption existed). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/**
 * The secret in clear. A value written before encryption existed is returned as it is (and
 * re-sealed by the caller); one sealed under another SESSION_SECRET gives null.
 */
export function openSecret(key: Buffer, stored: string): string | null {
  if (!isSealed(stored)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
