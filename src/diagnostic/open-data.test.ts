import { describe, expect, it } from 'vitest';
import { MIN_CELL, secretRows } from './open-data.js';

describe('le secret statistique des données ouvertes', () => {
  it('une ligne de 9 entreprises est cachée, une de 10 publiée quand rien d’autre n’est à protéger', () => {
    expect([...secretRows([9, 5, 10, 40])].sort()).toEqual([0, 1]);
    expect(secretRows([10, 11, 40]).size).toBe(0);
  });

  it('une seule ligne cachée se retrouverait par soustraction du total : la plus petite ligne publiée est cachée aussi', () => {
    expect([...secretRows([40, 9, 12, 100])].sort()).toEqual([1, 2]);
  });

  it('deux lignes cachées qui ensemble font moins de 10 entreprises : on cache la suivante', () => {
    const hidden = secretRows([3, 4, 25, 30]);
    expect([...hidden].sort()).toEqual([0, 1, 2]);
    expect([...hidden].reduce((s, i) => s + [3, 4, 25, 30][i]!, 0)).toBeGreaterThanOrEqual(MIN_CELL);
  });
});
