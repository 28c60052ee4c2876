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

interface Row {
  slug: string;
  first_name: string;
  last_name: string;
  kind: ActivatorKind;
  structure_name: string | null;
  themes: string[];
  sectors: string[];
  commune_code: string | null;
  commune_name: string | null;
  postal_code: string;
  department_code: string | null;
  latitude: number | string | null;
  longitude: number | string | null;
  offer_url: string | null;
  has_photo: boolean;
  excerpt: string;
  distance_km: number | string | null;
  total: number | string;
}

const numberOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/**
 * One page of results and the total count, in one round trip. With a center: nearest first, within
 * the radius; without: by name.
 */
export async function searchDirectory(
  db: Executor,
  criteria: SearchCriteria,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: DirectoryRow[] }> {
  const where = sql.join(conditions(criteria, DIRECTORY_KINDS), sql` AND `);
  const center = criteria.center;
  const distance = center ? distanceExpression(center) : sql`NULL::float8`;
  const withinRadius = center && criteria.radiusKm !== undefined ? sql`WHERE m.distance_km <= ${criteria.radiusKm}::float8` : sql``;
  const order = center ? sql`m.distance_km, m.last_name, m.first_name, m.id` : sql`m.last_name, m.first_name, m.id`;
  const result = await db.execute(sql`
    SELECT m.*, count(*) OVER () AS total
    FROM (
      SELECT a.id, a.slug, a.first_name, a.last_name, a.kind, a.themes, a.sectors, a.commune_code, a.commune_name,
             a.postal_code, a.department_code, a.latitude, a.longitude, a.offer_url, a.photo_file IS NOT NULL AS has_photo,
             left(a.presentation, 240) AS excerpt, s.name AS structure_name, ${distance} AS distance_km
      FROM activators a
      LEFT JOIN structures s ON s.id = a.structure_id
      WHERE ${where}
    ) m
    ${withinRadius}
    ORDER BY ${order}
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  const rows = rowsOf<Row>(result);
  let total = rows.length ? toNumber(rows[0]!.total) : 0;
  if (!rows.length && page.offset > 0) total = await countDirectory(db, criteria);
  return {
    total,
    rows: rows.map((r) => ({
      slug: r.slug,
      firstName: r.first_name,
      lastName: r.last_name,
      kind: r.kind,
      structureName: r.structure_name,
      themes: r.themes,
      sectors: r.sectors,
      communeCode: r.commune_code,
      communeName: r.commune_name,
      postalCode: r.postal_code,
      departmentCode: r.department_code,
      latitude: numberOrNull(r.latitude),
      longitude: numberOrNull(r.longitude),
      offerUrl: r.offer_url,
      hasPhoto: r.has_photo,
      excerpt: r.excerpt,
      distanceKm: numberOrNull(r.distance_km),
    })),
  };
}

export async function countDirectory(db: Executor, criteria: SearchCriteria): Promise<number> {
  const where = sql.join(conditions(criteria, DIRECTORY_KINDS), sql` AND `);
  const center = criteria.center;
  const withinRadius =
    center && criteria.radiusKm !== undefined ? sql`AND ${distanceExpression(center)} <= ${criteria.radiusKm}::float8` : sql``;
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`SELECT count(*) AS n FROM activators a WHERE ${where} ${withinRadius}`),
  );
  return toNumber(row?.n);
}

/** One point of the map: the activators of a search that share a commune. */
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

/** MAX_MAP_POINTS bounds what one map draws; beyond it the farthest (or last) communes are left out. */
export const MAX_MAP_POINTS = 5000;

/** The search's activators that go on the map (kinds shown on the map only), grouped by commune. */
export async function mapPoints(db: Executor, criteria: SearchCriteria): Promise<MapPoint[]> {
  const where = sql.join([...conditions(criteria, MAP_KINDS), sql`a.latitude IS NOT NULL`, sql`a.longitude IS NOT NULL`], sql` AND `);
  const center = criteria.center;
  const withinRadius =
    center && criteria.radiusKm !== undefined ? sql`AND ${distanceExpression(center)} <= ${criteria.radiusKm}::float8` : sql``;
  const rows = rowsOf<{
    commune_code: string | null;
    commune_name: string | null;
    postal_code: string;
    department_code: string | null;
    latitude: number | string;
    longitude: number | string;
    n: number | string;
    slug: string | null;
    name: string | null;
  }>(
    await db.execute(sql`
      SELECT coalesce(a.commune_code, a.postal_code) AS group_key, min(a.commune_code) AS commune_code,
             min(a.commune_name) AS commune_name, min(a.postal_code) AS postal_code, min(a.department_code) AS department_code,
             avg(a.latitude) AS latitude, avg(a.longitude) AS longitude, count(*) AS n,
             CASE WHEN count(*) = 1 THEN min(a.slug) END AS slug,
             CASE WHEN count(*) = 1 THEN min(a.first_name || ' ' || a.last_name) END AS name
      FROM activators a
      WHERE ${where} ${withinRadius}
      GROUP BY 1
      ORDER BY count(*) DESC, 1
      LIMIT ${MAX_MAP_POINTS}`),
  );
  return rows.map((r) => ({
    communeCode: r.commune_code,
    communeName: r.commune_name,
    postalCode: r.postal_code,
    departmentCode: r.department_code,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    count: toNumber(r.n),
    slug: r.slug,
    name: r.name,
  }));
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
