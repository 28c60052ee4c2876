import { dictionary } from '@zxcvbn-ts/language-common';

let list: Set<string> | null = null;

/**
 * The ~49,000 most common passwords of the zxcvbn-ts project's "passwords-common" list (leaked
 * password corpora, French ones such as "azertyuiop" or "motdepasse" included), as a package kept
 * up to date upstream rather than a list pasted here. Built on first use, then kept.
 */
function commonPasswords(): Set<string> {
  list ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return list;
}

/** Case does not make a common password safe: "Azertyuiop" is refused like "azertyuiop". */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
