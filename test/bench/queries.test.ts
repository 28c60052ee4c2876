import { describe, expect, it } from 'vitest';
import { communeQueries, loadCommunes, withoutAccents, type CommuneRecord } from '../../bench/queries.js';

const communes = loadCommunes();

describe('le mélange de requêtes de recherche du banc', () => {
  it('compte au moins 500 requêtes toutes différentes', () => {
    const queries = communeQueries(communes, 500, 1);
    expect(queries).toHaveLength(500);
    expect(new Set(queries.map((q) => q.text.toLowerCase())).size).toBe(500);
  });

  it('la même graine donne les mêmes requêtes, une autre graine d’autres', () => {
    const a = communeQueries(communes, 600, 7).map((q) => q.text);
    const b = communeQueries(communes, 600, 7).map((q) => q.text);
    const c = communeQueries(communes, 600, 8).map((q) => q.text);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('mêle codes postaux, noms complets, noms sans accents et débuts de noms', () => {
    const queries = communeQueries(communes, 1000, 1);
    const kinds = new Set(queries.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['postal-code', 'full-name', 'typed-name', 'prefix']));
    for (const q of queries.filter((q) => q.kind === 'postal-code')) expect(q.text).toMatch(/^\d[\dAB]\d{3}$/);
    for (const q of queries.filter((q) => q.kind === 'prefix' || q.kind === 'typed-name')) {
      expect(q.text).toBe(withoutAccents(q.text));
    }
  });

  it('tire les communes selon leur population : les grandes villes reviennent plus que les villages', () => {
    const tiny: CommuneRecord = { nom: 'Petitbourg', type: 'commune-actuelle', codesPostaux: ['99001'], population: 1 };
    const big: CommuneRecord = { nom: 'Grandeville', type: 'commune-actuelle', codesPostaux: ['99002'], population: 1_000_000 };
    const queries = communeQueries([...Array.from({ length: 40 }, (_, i) => ({ ...tiny, nom: `Petitbourg ${i}` })), big], 8, 3);
    const fromBig = queries.filter((q) => /grand|99002/i.test(q.text)).length;
    expect(fromBig).toBeGreaterThanOrEqual(7);
  });

  it('écrit les noms sans accents comme on les tape', () => {
    expect(withoutAccents('Saint-Étienne')).toBe('saint-etienne');
    expect(withoutAccents('Besançon')).toBe('besancon');
  });
});
