import { describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret, totpKey } from './secret-box.js';

describe('clés de double authentification chiffrées', () => {
  const key = totpKey('un-secret-de-session-de-plus-de-32-caracteres');

  it('le texte stocké ne contient pas la clé et se déchiffre avec la même clé', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(isSealed(sealed)).toBe(true);
    expect(openSecret(key, sealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    // A fresh IV each time: the same key never gives the same text twice.
    expect(sealSecret(key, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).not.toBe(sealed);
  });

  it('un autre SESSION_SECRET ou un texte altéré ne donnent rien', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(openSecret(totpKey('un-autre-secret-de-session-de-plus-de-32-car'), sealed)).toBeNull();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(openSecret(key, tampered)).toBeNull();
  });

  it('une clé enregistrée en clair avant le chiffrement reste lisible (elle est rechiffrée ensuite)', () => {
    expect(isSealed('JBSWY3DPEHPK3PXP')).toBe(false);
    expect(openSecret(key, 'JBSWY3DPEHPK3PXP')).toBe('JBSWY3DPEHPK3PXP');
  });
});
