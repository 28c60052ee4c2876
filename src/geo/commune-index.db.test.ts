import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { rowsOf } from '../db/client.js';
import { CommuneIndex, trigrams } from './commune-index.js';
import { loadGeographyForTests, searchCommunes } from './index.js';

let t: TestApp;
let index: CommuneIndex;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['13', '42', '69', '75', '974'] });
  index = await CommuneIndex.load(t.database.db);
}, 180_000);
afterAll(() => t.close());

/** Queries people type, drawn from the loaded communes: names, names without accents, starts, typos, postal codes. */
async function typedQueries(): Promise<string[]> {
  const rows = rowsOf<{ name: string; postal_code: string }>(
    await t.database.db.execute(sql`
      SELECT c.name, min(p.postal_code) AS postal_code FROM communes c JOIN commune_postal_codes p ON p.commune_code = c.code
      GROUP BY c.code, c.name ORDER BY c.code`),
  );
  const queries = new Set<string>(['75011', '69003 lyon', '974', '2A', '13', 'lyon 3', 'Lyon 3ème', 'paris 1', 'marseile', 'Lyom', 'zzqxw', '99999', 'st etienne', 'saint etienne']);
  rows.forEach((row, i) => {
    if (i % 7 !== 0) return;
    const plain = row.name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    queries.add(row.name);
    queries.add(plain.replace(/[-']/g, ' '));
    queries.add(plain.slice(0, 3 + (i % 6)));
    // A letter dropped in the middle: only close spellings can find it.
    queries.add(plain.slice(0, 4) + plain.slice(5));
    queries.add(row.postal_code);
    queries.add(row.postal_code.slice(0, 3));
  });
  return [...queries];
}

describe('l’index des communes en mémoire', () => {
  it('répond comme la recherche en base, dans le même ordre, pour des centaines de saisies', async () => {
    const queries = await typedQueries();
    expect(queries.length).toBeGreaterThan(500);
    for (const query of queries) {
      const expected = (await searchCommunes(t.database.db, query, 10)).map((c) => `${c.code} ${c.postalCodes.join(',')} ${c.department.name}`);
      const actual = index.search(query, 10).map((c) => `${c.code} ${c.postalCodes.join(',')} ${c.department.name}`);
      expect(actual, query).toEqual(expected);
    }
  });

  it('« 75011 » et « saint etienne » fonctionnent par l’API', async () => {
    const paris = await t.app.inject('/api/v1/communes?q=75011');
    expect(paris.json().communes[0]).toMatchObject({ code: '75111', codesPostaux: ['75011'] });
    const stEtienne = await t.app.inject('/api/v1/communes?q=saint%20etienne');
    expect(stEtienne.json().communes[0]).toMatchObject({ code: '42218', nom: 'Saint-Étienne' });
  });

  it('découpe en trigrammes comme pg_trgm', async () => {
    const [row] = rowsOf<{ t: string[] | string }>(await t.database.db.execute(sql`SELECT show_trgm('saint etienne 3') AS t`));
    const fromPg = Array.isArray(row!.t) ? row!.t : String(row!.t).replace(/^\{|\}$/g, '').split(',').map((s) => s.replace(/^"|"$/g, ''));
    expect([...trigrams('saint etienne 3')].sort()).toEqual([...fromPg].sort());
  });
});

describe('l’index tenu à jour', () => {
  it('un index vide (géographie pas encore chargée) est relu à chaque appel ; un index plein, seulement après le délai', async () => {
    const { CommuneIndexHolder } = await import('./commune-index.js');
    const fresh = await createTestApp();
    try {
      let now = 0;
      const holder = new CommuneIndexHolder(fresh.database.db, () => now, 10_000, 3_600_000);
      expect((await holder.get()).size).toBe(0);
      await loadGeographyForTests(fresh.database.db, { departments: ['42'] });
      const loaded = await holder.get();
      expect(loaded.search('saint etienne', 1)[0]?.code).toBe('42218');
      await loadGeographyForTests(fresh.database.db, { departments: ['69'] });
      expect(await holder.get()).toBe(loaded);
      // After the delay, the next call starts a check in the background and answers from the old index
      // meanwhile; the rebuilt index follows.
      now = 10_001;
      let found: string | undefined;
      for (let i = 0; i < 100 && found !== '69123'; i++) {
        found = (await holder.get()).search('lyon', 1)[0]?.code;
        if (found !== '69123') await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toBe('69123');
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
