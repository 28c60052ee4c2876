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
  slug: string;
  kind: ActivatorKind;
  first_name: string;
  last_name: string;
  structure_name: string | null;
  themes: string[];
  commune_name: string | null;
  d: number | string;
};

/**
 * Answers kept while the directory's version counter is unchanged (any change to an activator or a
 * structure bumps it): businesses of the same town with the same weak themes get the same answer,
 * and a result page then costs one tiny read instead of the search.
 */
const nearestCache = perDatabase(() => new ExpiringCache<{ version: string; answer: NearbyActivator[] }>(5_000, 10 * 60_000));

export async function nearestContactableActivators(db: Db, input: NearestActivatorsInput): Promise<NearbyActivator[]> {
  const themes = [...new Set(input.themes.filter(isThemeSlug))].sort();
  const limit = Math.max(0, Math.min(20, Math.floor(input.limit)));
  if (themes.length === 0 || limit === 0 || !Number.isFinite(input.latitude) || !Number.isFinite(input.longitude)) return [];
  const version = await directoryVersion(db);
  const key = `${input.latitude},${input.longitude}|${themes.join(',')}|${limit}`;
  const cache = nearestCache(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.answer;
  const answer = await searchNearest(db, { latitude: input.latitude, longitude: input.longitude, themes, limit });
  cache.set(key, { version, answer });
  return answer;
}

async function searchNearest(db: Db, input: NearestActivatorsInput): Promise<NearbyActivator[]> {
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
        SELECT a.slug, a.kind, a.first_name, a.last_name, s.name AS structure_name, a.themes, a.commune_name, c.d
        FROM c
        JOIN activators a ON a.id = c.id
        LEFT JOIN structures s ON s.id = a.structure_id
        WHERE c.d <= ${radius}::float8 AND c.d <= coalesce((SELECT d FROM cut), ${radius}::float8)
        ORDER BY c.d, a.last_name, a.first_name, a.id
        LIMIT ${limit}`,
    );
    // Fewer than asked within this ring: a farther one may hold more, so widen (the last ring holds all).
    if (rows.length >= limit || last) {
      return rows.map((r) => ({
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
