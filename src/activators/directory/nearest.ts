// The nearest contactable activators whose domains match some themes: the self-assessment's result
// and the business's home show them. Read like the directory's search (active, a public page, the
// covering position index), in rings that widen until enough are found: one indexed read near a town.
import { sql } from 'drizzle-orm';
import { executePrepared, type Db } from '../../db/client.js';
import { EARTH_RADIUS_KM } from '../../geo/index.js';
import { isThemeSlug } from '../../themes/index.js';
import { CONTACTABLE_KINDS } from '../kinds.js';
import { publicName } from './present.js';
import { ExpiringCache, perDatabase } from './memo.js';
import { boundingBox, directoryVersion } from './queries.js';
import type { ActivatorKind } from '../schema.js';

export interface NearestActivatorsInput {
  latitude: number;
  longitude: number;
  /** Any of them: an activator matches when one of its domains is among these. */
  themes: string[];
  limit: number;
}

export interface NearbyActivator {
  slug: string;
  name: string;
  structureName: string | null;
  kind: string;
  themes: string[];
  communeName: string | null;
  distanceKm: number;
}

/** The rings searched in turn, in km; the last is the whole country (and overseas). */
const RINGS_KM = [30, 100, 300, 20_000];

type Row = {
  id: string;
  slug: string;
  kind: ActivatorKind;
  first_name: string;
  last_name: string;
  structure_name: string | null;
  themes: string[];
  commune_name: string | null;
  d: number | string;
};

/** A found activator with the id that breaks ties between equal distances (as the statement does). */
interface Ranked extends NearbyActivator {
  id: string;
}

/**
 * Each theme's nearest activators around a place, kept while the directory's version counter is
 * unchanged (any change to an activator or a structure bumps it). Kept per theme, not per set of
 * themes: businesses of the same town share their lists whatever their weak themes, and a result
 * page then costs one tiny read instead of the search.
 */
const nearestByTheme = perDatabase(() => new ExpiringCache<{ version: string; rows: Ranked[] }>(20_000, 10 * 60_000));

export async function nearestContactableActivators(db: Db, input: NearestActivatorsInput): Promise<NearbyActivator[]> {
  const themes = [...new Set(input.themes.filter(isThemeSlug))].sort();
  const limit = Math.max(0, Math.min(20, Math.floor(input.limit)));
  if (themes.length === 0 || limit === 0 || !Number.isFinite(input.latitude) || !Number.isFinite(input.longitude)) return [];
  const version = await directoryVersion(db);
  const cache = nearestByTheme(db);
  const center = { latitude: input.latitude, longitude: input.longitude };
  const lists = await Promise.all(
    themes.map(async (theme) => {
      const key = `${center.latitude},${center.longitude}|${theme}|${limit}`;
      const hit = cache.get(key);
      if (hit && hit.version === version) return hit.rows;
      const rows = await searchNearest(db, { ...center, themes: [theme], limit });
      cache.set(key, { version, rows });
      return rows;
    }),
  );
  return mergeNearest(lists, limit);
}

/**
 * The `limit` nearest among several themes' lists, each holding its theme's `limit` nearest: exactly
 * the `limit` nearest matching any of the themes (one of those matches some theme, and is then among
 * that theme's `limit` nearest), in the statement's order (distance, then id).
 */
export function mergeNearest(lists: Ranked[][], limit: number): NearbyActivator[] {
  const unique = new Map<string, Ranked>();
  for (const list of lists) for (const row of list) unique.set(row.id, row);
  return [...unique.values()]
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ id: _id, ...activator }) => activator);
}

async function searchNearest(db: Db, input: NearestActivatorsInput): Promise<Ranked[]> {
  const { themes, limit } = input;
  const center = { latitude: input.latitude, longitude: input.longitude };
  const kinds = sql.join(
    CONTACTABLE_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const themeArray = sql`ARRAY[${sql.join(
    themes.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;
  const distance = sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1::float8, sqrt(
      power(sin(radians(a.latitude - ${center.latitude}::float8) / 2), 2)
      + cos(radians(${center.latitude}::float8)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - ${center.longitude}::float8) / 2), 2)))))`;
  for (const radius of RINGS_KM) {
    const last = radius === RINGS_KM[RINGS_KM.length - 1];
    const box = boundingBox(center, radius);
    const inBox = last
      ? sql`a.latitude IS NOT NULL AND a.longitude IS NOT NULL`
      : sql`a.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8 AND a.longitude BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8`;
    const rows = await executePrepared<Row>(
      db,
      sql`
        WITH c AS (
          SELECT a.id, ${distance} AS d
          FROM activators a
          WHERE a.status = 'active' AND a.slug IS NOT NULL AND a.kind IN (${kinds}) AND a.themes && ${themeArray} AND ${inBox}
        ),
        -- The distance of the last one kept: only the rows up to it (ties included) are read in full,
        -- not every candidate of a dense town.
        cut AS (SELECT d FROM c WHERE d <= ${radius}::float8 ORDER BY d LIMIT 1 OFFSET ${limit - 1})
        SELECT a.id, a.slug, a.kind, a.first_name, a.last_name, s.name AS structure_name, a.themes, a.commune_name, c.d
        FROM c
        JOIN activators a ON a.id = c.id
        LEFT JOIN structures s ON s.id = a.structure_id
        WHERE c.d <= ${radius}::float8 AND c.d <= coalesce((SELECT d FROM cut), ${radius}::float8)
        ORDER BY c.d, a.id
        LIMIT ${limit}`,
    );
    // Fewer than asked within this ring: a farther one may hold more, so widen (the last ring holds all).
    if (rows.length >= limit || last) {
      return rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        name: publicName({ kind: r.kind, firstName: r.first_name, lastName: r.last_name, structureName: r.structure_name }),
        structureName: r.structure_name,
        kind: r.kind,
        themes: r.themes,
        communeName: r.commune_name,
        distanceKm: Number(r.d),
      }));
    }
  }
  return [];
}
