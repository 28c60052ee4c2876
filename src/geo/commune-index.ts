import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { normaliseSearchText } from './normalize.js';
import { SEARCH_MIN_LENGTH, toCommune, type Commune, type CommuneRow } from './queries.js';

type Executor = Pick<Db, 'execute'>;

interface Entry {
  commune: Commune;
  searchName: string;
  /** Has municipal arrondissements (Paris, Lyon, Marseille): listed after them for their postal codes. */
  hasArrondissements: boolean;
  trigramCount: number;
}

/** pg_trgm's threshold for `%` (pg_trgm.similarity_threshold, default 0.3). */
const SIMILARITY_THRESHOLD = 0.3;

/**
 * pg_trgm's trigrams of a text: each word (runs of letters and digits) padded with two spaces before
 * and one after, every three consecutive characters, without repeats.
 */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
}

/**
 * Every commune of France in memory (about 35,000 rows, a few MB), to answer the autocomplete of
 * place fields without a database round trip. Same answers, in the same order, as `searchCommunes`
 * (which other domains call with a database): prefix matches on the normalised name through a sorted
 * array of word starts, pg_trgm's similarity through an inverted index of trigrams, postal codes
 * through a map.
 */
export class CommuneIndex {
  private readonly entries: Entry[];
  /** Positions of `entries`, most populous first (then by code). */
  private readonly byPopulation: number[];
  /** Every word start of every name ("saint etienne" → "saint etienne", "etienne"), sorted, with its entry. */
  private readonly wordStarts: { key: string; entry: number }[];
  private readonly byPostalCode = new Map<string, number[]>();
  private readonly byCode = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(entries: Entry[]) {
    this.entries = entries;
    this.counts = new Uint16Array(entries.length);
    this.byPopulation = entries.map((_, i) => i).sort((a, b) => this.compare(a, b));
    this.wordStarts = [];
    entries.forEach((entry, i) => {
      this.byCode.set(entry.commune.code, i);
      for (const postalCode of entry.commune.postalCodes) {
        const list = this.byPostalCode.get(postalCode);
        if (list) list.push(i);
        else this.byPostalCode.set(postalCode, [i]);
      }
      const name = entry.searchName;
      for (let at = 0; at < name.length; at++) {
        if (at === 0 || name[at - 1] === ' ') this.wordStarts.push({ key: name.slice(at), entry: i });
      }
      const grams = trigrams(name);
      entry.trigramCount = grams.size;
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(i);
        else this.postings.set(gram, [i]);
      }
    });
    this.wordStarts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Reads every commune with its names and postal codes, in one query. */
  static async load(db: Executor): Promise<CommuneIndex> {
    const rows = rowsOf<CommuneRow & { search_name: string; has_arrondissements: boolean }>(
      await db.execute(sql`
        SELECT c.code, c.name, c.search_name, c.population, c.latitude, c.longitude, c.position_exact, c.parent_code,
               c.department_code, d.name AS department_name, c.region_code, r.name AS region_name,
               p.postal_codes, EXISTS (SELECT 1 FROM communes a WHERE a.parent_code = c.code) AS has_arrondissements
        FROM communes c
        LEFT JOIN departments d ON d.code = c.department_code
        LEFT JOIN regions r ON r.code = c.region_code
        LEFT JOIN (SELECT commune_code, string_agg(postal_code, ',' ORDER BY postal_code) AS postal_codes
                   FROM commune_postal_codes GROUP BY commune_code) p ON p.commune_code = c.code
        ORDER BY c.code`),
    );
    return new CommuneIndex(
      rows.map((row) => ({
        commune: toCommune(row),
        searchName: row.search_name,
        hasArrondissements: row.has_arrondissements,
        trigramCount: 0,
      })),
    );
  }

  /** See `searchCommunes` in queries.ts: the same rules. */
  search(query: string, limit = 10): Commune[] {
    const trimmed = query.trim();
    const compact = trimmed.replace(/\s+/g, '');
    if (/^\d{5}$/.test(compact)) return this.byPostalCodeHits(compact, limit, true);
    if (/^\d{2,4}$/.test(compact) || /^2[ab]\d{0,3}$/i.test(compact)) {
      const prefix = compact.toUpperCase();
      const found: Commune[] = [];
      for (const i of this.byPopulation) {
        const c = this.entries[i]!.commune;
        if (c.code.startsWith(prefix) || c.postalCodes.some((p) => p.startsWith(prefix))) found.push(c);
        if (found.length >= limit) break;
      }
      return found;
    }
    const postalCode = /(?:^|\s)(\d{5})(?:\s|$)/.exec(trimmed)?.[1];
    const name = normaliseSearchText(postalCode ? trimmed.replace(postalCode, ' ') : trimmed);
    if (name.length < SEARCH_MIN_LENGTH) return postalCode ? this.byPostalCodeHits(postalCode, limit, false) : [];
    const allowed = postalCode ? new Set(this.byPostalCode.get(postalCode) ?? []) : null;

    const wholeNumber = /\d$/.test(name) ? `${name} ` : null;
    const prefixHits: { i: number; k1: number }[] = [];
    const seen = new Set<number>();
    for (let at = this.firstWordStart(name); at < this.wordStarts.length; at++) {
      const { key, entry } = this.wordStarts[at]!;
      if (!key.startsWith(name)) break;
      if (seen.has(entry) || (allowed && !allowed.has(entry))) continue;
      seen.add(entry);
      const s = this.entries[entry]!.searchName;
      const k1 = s === name ? 0 : wholeNumber && s.startsWith(wholeNumber) ? 1 : s.startsWith(name) ? 2 : 3;
      prefixHits.push({ i: entry, k1 });
    }
    prefixHits.sort((a, b) => a.k1 - b.k1 || this.compare(a.i, b.i));
    const byPrefix = prefixHits.slice(0, limit).map((h) => this.entries[h.i]!.commune);
    if (byPrefix.length >= limit) return byPrefix;

    const bySpelling = this.similar(name, allowed, limit);
    return [...byPrefix, ...bySpelling.filter((i) => !seen.has(i)).map((i) => this.entries[i]!.commune)].slice(0, limit);
  }

  private byPostalCodeHits(postalCode: string, limit: number, alsoInseeCode: boolean): Commune[] {
    const hits = new Map<number, number>();
    for (const i of this.byPostalCode.get(postalCode) ?? []) hits.set(i, this.entries[i]!.hasArrondissements ? 1 : 0);
    if (alsoInseeCode) {
      const i = this.byCode.get(postalCode);
      if (i !== undefined && !hits.has(i)) hits.set(i, 2);
    }
    return [...hits]
      .sort(([a, ka], [b, kb]) => ka - kb || this.compare(a, b))
      .slice(0, limit)
      .map(([i]) => this.entries[i]!.commune);
  }

  /** Entries with pg_trgm similarity ≥ 0.3 to `name`, most similar first, then most populous. */
  private similar(name: string, allowed: Set<number> | null, limit: number): number[] {
    const grams = trigrams(name);
    const touched: number[] = [];
    const counts = this.counts;
    for (const gram of grams) {
      for (const i of this.postings.get(gram) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = counts[i]! + 1;
      }
    }
    const hits: { i: number; similarity: number }[] = [];
    for (const i of touched) {
      const shared = counts[i]!;
      counts[i] = 0;
      if (allowed && !allowed.has(i)) continue;
      // pg_trgm computes in single precision: the same rounding keeps ties (and their order) the same.
      const similarity = Math.fround(shared / (grams.size + this.entries[i]!.trigramCount - shared));
      if (similarity >= SIMILARITY_THRESHOLD) hits.push({ i, similarity });
    }
    hits.sort((a, b) => b.similarity - a.similarity || this.compare(a.i, b.i));
    return hits.slice(0, limit).map((h) => h.i);
  }

  /** Population descending, then code: the tie-breaks of every list. */
  private compare(a: number, b: number): number {
    const ca = this.entries[a]!.commune;
    const cb = this.entries[b]!.commune;
    return cb.population - ca.population || (ca.code < cb.code ? -1 : ca.code > cb.code ? 1 : 0);
  }

  private firstWordStart(prefix: string): number {
    let lo = 0;
    let hi = this.wordStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.wordStarts[mid]!.key < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The index of one database, built on first use (or at start) and rebuilt when the communes change:
 * a cheap fingerprint (dataset version, number of communes, imported centres) is read again at most
 * every `checkEveryMs` (in the background: answers keep coming from the current index meanwhile), so a
 * reload or an import made by another process shows within that delay; and whatever changed (a name
 * edited in the database), an index is never used once older than `maxAgeMs`.
 */
export class CommuneIndexHolder {
  private current: { index: CommuneIndex; fingerprint: string; builtAt: number } | null = null;
  private building: Promise<CommuneIndex> | null = null;
  private checkedAt = -Infinity;

  constructor(
    private readonly db: Executor,
    private readonly now: () => number = Date.now,
    private readonly checkEveryMs = 10_000,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  async get(): Promise<CommuneIndex> {
    const now = this.now();
    // An empty index (no geography loaded yet: a fresh database, a test) is checked on every call.
    const usable =
      this.current && this.current.index.size > 0 && now - this.current.builtAt <= this.maxAgeMs ? this.current.index : null;
    if (usable && now - this.checkedAt < this.checkEveryMs) return usable;
    this.building ??= this.refresh(!usable).finally(() => (this.building = null));
    return usable ?? this.building;
  }

  private async refresh(rebuild: boolean): Promise<CommuneIndex> {
    const print = await fingerprint(this.db);
    this.checkedAt = this.now();
    if (!rebuild && this.current?.fingerprint === print) return this.current.index;
    const builtAt = this.now();
    const index = await CommuneIndex.load(this.db);
    this.current = { index, fingerprint: print, builtAt };
    return index;
  }
}

async function fingerprint(db: Executor): Promise<string> {
  const [row] = rowsOf<{ print: string | null }>(
    await db.execute(sql`
      SELECT concat_ws('|',
        (SELECT version || '@' || loaded_at::text FROM geo_dataset WHERE id = 'communes'),
        (SELECT count(*)::text || '/' || coalesce(sum(population), 0)::text FROM communes),
        (SELECT count(*)::text || '@' || coalesce(max(imported_at)::text, '') FROM commune_imported_centres)) AS print`),
  );
  return row?.print ?? '';
}
