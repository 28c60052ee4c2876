import { sql } from 'drizzle-orm';
import { rowsOf, toNumber, type Db } from '../../db/client.js';
import { buildGeographyDataset, datasetVersion, type DatasetCommune, type DatasetCoverage, type GeographyDataset } from '../dataset.js';

export interface GeographyCoverage extends DatasetCoverage {
  /** The dataset the tables hold (packages' versions and joining rules). */
  version: string;
  /** true when this call (re)loaded the tables; false when they already held this version. */
  loaded: boolean;
}

export interface EnsureGeographyOptions {
  /** Called as the load goes: `done` of `total` (for a progress bar; total is 100 during a load). */
  onProgress?: (done: number, total: number) => void;
  /** Reload even when the tables already hold this version. */
  force?: boolean;
}

const MARKER_ID = 'communes';
/** Shared by every process: two servers starting together load the communes once. */
const LOAD_LOCK = 7_215_430_002;
const CHUNK = 2_500;

/** Anything that runs SQL: the database or a transaction. */
type Executor = Pick<Db, 'execute'>;

/**
 * Loads (or refreshes) every region, department, commune and postal code of France from the
 * packages installed with the application. Idempotent, and a fast no-op when the tables already
 * hold the same dataset version. Returns what the positions cover.
 */
export async function ensureGeography(db: Db, options: EnsureGeographyOptions = {}): Promise<GeographyCoverage> {
  return loadGeographyDataset(db, { version: datasetVersion(), build: buildGeographyDataset }, options);
}

/** Where a dataset comes from: its version (cheap to know) and how to build it (a few seconds). */
export interface DatasetSource {
  version: string;
  build: (onStep: () => void) => GeographyDataset;
}

/** ensureGeography's work for any dataset (tests hand it a small one to check reloads quickly). */
export async function loadGeographyDataset(db: Db, source: DatasetSource, options: EnsureGeographyOptions = {}): Promise<GeographyCoverage> {
  const { version } = source;
  if (!options.force && (await loadedVersion(db)) === version) {
    options.onProgress?.(1, 1);
    return { ...(await geographyCoverage(db)), version, loaded: false };
  }
  // Progress in hundredths: building the dataset takes the first 40, writing it the next 55.
  const report = (done: number) => options.onProgress?.(Math.round(done), 100);
  report(0);
  let built = 0;
  const dataset = source.build(() => report((built += 10)));
  const chunks = Math.ceil(dataset.communes.length / CHUNK) * 2;
  let written = 0;
  const step = () => report(40 + (55 * ++written) / chunks);

  const loaded = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOAD_LOCK})`);
    // Another process may have loaded it while this one waited for the lock.
    if (!options.force && (await loadedVersion(tx)) === version) return false;
    await writeAreas(tx, dataset);
    await tx.execute(sql`DELETE FROM commune_postal_codes`);
    await writeCommunes(tx, dataset.communes, step, { postalCodesCleared: true });
    const codes = JSON.stringify(dataset.communes.map((c) => c.code));
    await tx.execute(sql`DELETE FROM communes WHERE code NOT IN (SELECT jsonb_array_elements_text(${codes}::jsonb))`);
    await applyImportedCentres(tx);
    await tx.execute(sql`
      INSERT INTO geo_dataset (id, version, loaded_at) VALUES (${MARKER_ID}, ${version}, now())
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at`);
    return true;
  });
  // Fresh statistics, or the planner guesses wrong on 35 000 new rows (trigram scans of every commune).
  if (loaded) await db.execute(sql`ANALYZE communes, commune_postal_codes`);
  report(100);
  return { ...(await geographyCoverage(db)), version, loaded };
}

async function loadedVersion(db: Executor): Promise<string | null> {
  const rows = rowsOf<{ version: string }>(await db.execute(sql`SELECT version FROM geo_dataset WHERE id = ${MARKER_ID}`));
  return rows[0]?.version ?? null;
}

export async function writeAreas(db: Executor, dataset: Pick<GeographyDataset, 'regions' | 'departments'>): Promise<void> {
  await db.execute(sql`
    INSERT INTO regions (code, name, slug)
    SELECT code, name, slug FROM jsonb_to_recordset(${JSON.stringify(dataset.regions)}::jsonb) AS r(code text, name text, slug text)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, slug = excluded.slug`);
  await db.execute(sql`
    INSERT INTO departments (code, name, slug, region_code)
    SELECT code, name, slug, "regionCode"
    FROM jsonb_to_recordset(${JSON.stringify(dataset.departments)}::jsonb) AS d(code text, name text, slug text, "regionCode" text)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, slug = excluded.slug, region_code = excluded.region_code`);
}

/**
 * Upserts communes and replaces their postal codes, a chunk at a time. One JSON parameter per
 * chunk keeps PGlite and PostgreSQL fast (no statement with tens of thousands of parameters).
 */
export async function writeCommunes(
  db: Executor,
  communes: DatasetCommune[],
  onChunk: () => void = () => {},
  options: { postalCodesCleared?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < communes.length; i += CHUNK) {
    const chunk = communes.slice(i, i + CHUNK);
    await db.execute(sql`
      INSERT INTO communes (code, name, search_name, department_code, region_code, population, latitude, longitude,
                            position_exact, position_source, parent_code)
      SELECT code, name, "searchName", "departmentCode", "regionCode", population, latitude, longitude,
             "positionExact", "positionSource", "parentCode"
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS c(
        code text, name text, "searchName" text, "departmentCode" text, "regionCode" text, population integer,
        latitude double precision, longitude double precision, "positionExact" boolean, "positionSource" text, "parentCode" text)
      ON CONFLICT (code) DO UPDATE SET
        name = excluded.name, search_name = excluded.search_name, department_code = excluded.department_code,
        region_code = excluded.region_code, population = excluded.population, latitude = excluded.latitude,
        longitude = excluded.longitude, position_exact = excluded.position_exact,
        position_source = excluded.position_source, parent_code = excluded.parent_code`);
    onChunk();
    const postal = chunk.flatMap((c) => c.postalCodes.map((p) => ({ p, c: c.code })));
    if (!options.postalCodesCleared) {
      await db.execute(sql`
        DELETE FROM commune_postal_codes
        WHERE commune_code IN (SELECT jsonb_array_elements_text(${JSON.stringify(chunk.map((c) => c.code))}::jsonb))`);
    }
    await db.execute(sql`
      INSERT INTO commune_postal_codes (postal_code, commune_code)
      SELECT p, c FROM jsonb_to_recordset(${JSON.stringify(postal)}::jsonb) AS x(p text, c text)
      ON CONFLICT DO NOTHING`);
    onChunk();
  }
}

/** Centres an operator imported from an official file win over the packaged positions. */
export async function applyImportedCentres(db: Executor): Promise<void> {
  await db.execute(sql`
    UPDATE communes c SET latitude = i.latitude, longitude = i.longitude, position_exact = true, position_source = 'imported'
    FROM commune_imported_centres i WHERE i.commune_code = c.code`);
}

/** What the stored positions cover, counted in the database (so imported centres count). */
export async function geographyCoverage(db: Executor): Promise<DatasetCoverage> {
  const [row] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE parent_code IS NULL) AS communes,
             count(*) FILTER (WHERE parent_code IS NOT NULL) AS arrondissements,
             count(*) FILTER (WHERE parent_code IS NULL AND position_exact) AS exact,
             coalesce(sum(population) FILTER (WHERE parent_code IS NULL), 0) AS population,
             coalesce(sum(population) FILTER (WHERE parent_code IS NULL AND position_exact), 0) AS exact_population
      FROM communes`),
  );
  const communes = toNumber(row?.communes);
  const exact = toNumber(row?.exact);
  const population = toNumber(row?.population);
  return {
    communes,
    arrondissements: toNumber(row?.arrondissements),
    exact,
    exactShare: communes ? exact / communes : 0,
    populationShare: population ? toNumber(row?.exact_population) / population : 0,
  };
}

const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One French line for the start-up and seed logs. */
export function formatCoverage(coverage: DatasetCoverage): string {
  return (
    `${integer.format(coverage.communes)} communes et ${integer.format(coverage.arrondissements)} arrondissements municipaux ; ` +
    `position exacte pour ${integer.format(coverage.exact)} communes (${percent.format(coverage.exactShare)}), ` +
    `soit ${percent.format(coverage.populationShare)} de la population ; les autres ont une position approximative.`
  );
}
