// The directory's filters, read from a query string (the page's form and the public API share them).
// Each parameter is checked on its own so a wrong one gets its French message next to its field while
// the others are kept: a shared search link never loses more than the part that was wrong.
import { z } from 'zod';
import { THEME_SLUGS, type ThemeSlug } from '../../themes/index.js';
import { DIRECTORY_KINDS, type ActivatorKind } from '../kinds.js';
import { SECTORS } from '../../sectors/index.js';

export const RADIUS_MIN_KM = 1;
export const RADIUS_MAX_KM = 200;
export const DEFAULT_RADIUS_KM = 30;
/** The radius choices of the page's select; the API accepts any whole number in range. */
export const RADIUS_CHOICES_KM = [5, 10, 20, 30, 50, 100, 200] as const;
/** Results per page: ten next to the map on the page, twenty per call of the API. */
export const PAGE_SIZE = 10;
export const API_PAGE_SIZE = 20;
/** Beyond this a visitor refines the search; it also bounds the OFFSET a request can ask for. */
export const MAX_PAGE = 500;
export const PLACE_MAX_LENGTH = 100;
export const TEXT_MAX_LENGTH = 200;

/** The query-string names, in French since they appear in shared links and the public API. */
export const FILTER_PARAMETERS = ['lieu', 'rayon', 'theme', 'type', 'secteur', 'q', 'page'] as const;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];

/** What was typed, as text, to fill the form again and build links. */
export type RawFilters = Record<FilterParameter, string>;

export interface ParsedFilters {
  /** A postal code or a commune name, still to be found in the geography. */
  place?: string;
  radiusKm: number;
  theme?: ThemeSlug;
  kind?: ActivatorKind;
  sector?: string;
  text?: string;
  page: number;
}

export type FilterErrors = Partial<Record<FilterParameter, string>>;

const SECTOR_CODES = new Set<string>(SECTORS.map((s) => s.code));

const cleanText = (max: number, tooLong: string) =>
  z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, tooLong));

const fieldSchemas = {
  lieu: cleanText(PLACE_MAX_LENGTH, `Le lieu ne peut dépasser ${PLACE_MAX_LENGTH} caractères : saisissez un code postal ou le nom d’une commune.`),
  rayon: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Le rayon est un nombre entier de kilomètres, par exemple 30.')
    .transform(Number)
    .pipe(
      z
        .number()
        .min(RADIUS_MIN_KM, `Le rayon doit être compris entre ${RADIUS_MIN_KM} et ${RADIUS_MAX_KM} km.`)
        .max(RADIUS_MAX_KM, `Le rayon doit être compris entre ${RADIUS_MIN_KM} et ${RADIUS_MAX_KM} km.`),
    ),
  theme: z.enum(THEME_SLUGS, { message: 'Thème inconnu : choisissez un thème dans la liste.' }),
  type: z.enum(DIRECTORY_KINDS as [ActivatorKind, ...ActivatorKind[]], {
    message: 'Type d’accompagnement inconnu : choisissez un type dans la liste.',
  }),
  secteur: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => SECTOR_CODES.has(v), 'Secteur d’activité inconnu : choisissez un secteur dans la liste.'),
  q: cleanText(TEXT_MAX_LENGTH, `La recherche libre ne peut dépasser ${TEXT_MAX_LENGTH} caractères.`),
  page: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, 'Le numéro de page est un nombre entier à partir de 1.')
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, 'Le numéro de page est un nombre entier à partir de 1.')
        .max(MAX_PAGE, `Le numéro de page ne peut dépasser ${MAX_PAGE} : précisez votre recherche.`),
    ),
};

/** The first value of a query-string parameter (repeated ones are ignored beyond the first). */
function first(value: unknown): string {
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

export function rawFilters(query: unknown): RawFilters {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  return Object.fromEntries(FILTER_PARAMETERS.map((name) => [name, first(q[name])])) as RawFilters;
}

/** Valid filters and, for each refused parameter, why. An empty parameter means "no filter". */
export function parseFilters(raw: RawFilters): { filters: ParsedFilters; errors: FilterErrors } {
  const errors: FilterErrors = {};
  const filters: ParsedFilters = { radiusKm: DEFAULT_RADIUS_KM, page: 1 };
  for (const name of FILTER_PARAMETERS) {
    const value = raw[name];
    if (value.trim() === '') continue;
    const parsed = fieldSchemas[name].safeParse(value);
    if (!parsed.success) {
      errors[name] = parsed.error.issues[0]?.message ?? 'Valeur refusée.';
      continue;
    }
    const v = parsed.data;
    switch (name) {
      case 'lieu':
        if (v) filters.place = v as string;
        break;
      case 'rayon':
        filters.radiusKm = v as number;
        break;
      case 'theme':
        filters.theme = v as ThemeSlug;
        break;
      case 'type':
        filters.kind = v as ActivatorKind;
        break;
      case 'secteur':
        filters.sector = v as string;
        break;
      case 'q':
        if (v) filters.text = v as string;
        break;
      case 'page':
        filters.page = v as number;
        break;
    }
  }
  return { filters, errors };
}

/** A query string holding only the parameters that carry a value, in a stable order (shareable links). */
export function filtersQueryString(raw: Partial<RawFilters>, overrides: Partial<RawFilters> = {}): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMETERS) {
    const value = (overrides[name] ?? raw[name] ?? '').trim();
    if (value === '' || (name === 'page' && value === '1')) continue;
    params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
