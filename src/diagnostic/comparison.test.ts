import { describe, expect, it } from 'vitest';
import { compare, MIN_GROUP_SIZE, type GroupCount, type GroupKind } from './comparison.js';

const counts = (entries: [GroupKind, number, number][]) =>
  new Map<GroupKind, GroupCount>(entries.map(([kind, total, below]) => [kind, { total, below }]));

describe('la comparaison avec les autres entreprises', () => {
  it('la position est la part des résultats du groupe dont le score global est plus bas', () => {
    const c = compare(counts([['tous', 200, 150], ['secteur-taille', 40, 10], ['secteur', 80, 30], ['taille', 120, 60]]));
    expect(c.overall).toEqual({ group: 'tous', total: 200, percentBelow: 75 });
    expect(c.peers).toEqual({ group: 'secteur-taille', total: 40, percentBelow: 25 });
  });

  it('un groupe de moins de 30 résultats cède la place au secteur, puis à la taille, puis à l’ensemble', () => {
    const few = MIN_GROUP_SIZE - 1;
    expect(compare(counts([['tous', 500, 1], ['secteur-taille', few, 1], ['secteur', 30, 3], ['taille', 300, 9]])).peers?.group).toBe('secteur');
    expect(compare(counts([['tous', 500, 1], ['secteur-taille', few, 1], ['secteur', few, 3], ['taille', 300, 9]])).peers?.group).toBe('taille');
    expect(compare(counts([['tous', 500, 1], ['secteur-taille', few, 1], ['secteur', few, 3], ['taille', few, 9]])).peers?.group).toBe('tous');
  });

  it('tant qu’il y a moins de 30 résultats en tout, il n’y a pas de comparaison', () => {
    const c = compare(counts([['tous', 29, 10], ['secteur-taille', 5, 1], ['secteur', 9, 3], ['taille', 12, 4]]));
    expect(c.overall).toBeNull();
    expect(c.peers).toBeNull();
    expect(c.overallTotal).toBe(29);
  });

  it('le groupe le plus étroit garde son effectif, pour dire pourquoi la comparaison s’élargit', () => {
    expect(compare(counts([['tous', 100, 1], ['secteur-taille', 7, 1], ['secteur', 50, 3]])).narrowestTotal).toBe(7);
  });
});
