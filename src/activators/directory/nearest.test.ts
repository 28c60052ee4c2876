import { describe, expect, it } from 'vitest';
import { mergeNearest } from './nearest.js';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['visibilite', 'gestion', 'international', 'vente-en-ligne'];
const byDistanceThenId = (a: { distanceKm: number; id: string }, b: { distanceKm: number; id: string }) =>
  a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('les plus proches de plusieurs thèmes, à partir des listes de chaque thème', () => {
  it('donnent exactement les plus proches qui accompagnent l’un des thèmes, ex aequo compris', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      // Few distinct distances, so that ties (activators of the same commune) are frequent.
      const activators = Array.from({ length: 30 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(Math.floor(next() * 1e10)).padStart(10, '0')}${String(i).padStart(2, '0')}`,
        slug: `activateur-${round}-${i}`,
        name: `Activateur ${i}`,
        structureName: null,
        kind: 'conseiller',
        themes: THEMES.filter(() => next() < 0.35),
        communeName: null,
        distanceKm: Math.floor(next() * 8) * 2.5,
      }));
      const asked = THEMES.filter(() => next() < 0.6);
      if (asked.length === 0) continue;
      const limit = 1 + Math.floor(next() * 4);
      const nearestFor = (themes: string[]) =>
        activators.filter((a) => a.themes.some((t) => themes.includes(t))).sort(byDistanceThenId).slice(0, limit);
      const expected = nearestFor(asked).map(({ id: _id, ...rest }) => rest);
      expect(mergeNearest(asked.map((theme) => nearestFor([theme])), limit)).toEqual(expected);
    }
  });
});
