import { describe, expect, it } from 'vitest';
import { cachedGeographyDataset, coverageOf, type DatasetCommune } from './dataset.js';
import { distanceKm } from './distance.js';

const dataset = cachedGeographyDataset();
const commune = (code: string): DatasetCommune => {
  const found = dataset.communes.find((c) => c.code === code);
  if (!found) throw new Error(`commune ${code} absente`);
  return found;
};

describe('le jeu de données des communes (paquets npm installés, sans réseau)', () => {
  it('compte toutes les communes de métropole et d’outre-mer, avec les arrondissements de Paris, Lyon et Marseille', () => {
    const coverage = coverageOf(dataset.communes);
    expect(coverage.communes).toBeGreaterThan(34_000);
    expect(coverage.arrondissements).toBe(20 + 9 + 16);
    const departments = new Set(dataset.communes.map((c) => c.departmentCode));
    for (const overseas of ['971', '972', '973', '974', '976', '975', '977', '978', '986', '987', '988']) expect(departments).toContain(overseas);
    expect(commune('2A004').name).toBe('Ajaccio');
  });

  it('chaque commune a un département, une région, une population et des codes postaux connus', () => {
    const departments = new Set(dataset.departments.map((d) => d.code));
    const regions = new Set(dataset.regions.map((r) => r.code));
    const faulty = dataset.communes.filter(
      (c) =>
        !departments.has(c.departmentCode) ||
        !regions.has(c.regionCode) ||
        c.postalCodes.length === 0 ||
        c.postalCodes.some((p) => !/^\d{5}$/.test(p)),
    );
    expect(faulty.map((c) => c.code)).toEqual([]);
    expect(commune('69123').postalCodes).toEqual(['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009']);
    expect(commune('69383').population).toBeGreaterThan(50_000);
  });

  it('chaque commune a une position, en métropole dans le cadre de la France métropolitaine', () => {
    const outside = dataset.communes.filter(
      (c) =>
        !Number.isFinite(c.latitude) ||
        !Number.isFinite(c.longitude) ||
        (c.departmentCode.length === 2 && (c.latitude < 41.3 || c.latitude > 51.1 || c.longitude < -5.2 || c.longitude > 9.6)),
    );
    expect(outside.map((c) => c.code)).toEqual([]);
  });

  it('une position est exacte quand GeoNames connaît le chef-lieu, approximative sinon', () => {
    // Lyon 3e: "Lyon 03" in GeoNames; Tassin-la-Demi-Lune: filed there under Lyon's code, recognised by its name.
    for (const code of ['69123', '69383', '13207', '42218', '69244', '97411', '98818']) expect(commune(code).positionExact, code).toBe(true);
    expect(distanceKm(commune('69383'), commune('69123'))).toBeLessThan(3);
    expect(distanceKm(commune('69244'), commune('69123'))).toBeGreaterThan(4);
    const approximate = dataset.communes.filter((c) => !c.positionExact);
    expect(approximate.length).toBeGreaterThan(0);
    expect(new Set(approximate.map((c) => c.positionSource))).toEqual(new Set(['locality', 'postal-code', 'department']));
  });

  it('un point erroné de GeoNames n’est pas pris pour la position exacte d’une commune', () => {
    // GeoNames puts Sainte-Marie-de-Gosse (Landes, near Bayonne) one degree too far east, and gives
    // a hamlet of the Boulonnais for Wailly (near Arras): both stay near their postal neighbours.
    const gosse = commune('40271');
    expect(gosse.positionExact).toBe(false);
    expect(gosse.longitude).toBeLessThan(-1);
    const wailly = commune('62869');
    expect(wailly.positionExact).toBe(false);
    expect(distanceKm(wailly, { latitude: 50.25, longitude: 2.72 })).toBeLessThan(15);
  });

  it('une position approximative tombe près des communes qui partagent son code postal', () => {
    // Paris' arrondissements are not in GeoNames' populated places: they sit at Paris' centre, flagged approximate.
    const paris11 = commune('75111');
    expect(paris11.positionExact).toBe(false);
    expect(paris11.positionSource).toBe('postal-code');
    expect(distanceKm(paris11, commune('75056'))).toBeLessThan(1);
  });

  it('l’essentiel de la population a une position exacte', () => {
    const coverage = coverageOf(dataset.communes);
    expect(coverage.populationShare).toBeGreaterThan(0.85);
    expect(coverage.exactShare).toBeGreaterThan(0.4);
  });

  it('régions et départements ont chacun une adresse (slug) unique', () => {
    expect(new Set(dataset.regions.map((r) => r.slug)).size).toBe(dataset.regions.length);
    expect(new Set(dataset.departments.map((d) => d.slug)).size).toBe(dataset.departments.length);
    expect(dataset.regions.find((r) => r.code === '84')!.slug).toBe('auvergne-rhone-alpes');
    expect(dataset.departments.find((d) => d.code === '69')).toMatchObject({ slug: 'rhone', regionCode: '84' });
  });
});
