import { describe, expect, it } from 'vitest';
import { safeReturnPath, withReturn } from './safe-redirect.js';

describe('retour après connexion', () => {
  it('une page du site est gardée avec ses paramètres', () => {
    expect(safeReturnPath('/operateur/courriels?page=2#haut')).toBe('/operateur/courriels?page=2#haut');
  });

  it('tout ce qui mènerait vers un autre site est écarté', () => {
    for (const evil of [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/%0a/evil',
      'evil.example',
      '',
    ]) {
      const kept = safeReturnPath(evil);
      if (kept !== null) expect(new URL(kept, 'https://abeille.example').host, evil).toBe('abeille.example');
    }
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('/\t/evil.example')).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });

  it('l’adresse de retour est encodée dans le lien de connexion', () => {
    expect(withReturn('/connexion', '/a?b=c')).toBe('/connexion?retour=%2Fa%3Fb%3Dc');
    expect(withReturn('/connexion', null)).toBe('/connexion');
  });
});
