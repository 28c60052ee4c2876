import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, normalizeCode, totpStep, totpUri } from './totp.js';

const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, when: Date) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: when.getTime() });

describe('codes à usage unique (TOTP)', () => {
  const secret = newTotpSecret();
  const now = at('2026-01-15T09:00:10Z');

  it('une clé fait 160 bits et se scanne sous forme d’URI otpauth', () => {
    expect(Secret.fromBase32(secret).bytes.length).toBe(20);
    expect(totpUri(secret, { issuer: 'Abeille', account: 'camille@exemple.fr' })).toMatch(/^otpauth:\/\/totp\/Abeille:camille%40exemple\.fr\?/);
  });

  it('le code du moment est accepté, ainsi que celui d’à côté (horloge du téléphone un peu décalée)', () => {
    expect(matchTotp(secret, codeAt(secret, now), now, null)).toBe(totpStep(now));
    const late = new Date(now.getTime() - 30_000);
    expect(matchTotp(secret, codeAt(secret, late), now, null)).toBe(totpStep(late));
    const old = new Date(now.getTime() - 120_000);
    expect(matchTotp(secret, codeAt(secret, old), now, null)).toBeNull();
  });

  it('un code déjà utilisé ne sert pas une seconde fois', () => {
    const code = codeAt(secret, now);
    const step = matchTotp(secret, code, now, null)!;
    expect(matchTotp(secret, code, now, step)).toBeNull();
  });

  it('les espaces sont tolérés dans la saisie ; autre chose que 6 chiffres n’est pas un code', () => {
    expect(normalizeCode('123 456')).toBe('123456');
    expect(normalizeCode('12345')).toBeNull();
    expect(normalizeCode('abcdef')).toBeNull();
  });
});
