// Valid-looking SIRETs for demo data: 9 digits of SIREN, 5 of establishment, and the Luhn checksum
// the registration form checks (see registration/siret.ts), so a demo structure passes every rule.
import { luhnValid } from '../registration/siret.js';

/** A SIREN (9 digits, Luhn-valid, not starting with 0) from a random source in [0, 1). */
export function makeSiren(random: () => number): string {
  const body = String(1 + Math.floor(random() * 9)) + Array.from({ length: 7 }, () => Math.floor(random() * 10)).join('');
  return withCheckDigit(body);
}

/** A SIRET of the given SIREN: establishment number (4 digits) + the digit that makes all 14 Luhn-valid. */
export function makeSiret(siren: string, establishment: number): string {
  return withCheckDigit(siren + String(establishment).padStart(4, '0').slice(-4));
}

function withCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnValid(body + digit)) return body + digit;
  }
  throw new Error('unreachable: one Luhn check digit always exists');
}
