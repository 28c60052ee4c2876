import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildScoreCounts, seedAssessments } from '../../src/diagnostic/index.js';
import { assessmentScoreCounts } from '../../src/diagnostic/schema.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aResult, answerAll, insertResults, resultUrl, seededRandom, start, textOf } from './support.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

/** `n` results of a profile, with scores 0, 1, 2… so that the number below a score is known. */
const many = (n: number, sector: string, sizeBand: string) => Array.from({ length: n }, (_, i) => aResult().inSector(sector).ofSize(sizeBand).scoring(i));

describe('la position parmi les autres entreprises', () => {
  it('avec 30 résultats du même secteur et de la même taille, la comparaison se fait avec eux', async () => {
    // 29 others in I / 1-9 scoring 0 to 28, and the business scoring 20: 20 of the 30 are lower.
    const [mine] = await insertResults(t.database.db, [aResult().inSector('I').ofSize('1-9').scoring(20), ...many(29, 'I', '1-9')]);
    const text = textOf((await t.app.inject(resultUrl(mine!))).body);
    expect(text).toContain(
      'Votre niveau global dépasse celui de 66 % des 30 entreprises de votre secteur (Hébergement et restauration) et de votre taille (de 1 à 9 salariés).',
    );
    expect(text).toContain('Votre niveau global dépasse celui de 66 % des 30 entreprises qui ont fait l’autodiagnostic.');
    expect(text).not.toContain('Moins de 30 entreprises');
  });

  it('avec moins de 30 résultats du même secteur et de la même taille, la comparaison passe au secteur, et le dit', async () => {
    const [mine] = await insertResults(t.database.db, [
      aResult().inSector('I').ofSize('1-9').scoring(20),
      ...many(28, 'I', '1-9'),
      ...many(10, 'I', '10-49'),
    ]);
    const text = textOf((await t.app.inject(resultUrl(mine!))).body);
    // Sector I: 39 results; lower than 20: 20 of the 1-9 band and 10 of the 10-49 band → 30 / 39.
    expect(text).toContain(
      'Votre niveau global dépasse celui de 76 % des 39 entreprises de votre secteur (Hébergement et restauration), toutes tailles confondues.',
    );
    expect(text).toContain('Moins de 30 entreprises de votre secteur et de votre taille ont terminé l’autodiagnostic (29 pour l’instant)');
    expect(text).toContain('nous vous comparons aux entreprises de votre secteur (Hébergement et restauration), toutes tailles confondues.');
  });

  it('quand ni le secteur ni la taille n’ont 30 résultats, seule la comparaison avec l’ensemble reste, et la page le dit', async () => {
    const [mine] = await insertResults(t.database.db, [
      aResult().inSector('A').ofSize('50-249').scoring(50),
      ...many(20, 'G', '0'),
      ...many(20, 'F', '1-9'),
    ]);
    const text = textOf((await t.app.inject(resultUrl(mine!))).body);
    expect(text).toContain('Votre niveau global dépasse celui de 97 % des 41 entreprises qui ont fait l’autodiagnostic.');
    expect(text).toContain('la comparaison avec l’ensemble des entreprises est la plus juste pour le moment');
    expect(text).not.toContain('de votre secteur (Agriculture');
  });

  it('tant qu’il y a moins de 30 résultats en tout, la page dit qu’il n’y a pas encore de comparaison', async () => {
    const [mine] = await insertResults(t.database.db, [aResult().scoring(50), ...many(5, 'I', '1-9')]);
    const text = textOf((await t.app.inject(resultUrl(mine!))).body);
    expect(text).toContain('Pas encore de comparaison : il faut au moins 30 résultats');
    expect(text).toContain('6 entreprises ont terminé l’autodiagnostic pour l’instant');
    expect(text).not.toContain('dépasse celui de');
  });

  it('les comptes par score restent ceux qu’on recalculerait à partir des résultats, après le générateur et l’autodiagnostic', async () => {
    const db = t.database.db;
    let calls = 0;
    await seedAssessments(db, { count: 250, rng: seededRandom(3), now: t.clock.now(), batchSize: 100, onProgress: () => calls++ });
    expect(calls).toBe(3);
    const agent = new Agent(t.app);
    await answerAll(agent, await start(agent), 'best');
    const kept = await db.select().from(assessmentScoreCounts).orderBy(asc(assessmentScoreCounts.groupKey), asc(assessmentScoreCounts.score));
    await rebuildScoreCounts(db);
    const rebuilt = await db.select().from(assessmentScoreCounts).orderBy(asc(assessmentScoreCounts.groupKey), asc(assessmentScoreCounts.score));
    expect(kept).toEqual(rebuilt);
    const all = kept.filter((row) => row.groupKey === 'tous').reduce((n, row) => n + row.count, 0);
    expect(all).toBe(251);
  });

  it('le générateur donne les mêmes entreprises et les mêmes réponses pour la même graine', async () => {
    const db = t.database.db;
    await seedAssessments(db, { count: 40, rng: seededRandom(11), now: t.clock.now() });
    const first = await db.select().from(assessmentScoreCounts).orderBy(asc(assessmentScoreCounts.groupKey), asc(assessmentScoreCounts.score));
    const other = await createTestApp();
    try {
      await seedAssessments(other.database.db, { count: 40, rng: seededRandom(11), now: t.clock.now() });
      const second = await other.database.db
        .select()
        .from(assessmentScoreCounts)
        .orderBy(asc(assessmentScoreCounts.groupKey), asc(assessmentScoreCounts.score));
      expect(second).toEqual(first);
      // Several sectors and sizes, not one repeated business.
      expect(new Set(first.filter((r) => r.groupKey.startsWith('secteur:')).map((r) => r.groupKey)).size).toBeGreaterThan(3);
    } finally {
      await other.close();
    }
  });
});
