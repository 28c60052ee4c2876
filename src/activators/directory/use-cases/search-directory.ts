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
import { PAGE_SIZE, parseFilters, type FilterErrors, type ParsedFilters, type RawFilters } from '../filters.js';
import { mapPoints, searchDirectory, type DirectoryRow, type MapPoint, type SearchCriteria } from '../queries.js';

export interface SearchDirectoryDeps {
  db: Db;
}

export interface SearchDirectoryInput {
  raw: RawFilters;
  /** The map's points (the page draws a map; the API list does not). */
  withMap?: boolean;
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
    const found = await resolvePlace(deps.db, filters.place);
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
  const [list, map] = await Promise.all([
    searchDirectory(deps.db, criteria, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    input.withMap ? mapPoints(deps.db, criteria) : Promise.resolve(null),
  ]);
  return {
    ...base,
    total: list.total,
    page,
    pageCount: Math.ceil(list.total / PAGE_SIZE),
    rows: list.rows,
    map,
    searched: true,
  };
}
