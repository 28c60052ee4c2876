import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The fields of @etalab/decoupage-administratif's communes.json that the query mix needs. */
export interface CommuneRecord {
  nom: string;
  type?: string;
  codesPostaux?: string[];
  population?: number;
}

export type QueryKind = 'postal-code' | 'full-name' | 'typed-name' | 'prefix';

export interface SearchQuery {
  kind: QueryKind;
  text: string;
}

/** A small, fast PRNG: the same seed gives the same queries on every machine and every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What people type when they skip accents: lower case, diacritics dropped (ç → c, é → e, œ stays). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Draws communes weighted by population (a visitor is where people live), then turns each into
 * one of the queries a person types in a place field: a postal code, the name as written, the name
 * typed without accents (hyphens sometimes as spaces), or the first letters of it. Duplicates are
 * dropped, so the list holds `count` distinct queries.
 */
export function communeQueries(communes: CommuneRecord[], count: number, seed: number): SearchQuery[] {
  // Current communes only: the municipal arrondissements repeat Paris, Lyon and Marseille's population.
  const pool = communes.filter((c) => (c.type ?? 'commune-actuelle') === 'commune-actuelle' && (c.population ?? 0) > 0);
  if (pool.length === 0) throw new Error('aucune commune peuplée dans le jeu de données');
  const cumulative: number[] = [];
  let total = 0;
  for (const c of pool) {
    total += c.population ?? 0;
    cumulative.push(total);
  }
  const random = mulberry32(seed);
  const pick = (): CommuneRecord => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  };

  const seen = new Set<string>();
  const queries: SearchQuery[] = [];
  const maxAttempts = count * 200;
  for (let attempt = 0; queries.length < count && attempt < maxAttempts; attempt++) {
    const query = queryFor(pick(), random);
    if (!query || query.text.length < 2) continue;
    const key = query.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push(query);
  }
  if (queries.length < count) throw new Error(`seulement ${queries.length} requêtes distinctes sur ${count} demandées`);
  return queries;
}

function queryFor(commune: CommuneRecord, random: () => number): SearchQuery | null {
  const roll = random();
  const codes = commune.codesPostaux ?? [];
  if (roll < 0.3 && codes.length > 0) {
    return { kind: 'postal-code', text: codes[Math.floor(random() * codes.length)]! };
  }
  if (roll < 0.5) return { kind: 'full-name', text: commune.nom };
  const typed = random() < 0.5 ? withoutAccents(commune.nom) : withoutAccents(commune.nom).replace(/[-']/g, ' ');
  if (roll < 0.65) return { kind: 'typed-name', text: typed };
  // Autocomplete fires from the third letter on; people rarely type more than ten before choosing.
  const length = 3 + Math.floor(random() * 8);
  const prefix = typed.slice(0, length).trimEnd();
  return prefix.length >= 3 ? { kind: 'prefix', text: prefix } : null;
}

/** The communes of @etalab/decoupage-administratif (the installed copy: nothing is downloaded). */
export function loadCommunes(): CommuneRecord[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  return JSON.parse(readFileSync(file, 'utf8')) as CommuneRecord[];
}

/** The count of each kind, printed with the run so the mix is visible. */
export function describeMix(queries: SearchQuery[]): string {
  const counts = new Map<QueryKind, number>();
  for (const q of queries) counts.set(q.kind, (counts.get(q.kind) ?? 0) + 1);
  const names: Record<QueryKind, string> = {
    'postal-code': 'codes postaux',
    'full-name': 'noms complets',
    'typed-name': 'noms sans accents',
    prefix: 'débuts de noms',
  };
  return [...counts].map(([kind, n]) => `${n} ${names[kind]}`).join(', ');
}
