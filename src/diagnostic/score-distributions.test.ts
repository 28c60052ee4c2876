import { describe, expect, it } from 'vitest';
import { ScoreDistributions, type ScoreCountRow } from './score-distributions.js';

/** A table of counts the test changes, and how many times it was read. */
function countsTable(rows: ScoreCountRow[]) {
  const table = { rows, reads: 0, load: async () => (table.reads++, table.rows.map((r) => ({ ...r }))) };
  return table;
}

const profileRows = (key: string, scores: Record<number, number>): ScoreCountRow[] =>
  Object.entries(scores).map(([score, count]) => ({ groupKey: key, score: Number(score), count }));

describe('les effectifs de comparaison gardés en mémoire', () => {
  it('donnent, pour chaque groupe du profil, le total et le nombre de scores plus bas', async () => {
    const table = countsTable([
      ...profileRows('tous', { 10: 3, 50: 2, 80: 1 }),
      ...profileRows('secteur:I', { 10: 1, 50: 2 }),
      ...profileRows('secteur-taille:I:1-9', { 50: 1 }),
    ]);
    const counts = await new ScoreDistributions(table.load).countsFor('I', '1-9', 50);
    expect(counts.get('tous')).toEqual({ total: 6, below: 3 });
    expect(counts.get('secteur')).toEqual({ total: 3, below: 1 });
    expect(counts.get('secteur-taille')).toEqual({ total: 1, below: 0 });
    expect(counts.has('taille')).toBe(false);
  });

  it('comptent aussitôt un résultat terminé par ce processus, sans relire la base', async () => {
    const table = countsTable(profileRows('tous', { 40: 1 }));
    const distributions = new ScoreDistributions(table.load);
    await distributions.countsFor('I', '1-9', 60);
    distributions.recordCompletion('I', '1-9', 30);
    const counts = await distributions.countsFor('I', '1-9', 60);
    expect(counts.get('tous')).toEqual({ total: 2, below: 2 });
    expect(counts.get('secteur-taille')).toEqual({ total: 1, below: 1 });
    expect(table.reads).toBe(1);
  });

  it('sont relus quand ils ont vieilli, la page étant servie avec la copie entre-temps', async () => {
    let now = 0;
    const table = countsTable(profileRows('tous', { 10: 1 }));
    const distributions = new ScoreDistributions(table.load, 10_000, () => now);
    await distributions.countsFor('I', '1-9', 50);
    table.rows = profileRows('tous', { 10: 5 });
    now = 5_000;
    expect((await distributions.countsFor('I', '1-9', 50)).get('tous')!.total).toBe(1);
    now = 10_001;
    expect((await distributions.countsFor('I', '1-9', 50)).get('tous')!.total).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await distributions.countsFor('I', '1-9', 50)).get('tous')!.total).toBe(5);
    expect(table.reads).toBe(2);
  });

  it('sont relus à la demande suivante après un changement en masse', async () => {
    const table = countsTable(profileRows('tous', { 10: 1 }));
    const distributions = new ScoreDistributions(table.load);
    await distributions.countsFor('I', '1-9', 50);
    table.rows = profileRows('tous', { 10: 7 });
    distributions.invalidate();
    expect((await distributions.countsFor('I', '1-9', 50)).get('tous')).toEqual({ total: 7, below: 7 });
  });
});
