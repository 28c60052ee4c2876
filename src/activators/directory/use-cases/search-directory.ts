// "Trouver un accompagnement": turns what a visitor typed into a search, finding the place in the
// geography, then reads one page of results (and the map's points when asked).
import type { Db } from '../../../db/client.js';
import {
  findCommunesByPostalCode,
  normaliseSearchText,
  searchCommunes,
  suggestCommunes,
  type Commune,
} from '../../../geo/index.js';
import { ExpiringCache, perDatabase } from '../memo.js';
import { DEFAULT_RADIUS_KM, PAGE_SIZE, parseFilters, type FilterErrors, type ParsedFilters, type RawFilters } from '../filters.js';
import { gridAround, NATIONAL_GRID } from '../map/layout.js';
import { directoryVersion, searchDirectory, type DirectoryRow, type MapGrouping, type MapPoint, type SearchCriteria } from '../queries.js';

export interface SearchDirectoryDeps {
  db: Db;
}

export interface SearchDirectoryInput {
  raw: RawFilters;
  /** The map's points (the page draws a map; the API list does not). */
  withMap?: boolean;
  /** The directory's version, when the caller already read it (saves a round trip). */
  version?: string;
  /** Results per page (the page's by default). */
  pageSize?: number;
  /** Only the map's points, every commune apart (the map script's feed): no page of results. */
  mapOnly?: boolean;
  /** Refused parameters make no search at all (the API) instead of a search without them (the page). */
  strict?: boolean;
}

export interface SearchDirectoryResult {
  raw: RawFilters;
  filters: ParsedFilters;
  errors: FilterErrors;
  /** The commune the search is centred on, when a valid place was given. */
  place: Commune | null;
  /** The radius actually applied (only with a place). */
  radiusKm: number | null;
  total: number;
  page: number;
  pageCount: number;
  rows: DirectoryRow[];
  map: MapPoint[] | null;
  /** false when `strict` and some parameter was refused: nothing was searched. */
  searched: boolean;
}

type PlaceAnswer = { ok: true; commune: Commune } | { ok: false; message: string };

/** Places typed are few and repeat (postal codes, big towns): their answer is kept ten minutes. */
const placeCache = perDatabase(() => new ExpiringCache<PlaceAnswer>(5_000, 10 * 60_000));
type SearchAnswer = Awaited<ReturnType<typeof searchDirectory>>;

/**
 * Search answers, kept while the directory's version counter is unchanged (any change to an activator
 * or a structure moves it, in whatever process): a cached answer is never stale. Searches repeat a lot
 * (the same town, the same theme), and checking the counter costs a primary-key read.
 */
const searchCache = perDatabase(() => new ExpiringCache<{ version: string; answer: SearchAnswer }>(2_000, 10 * 60_000));

async function cachedSearch(
  db: Db,
  criteria: SearchCriteria,
  limits: { limit: number; offset: number },
  grouping: MapGrouping | null,
  knownVersion?: string,
): Promise<SearchAnswer> {
  const version = knownVersion ?? (await directoryVersion(db));
  const key = JSON.stringify([criteria, limits, grouping]);
  const cache = searchCache(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.answer;
  const answer = await searchDirectory(db, criteria, limits, grouping);
  cache.set(key, { version, answer });
  return answer;
}

async function cachedPlace(db: Db, place: string): Promise<PlaceAnswer> {
  const key = normaliseSearchText(place) + '|' + place.replace(/\D/g, '');
  const cache = placeCache(db);
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await resolvePlace(db, place);
  cache.set(key, answer);
  return answer;
}

/** Finds the commune a place field designates, or says in French why it cannot. */
export async function resolvePlace(db: Db, place: string): Promise<{ ok: true; commune: Commune } | { ok: false; message: string }> {
  const compact = place.replace(/\s+/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length === 5) {
      const [commune] = await findCommunesByPostalCode(db, compact, 1);
      if (commune) return { ok: true, commune };
    }
    return { ok: false, message: (await suggestCommunes(db, compact)).message };
  }
  const postalCode = /(?:^|\s)(\d{5})(?:\s|$)/.exec(place)?.[1];
  const typedName = normaliseSearchText(postalCode ? place.replace(postalCode, ' ') : place);
  const candidates = await searchCommunes(db, place, 5);
  // A close spelling is suggested, never silently searched around: "Lyn" must not become somewhere else.
  const exact = candidates.find((c) => {
    const name = normaliseSearchText(c.name);
    if (postalCode && !c.postalCodes.includes(postalCode)) return false;
    return name === typedName || (postalCode !== undefined && name.startsWith(typedName));
  });
  if (exact) return { ok: true, commune: exact };
  return { ok: false, message: (await suggestCommunes(db, postalCode && !typedName ? postalCode : place)).message };
}

export async function searchDirectoryUseCase(deps: SearchDirectoryDeps, input: SearchDirectoryInput): Promise<SearchDirectoryResult> {
  const { filters, errors } = parseFilters(input.raw);
  let place: Commune | null = null;
  if (filters.place && !errors.lieu) {
    const found = await cachedPlace(deps.db, filters.place);
    if (found.ok) place = found.commune;
    else errors.lieu = found.message;
  }
  const refused = Object.keys(errors).length > 0;
  const base = { raw: input.raw, filters, errors, place, radiusKm: place ? filters.radiusKm : null };
  if (input.strict && refused) {
    return { ...base, total: 0, page: filters.page, pageCount: 0, rows: [], map: null, searched: false };
  }
  const criteria: SearchCriteria = {
    center: place ? { latitude: place.latitude, longitude: place.longitude } : undefined,
    radiusKm: place ? filters.radiusKm : undefined,
    theme: errors.theme ? undefined : filters.theme,
    kind: errors.type ? undefined : filters.kind,
    sector: errors.secteur ? undefined : filters.sector,
    text: errors.q ? undefined : filters.text,
  };
  const page = errors.page ? 1 : filters.page;
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const limits = input.mapOnly ? { limit: 0, offset: 0 } : { limit: pageSize, offset: (page - 1) * pageSize };
  // The page's map is drawn on a grid (around the place, or over all of France); the map script's feed
  // keeps every commune apart.
  const grouping: MapGrouping | null = input.mapOnly
    ? { by: 'commune' }
    : input.withMap
      ? criteria.center
        ? { by: 'grid', ...gridAround(criteria.center.latitude, criteria.radiusKm ?? DEFAULT_RADIUS_KM) }
        : { by: 'grid', ...NATIONAL_GRID }
      : null;
  const list = await cachedSearch(deps.db, criteria, limits, grouping, input.version);
  const map = list.points;
  return {
    ...base,
    total: list.total,
    page,
    pageCount: Math.ceil(list.total / pageSize),
    rows: list.rows,
    map,
    searched: true,
  };
}
