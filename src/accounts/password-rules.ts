import { isCommonPassword } from './common-passwords.js';
import type { Role } from './schema.js';

// The rules of NIST SP 800-63B (rev. 4) and of the ANSSI's recommendations on authentication:
// length matters, composition rules do not (no "one capital, one digit"), every character is
// accepted (spaces and accents too), pasting is allowed, and passwords known to attackers are refused.

export const PASSWORD_MAX_LENGTH = 128;

/** Operators hold the keys of the platform: their minimum is longer. */
export function passwordMinLength(role: Role): number {
  return role === 'operateur' ? 12 : 8;
}

/**
 * One form of every character: "é" typed as one code point or as "e" + accent is the same
 * password on every device (NIST asks for NFKC or NFKD before hashing).
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Characters as people count them (code points), not UTF-16 units. */
function lengthOf(password: string): number {
  return [...password].length;
}

export interface PasswordContext {
  role: Role;
  /** The account's address: a password that repeats it is among the first an attacker tries. */
  email?: string;
}

/** The French message saying why a new password is refused, or null when it is accepted. */
export function passwordProblem(raw: string, { role, email }: PasswordContext): string | null {
  const password = normalizePassword(raw);
  const min = passwordMinLength(role);
  if (password.length === 0) return 'Saisissez un mot de passe.';
  const length = lengthOf(password);
  if (length < min) {
    return role === 'operateur'
      ? `Le mot de passe d’un compte opérateur doit contenir au moins ${min} caractères (${length} saisis).`
      : `Le mot de passe doit contenir au moins ${min} caractères (${length} saisis).`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  if (new Set(password).size === 1) return 'Le mot de passe ne peut pas être un seul caractère répété.';
  if (isCommonPassword(password)) {
    return 'Ce mot de passe fait partie des plus courants : il serait deviné en quelques secondes. Choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  if (email) {
    const address = email.trim().toLowerCase();
    const local = address.split('@')[0] ?? '';
    const lower = password.toLowerCase();
    if (lower === address || (local.length >= 4 && lower.replace(/[^\p{L}\p{N}]+$/u, '').replace(/\d+$/, '') === local)) {
      return 'Le mot de passe ne doit pas reprendre votre adresse électronique.';
    }
  }
  return null;
}

/** The hint shown under a new-password field. */
export function passwordHint(role: Role): string {
  return `${passwordMinLength(role)} caractères minimum. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`;
}
