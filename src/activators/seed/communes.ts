// The communes demo activators are placed in, weighted by population so the demo looks like France:
// many in Paris, Lyon or Lille, a few in the countryside, some overseas.
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';

export interface SeedCommune {
  code: string;
  name: string;
  postalCode: string;
  departmentCode: string;
  regionCode: string;
  population: number;
  latitude: number;
  longitude: number;
  positionExact: boolean;
}

/**
 * Every populated commune (and municipal arrondissement instead of its city, so Paris's activators
 * spread over its arrondissements) with its first postal code.
 * Geography's index offers lookups, not a list of all communes: this read-only query of its tables is
 * the one place the activators domain reads them (the seed, never a request). Replace it with a read
 * model from src/geo/index.ts when one exists.
 */
export async function populatedCommunes(db: Pick<Db, 'execute'>): Promise<SeedCommune[]> {
  const rows = rowsOf<{
    code: string;
    name: string;
    postal_code: string | null;
    department_code: string;
    region_code: string;
    population: number | string;
    latitude: number | string;
    longitude: number | string;
    position_exact: boolean;
  }>(
    await db.execute(sql`
      SELECT c.code, c.name, c.department_code, c.region_code, c.population, c.latitude, c.longitude, c.position_exact,
             (SELECT min(p.postal_code) FROM commune_postal_codes p WHERE p.commune_code = c.code) AS postal_code
      FROM communes c
      WHERE c.population > 0 AND NOT EXISTS (SELECT 1 FROM communes a WHERE a.parent_code = c.code)
      ORDER BY c.code`),
  );
  return rows
    .filter((r) => r.postal_code !== null)
    .map((r) => ({
      code: r.code,
      name: r.name,
      postalCode: r.postal_code!,
      departmentCode: r.department_code,
      regionCode: r.region_code,
      population: Number(r.population),
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      positionExact: r.position_exact,
    }));
}
