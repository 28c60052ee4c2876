import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { testConfig } from '../server/config.js';
import { createGeocoder, findCommuneByCode, ignGeocoder, loadGeographyForTests, offlineGeocoder, type Commune } from './index.js';

let database: TestDatabase;
let lyon3: Commune;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadGeographyForTests(database.db, { departments: ['69', '75'] });
  lyon3 = (await findCommuneByCode(database.db, '69383'))!;
});
afterAll(() => database.close());

/** The shape the IGN Géoplateforme answers with (GeoJSON, lon/lat order), as recorded from its documentation. */
function ignAnswer(overrides: { score?: number; citycode?: string; type?: string; coordinates?: unknown } = {}) {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: overrides.coordinates ?? [4.852341, 45.760172] },
        properties: {
          label: '20 Rue de la Villette 69003 Lyon',
          score: overrides.score ?? 0.93,
          housenumber: '20',
          name: '20 Rue de la Villette',
          postcode: '69003',
          citycode: overrides.citycode ?? '69383',
          city: 'Lyon',
          district: 'Lyon 3e Arrondissement',
          type: overrides.type ?? 'housenumber',
          _type: 'address',
        },
      },
    ],
  };
}

/** A stand-in for fetch: records the URLs asked and answers as told. */
function fakeFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const urls: string[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    urls.push(String(input));
    return answer(String(input), init);
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const address = { communeCode: '69383', address: '20 rue de la Villette', postalCode: '69003' };

describe('le géocodeur hors ligne', () => {
  it('place une adresse au centre de sa commune', async () => {
    const position = await offlineGeocoder(database.db).geocode(address);
    expect(position).toEqual({
      latitude: lyon3.latitude,
      longitude: lyon3.longitude,
      precision: 'commune',
      positionExact: lyon3.positionExact,
      source: 'commune',
    });
  });

  it('ne connaît pas une commune inconnue', async () => {
    expect(await offlineGeocoder(database.db).geocode({ communeCode: '00000' })).toBeNull();
  });

  it('est celui de la configuration par défaut', async () => {
    const fake = fakeFetch(async () => json(ignAnswer()));
    const position = await createGeocoder(testConfig(), database.db, { fetch: fake.fetch }).geocode(address);
    expect(position?.source).toBe('commune');
    expect(fake.urls).toEqual([]);
  });
});

describe('le géocodeur de l’IGN (Géoplateforme)', () => {
  it('donne la position de l’adresse, au numéro près, quand le service répond', async () => {
    const fake = fakeFetch(async () => json(ignAnswer()));
    const position = await createGeocoder(testConfig({ geocoder: 'ign' }), database.db, { fetch: fake.fetch }).geocode(address);
    expect(position).toEqual({
      latitude: 45.760172,
      longitude: 4.852341,
      precision: 'housenumber',
      positionExact: true,
      source: 'ign',
      label: '20 Rue de la Villette 69003 Lyon',
    });
    const url = new URL(fake.urls[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://data.geopf.fr/geocodage/search');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: '20 rue de la Villette', citycode: '69383', postcode: '69003', index: 'address', limit: '1' });
  });

  it('sans adresse, ne dérange pas le service et rend le centre de la commune', async () => {
    const fake = fakeFetch(async () => json(ignAnswer()));
    const position = await ignGeocoder(database.db, { fetch: fake.fetch }).geocode({ communeCode: '69383' });
    expect(position?.source).toBe('commune');
    expect(fake.urls).toEqual([]);
  });

  it('passé le délai, se rabat sur le centre de la commune', async () => {
    // A service that never answers (only the abort signal ends the wait).
    const fake = fakeFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const failures: string[] = [];
    const started = Date.now();
    const position = await ignGeocoder(database.db, { fetch: fake.fetch, timeoutMs: 100, onFailure: (r) => failures.push(r) }).geocode(address);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(position).toMatchObject({ latitude: lyon3.latitude, longitude: lyon3.longitude, precision: 'commune', source: 'commune' });
    expect(failures).toEqual(['délai dépassé']);
  });

  it('sans réseau, se rabat sur le centre de la commune', async () => {
    const fake = fakeFetch(async () => {
      throw new TypeError('fetch failed');
    });
    const failures: string[] = [];
    const position = await ignGeocoder(database.db, { fetch: fake.fetch, onFailure: (r) => failures.push(r) }).geocode(address);
    expect(position?.source).toBe('commune');
    expect(failures).toEqual(['fetch failed']);
  });

  it('réessaie une fois après une erreur du service, puis se rabat sur le centre de la commune', async () => {
    const fake = fakeFetch(async () => json({ message: 'indisponible' }, 503));
    const position = await ignGeocoder(database.db, { fetch: fake.fetch }).geocode(address);
    expect(fake.urls).toHaveLength(2);
    expect(position?.source).toBe('commune');

    let calls = 0;
    const flaky = fakeFetch(async () => (++calls === 1 ? json({}, 502) : json(ignAnswer())));
    expect((await ignGeocoder(database.db, { fetch: flaky.fetch }).geocode(address))?.source).toBe('ign');
  });

  it('refuse une réponse peu sûre, d’une autre commune ou mal formée', async () => {
    for (const answer of [
      ignAnswer({ score: 0.31 }),
      ignAnswer({ citycode: '69381' }),
      ignAnswer({ coordinates: ['4.85', 45.76] }),
      { features: [] },
      { unexpected: true },
    ]) {
      const fake = fakeFetch(async () => json(answer));
      expect((await ignGeocoder(database.db, { fetch: fake.fetch }).geocode(address))?.source, JSON.stringify(answer)).toBe('commune');
    }
    const badJson = fakeFetch(async () => new Response('<html>erreur</html>', { status: 200 }));
    expect((await ignGeocoder(database.db, { fetch: badJson.fetch }).geocode(address))?.source).toBe('commune');
  });

  it('pour Paris, Lyon et Marseille, accepte l’adresse trouvée dans un de leurs arrondissements', async () => {
    const fake = fakeFetch(async () => json(ignAnswer({ citycode: '69383' })));
    const position = await ignGeocoder(database.db, { fetch: fake.fetch }).geocode({ communeCode: '69123', address: '20 rue de la Villette' });
    expect(position?.source).toBe('ign');
    expect(new URL(fake.urls[0]!).searchParams.has('citycode')).toBe(false);
    const elsewhere = fakeFetch(async () => json(ignAnswer({ citycode: '75111' })));
    expect((await ignGeocoder(database.db, { fetch: elsewhere.fetch }).geocode({ communeCode: '69123', address: 'x' }))?.source).toBe('commune');
  });
});
