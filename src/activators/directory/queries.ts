// The directory's reads. Only profiles a visitor may see: status `active`, a kind listed in the
// directory (never institutionnel), a slug. Distances are great-circle km between positions (the
// commune centre unless a street-level position is known), the same formula as geo's distanceKm,
// computed in SQL after a bounding-box prefilter on the indexed latitude/longitude.
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, toNumber, type Db } from '../../db/client.js';
import { EARTH_RADIUS_KM, type LatLon } from '../../geo/index.js';
import type { ThemeSlug } from '../../themes/index.js';
import { DIRECTORY_KINDS, MAP_KINDS, type ActivatorKind } from '../kinds.js';

type Executor = Pick<Db, 'execute'>;

export interface SearchCriteria {
  center?: LatLon;
  /** Only with a center. */
  radiusKm?: number;
  theme?: ThemeSlug;
  kind?: ActivatorKind;
  sector?: string;
  text?: string;
}

export interface DirectoryRow {
  slug: string;
  firstName: string;
  lastName: string;
  kind: ActivatorKind;
  structureName: string | null;
  themes: string[];
  sectors: string[];
  communeCode: string | null;
  communeName: string | null;
  postalCode: string;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
  offerUrl: string | null;
  hasPhoto: boolean;
  /** The start of the presentation, for the result card. */
  excerpt: string;
  /** Only when the search has a center. */
  distanceKm: number | null;
}

/** How much of a presentation a result card shows. */
export const EXCERPT_LENGTH = 180;

const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

function kindList(kinds: readonly ActivatorKind[]): SQL {
  return sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
}

/** Latitude and longitude spans that hold every point within `radiusKm` of `center`. */
export function boundingBox(center: LatLon, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE;
  // The box's widest parallel is the one nearest a pole.
  const widest = Math.min(89.9, Math.abs(center.latitude) + dLat);
  const dLon = Math.min(180, radiusKm / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180)));
  return {
    minLat: center.latitude - dLat,
    maxLat: center.latitude + dLat,
    minLon: center.longitude - dLon,
    maxLon: center.longitude + dLon,
  };
}

function distanceExpression(center: LatLon): SQL {
  const lat = center.latitude;
  const lon = center.longitude;
  return sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1::float8, sqrt(
      power(sin(radians(a.latitude - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - ${lon}::float8) / 2), 2)))))`;
}

/** The WHERE conditions shared by the list, the count and the map. */
function conditions(criteria: SearchCriteria, kinds: readonly ActivatorKind[]): SQL[] {
  const where: SQL[] = [sql`a.status = 'active'`, sql`a.slug IS NOT NULL`, sql`a.kind IN (${kindList(kinds)})`];
  if (criteria.kind) where.push(sql`a.kind = ${criteria.kind}`);
  if (criteria.theme) where.push(sql`a.themes @> ARRAY[${criteria.theme}]::text[]`);
  if (criteria.sector) where.push(sql`a.sectors @> ARRAY[${criteria.sector}]::text[]`);
  if (criteria.text) where.push(sql`a.search_vector @@ websearch_to_tsquery('public.french_unaccent', ${criteria.text})`);
  if (criteria.center && criteria.radiusKm !== undefined) {
    const box = boundingBox(criteria.center, criteria.radiusKm);
    where.push(sql`a.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8`);
    where.push(sql`a.longitude BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8`);
  }
  return where;
}

const numberOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** How the map groups the search's activators: by commune, or on a grid of cells this many degrees wide and high. */
export type MapGrouping = { by: 'commune' } | { by: 'grid'; latDegrees: number; lonDegrees: number };

/** One point of the map: the activators of a search that share a commune (or a grid cell). */
export interface MapPoint {
  communeCode: string | null;
  communeName: string | null;
  postalCode: string;
  departmentCode: string | null;
  latitude: number;
  longitude: number;
  count: number;
  /** The profile, when the point holds a single activator. */
  slug: string | null;
  name: string | null;
}

/** Bounds what one map draws; beyond it the points holding fewest activators are left out. */
export const MAX_MAP_POINTS = 5000;

/** One result as the statement returns it: slug, first name, last name, kind, structure, themes, sectors,
 * commune code, commune name, postal code, department, latitude, longitude, offer, has photo, excerpt, distance. */
type PageJson = [string, string, string, ActivatorKind, string | null, string[], string[], string | null, string | null, string, string | null, number | null, number | null, string | null, boolean, string, number | null];

/** One map group: commune code, commune name, postal code, department, latitude, longitude, count, slug, name. */
type PointJson = [string | null, string | null, string, string | null, number, number, number, string | null, string | null];

/** node-postgres parses json columns; PGlite too; a driver that gives text is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * One page of results, the total count and, when asked, the map's points, in one statement and one
 * round trip. With a center: the candidates (status, kind, bounding box, theme, sector) come from an
 * index-only scan of the covering index, nearest first within the radius; only the page's rows are
 * read from the table. Without: by name, read in the order of the name index.
 */
export async function searchDirectory(
  db: Executor,
  criteria: SearchCriteria,
  page: { limit: number; offset: number },
  map: MapGrouping | null = null,
): Promise<{ total: number; rows: DirectoryRow[]; points: MapPoint[] | null }> {
  const result = await db.execute(criteria.center ? aroundStatement(criteria, criteria.center, page, map) : everywhereStatement(criteria, page, map));
  const [row] = rowsOf<{ total: number | string; page: unknown; points: unknown }>(result);
  const pageRows = json<PageJson[] | null>(row?.page) ?? [];
  const pointRows = map ? (json<PointJson[] | null>(row?.points) ?? []) : null;
  return {
    total: toNumber(row?.total),
    rows: pageRows.map((r) => ({
      slug: r[0],
      firstName: r[1],
      lastName: r[2],
      kind: r[3],
      structureName: r[4],
      themes: r[5],
      sectors: r[6],
      communeCode: r[7],
      communeName: r[8],
      postalCode: r[9],
      departmentCode: r[10],
      latitude: r[11],
      longitude: r[12],
      offerUrl: r[13],
      hasPhoto: r[14],
      excerpt: r[15],
      distanceKm: numberOrNull(r[16]),
    })),
    points:
      pointRows?.map((g) => ({
        communeCode: g[0],
        communeName: g[1],
        postalCode: g[2],
        departmentCode: g[3],
        latitude: Number(g[4]),
        longitude: Number(g[5]),
        count: toNumber(g[6]),
        slug: g[7],
        name: g[8],
      })) ?? null,
  };
}

/** The page's rows as JSON, in the order of `p` (a relation of ids with its ordering columns). */
function pageJson(order: SQL): SQL {
  // Arrays rather than objects: the same values in a third of the text to send and parse (see PageJson).
  return sql`(SELECT json_agg(json_build_array(
      a.slug, a.first_name, a.last_name, a.kind, s.name, a.themes, a.sectors, a.commune_code, a.commune_name,
      a.postal_code, a.department_code, a.latitude, a.longitude, a.offer_url, a.photo_file IS NOT NULL,
      left(a.presentation, ${EXCERPT_LENGTH}), p.d)
    ORDER BY ${order})
   FROM p
   JOIN activators a ON a.id = p.id
   LEFT JOIN structures s ON s.id = a.structure_id)`;
}

/** The map's points of relation `w`, grouped by commune or on a grid. */
function pointsJson(map: MapGrouping | null): SQL {
  if (!map) return sql`NULL::json`;
  const groupKey =
    map.by === 'grid'
      ? sql`floor(w.latitude / ${map.latDegrees}::float8), floor(w.longitude / ${map.lonDegrees}::float8)`
      : sql`coalesce(w.commune_code, w.postal_code)`;
  return sql`(SELECT json_agg(json_build_array(g.commune_code, g.commune_name, g.postal_code, g.department_code, g.lat, g.lon, g.n, g.slug, g.name)
                     ORDER BY g.n DESC) FROM (
      SELECT min(w.commune_code) AS commune_code, min(w.commune_name) AS commune_name, min(w.postal_code) AS postal_code,
             min(w.department_code) AS department_code, avg(w.latitude) AS lat, avg(w.longitude) AS lon, count(*) AS n,
             CASE WHEN count(*) = 1 THEN min(w.slug) END AS slug,
             CASE WHEN count(*) = 1 THEN min(w.first_name || ' ' || w.last_name) END AS name
      FROM w
      WHERE w.kind IN (${kindList(MAP_KINDS)}) AND w.latitude IS NOT NULL AND w.longitude IS NOT NULL
      GROUP BY ${groupKey}
      ORDER BY count(*) DESC
      LIMIT ${MAX_MAP_POINTS}) g)`;
}

const CANDIDATE_COLUMNS = sql.raw(
  'a.id, a.kind, a.slug, a.first_name, a.last_name, a.commune_code, a.commune_name, a.postal_code, a.department_code, a.latitude, a.longitude',
);

function aroundStatement(criteria: SearchCriteria, center: LatLon, page: { limit: number; offset: number }, map: MapGrouping | null): SQL {
  const where = sql.join(conditions(criteria, DIRECTORY_KINDS), sql` AND `);
  const radius = criteria.radiusKm ?? Number.MAX_VALUE;
  return sql`
    WITH w AS MATERIALIZED (
      SELECT * FROM (
        SELECT ${CANDIDATE_COLUMNS}, ${distanceExpression(center)} AS d
        FROM activators a
        WHERE ${where}
      ) c
      WHERE c.d <= ${radius}::float8
    ),
    p AS (SELECT w.id, w.d, w.last_name, w.first_name FROM w ORDER BY w.d, w.last_name, w.first_name, w.id
          LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT (SELECT count(*) FROM w) AS total,
           ${pageJson(sql`p.d, p.last_name, p.first_name, p.id`)} AS page,
           ${pointsJson(map)} AS points`;
}

function everywhereStatement(criteria: SearchCriteria, page: { limit: number; offset: number }, map: MapGrouping | null): SQL {
  const where = sql.join(conditions(criteria, DIRECTORY_KINDS), sql` AND `);
  // Not materialized: the page reads the name index in order and stops at the page's end.
  return sql`
    WITH p AS (SELECT a.id, NULL::float8 AS d, a.last_name, a.first_name FROM activators a WHERE ${where}
               ORDER BY a.last_name, a.first_name, a.id LIMIT ${page.limit} OFFSET ${page.offset})
    ${map ? sql`, w AS (SELECT ${CANDIDATE_COLUMNS} FROM activators a WHERE ${where})` : sql``}
    SELECT (SELECT count(*) FROM activators a WHERE ${where}) AS total,
           ${pageJson(sql`p.last_name, p.first_name, p.id`)} AS page,
           ${pointsJson(map)} AS points`;
}

/** The counter every change to activators or structures moves (a trigger of migration 0011). */
export async function directoryVersion(db: Executor): Promise<string> {
  const [row] = rowsOf<{ version: string | number }>(await db.execute(sql`SELECT version FROM directory_version WHERE id = 1`));
  return String(row?.version ?? '');
}

export interface RegionEntry {
  slug: string;
  kind: ActivatorKind;
  firstName: string;
  lastName: string;
  structureName: string | null;
  communeName: string | null;
  postalCode: string;
  departmentCode: string | null;
}

/** How many profiles each department of a region lists (active, directory kinds). */
export async function countByDepartment(db: Executor, regionCode: string): Promise<Map<string, number>> {
  const rows = rowsOf<{ department_code: string | null; n: number | string }>(
    await db.execute(sql`
      SELECT a.department_code, count(*) AS n FROM activators a
      WHERE ${sql.join(conditions({}, DIRECTORY_KINDS), sql` AND `)} AND a.region_code = ${regionCode}
      GROUP BY a.department_code`),
  );
  return new Map(rows.map((r) => [r.department_code ?? '', toNumber(r.n)]));
}

/** How many profiles each region lists. */
export async function countByRegion(db: Executor): Promise<Map<string, number>> {
  const rows = rowsOf<{ region_code: string | null; n: number | string }>(
    await db.execute(sql`
      SELECT a.region_code, count(*) AS n FROM activators a
      WHERE ${sql.join(conditions({}, DIRECTORY_KINDS), sql` AND `)}
      GROUP BY a.region_code`),
  );
  return new Map(rows.map((r) => [r.region_code ?? '', toNumber(r.n)]));
}

/**
 * The profiles of a region by department then name: at most `perDepartment` for each department
 * (window function), or one page of a single department.
 */
export async function regionEntries(
  db: Executor,
  regionCode: string,
  options: { perDepartment: number } | { departmentCode: string; limit: number; offset: number },
): Promise<RegionEntry[]> {
  const where = sql.join(conditions({}, DIRECTORY_KINDS), sql` AND `);
  const single = 'departmentCode' in options;
  const rows = rowsOf<{
    slug: string;
    kind: ActivatorKind;
    first_name: string;
    last_name: string;
    structure_name: string | null;
    commune_name: string | null;
    postal_code: string;
    department_code: string | null;
  }>(
    await db.execute(
      single
        ? sql`
          SELECT a.slug, a.kind, a.first_name, a.last_name, s.name AS structure_name, a.commune_name, a.postal_code, a.department_code
          FROM activators a LEFT JOIN structures s ON s.id = a.structure_id
          WHERE ${where} AND a.region_code = ${regionCode} AND a.department_code = ${options.departmentCode}
          ORDER BY a.last_name, a.first_name, a.id
          LIMIT ${options.limit} OFFSET ${options.offset}`
        : sql`
          SELECT r.* FROM (
            SELECT a.slug, a.kind, a.first_name, a.last_name, s.name AS structure_name, a.commune_name, a.postal_code, a.department_code,
                   row_number() OVER (PARTITION BY a.department_code ORDER BY a.last_name, a.first_name, a.id) AS rank
            FROM activators a LEFT JOIN structures s ON s.id = a.structure_id
            WHERE ${where} AND a.region_code = ${regionCode}
          ) r
          WHERE r.rank <= ${options.perDepartment}
          ORDER BY r.department_code, r.rank`,
    ),
  );
  return rows.map((r) => ({
    slug: r.slug,
    kind: r.kind,
    firstName: r.first_name,
    lastName: r.last_name,
    structureName: r.structure_name,
    communeName: r.commune_name,
    postalCode: r.postal_code,
    departmentCode: r.department_code,
  }));
}
