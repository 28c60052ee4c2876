import { describe, expect, it } from 'vitest';
import { checkSiret, formatSiret, luhnValid } from './siret.js';

describe('le numéro SIRET de la structure', () => {
  it('un SIRET dont la clé de Luhn est juste est accepté, espaces compris, et enregistré sans espaces', () => {
    expect(checkSiret('732 829 320 00074')).toEqual({ ok: true, siret: '73282932000074' });
    expect(checkSiret('\u00a0130 025 265\u202f00013 ')).toEqual({ ok: true, siret: '13002526500013' });
  });

  it('un chiffre erroné ou deux chiffres inversés font refuser le SIRET avec un message clair', () => {
    for (const wrong of ['73282932000075', '37282932000074']) {
      const result = checkSiret(wrong);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('n’est pas valide');
    }
  });

  it('un établissement de La Poste est accepté quand la somme de ses chiffres est un multiple de 5, même hors clé de Luhn', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(checkSiret('356 000 000 49837')).toEqual({ ok: true, siret: '35600000049837' });
    expect(checkSiret('35600000000048').ok).toBe(true);
  });

  it('l’exception de La Poste ne vaut que pour La Poste et que pour une somme multiple de 5', () => {
    expect(luhnValid('12345678901234')).toBe(false);
    expect(checkSiret('12345678901234').ok).toBe(false);
    expect(luhnValid('35600000000017')).toBe(false);
    expect(checkSiret('35600000000017').ok).toBe(false);
  });

  it('un SIRET trop court, avec des lettres ou vide est refusé avec la raison', () => {
    expect(checkSiret('7328293200007')).toEqual({ ok: false, message: 'Le SIRET compte 14 chiffres ; vous en avez saisi 13.' });
    const letters = checkSiret('7328293200007A');
    expect(!letters.ok && letters.message).toContain('que des chiffres');
    const empty = checkSiret('   ');
    expect(!empty.ok && empty.message).toContain('Saisissez le numéro SIRET');
  });

  it('le SIRET s’affiche groupé comme sur les documents officiels', () => {
    expect(formatSiret('35600000000048')).toBe('356 000 000 00048');
  });
});
