import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { normaliseSearchText } from './normalize.js';

/** A commune as the rest of the platform sees it. */
export interface Commune {
  code: string;
  name: string;
  postalCodes: string[];
  department: { code: string; name: string };
  region: { code: string; name: string };
  population: number;
  latitude: number;
  longitude: number;
  /** false: "position approximative" (no published centre for this commune). */
  positionExact: boolean;
  /** For a municipal arrondissement (Lyon 3e), its commune (Lyon). */
  parentCode: string | null;
}

export interface Region {
  code: string;
  name: string;
  slug: string;
}

export interface Department {
  code: string;
  name: string;
  slug: string;
  regionCode: string;
}

type Executor = Pick<Db, 'execute'>;

export interface CommuneRow {
  code: string;
  name: string;
  population: number | string;
  latitude: number | string;
  longitude: number | string;
  position_exact: boolean;
  parent_code: string | null;
  department_code: string;
  department_name: string | null;
  region_code: string;
  region_name: string | null;
  postal_codes: string | null;
}

/**
 * Runs `hits` (a query returning `code` and ordering keys k1, k2, k3, already ordered and limited)
 * and completes each hit with its names and postal codes, in one round trip.
 */
async function communesFor(db: Executor, hits: SQL): Promise<Commune[]> {
  const rows = rowsOf<CommuneRow>(
    await db.execute(sql`
      WITH hits AS (${hits})
      SELECT c.code, c.name, c.population, c.latitude, c.longitude, c.position_exact, c.parent_code,
             c.department_code, d.name AS department_name, c.region_code, r.name AS region_name,
             (SELECT string_agg(p.postal_code, ',' ORDER BY p.postal_code) FROM commune_postal_codes p
               WHERE p.commune_code = c.code) AS postal_codes
      FROM hits h
      JOIN communes c ON c.code = h.code
      LEFT JOIN departments d ON d.code = c.department_code
      LEFT JOIN regions r ON r.code = c.region_code
      ORDER BY h.k1, h.k2 DESC, h.k3 DESC, c.code`),
  );
  return rows.map(toCommune);
}

export function toCommune(row: CommuneRow): Commune {
  return {
    code: row.code,
    name: row.name,
    postalCodes: row.postal_codes ? row.postal_codes.split(',') : [],
    department: { code: row.department_code, name: row.department_name ?? row.department_code },
    region: { code: row.region_code, name: row.region_name ?? row.region_code },
    population: Number(row.population),
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    positionExact: row.position_exact,
    parentCode: row.parent_code,
  };
}

export async function findCommuneByCode(db: Executor, code: string): Promise<Commune | null> {
  const [commune] = await communesFor(db, sql`SELECT code, 0 AS k1, 0 AS k2, 0 AS k3 FROM communes WHERE code = ${code}`);
  return commune ?? null;
}

/** Every commune a postal code serves; Paris, Lyon and Marseille after their own arrondissements. */
export async function findCommunesByPostalCode(db: Executor, postalCode: string, limit = 50): Promise<Commune[]> {
  return communesFor(db, postalCodeHits(postalCode, limit));
}

function postalCodeHits(postalCode: string, limit: number, alsoInseeCode = false): SQL {
  return sql`
    SELECT c.code,
           CASE WHEN EXISTS (SELECT 1 FROM commune_postal_codes p WHERE p.commune_code = c.code AND p.postal_code = ${postalCode})
                THEN (CASE WHEN EXISTS (SELECT 1 FROM communes a WHERE a.parent_code = c.code) THEN 1 ELSE 0 END)
                ELSE 2 END AS k1,
           c.population AS k2, 0 AS k3
    FROM communes c
    WHERE c.code IN (SELECT commune_code FROM commune_postal_codes WHERE postal_code = ${postalCode})
       ${alsoInseeCode ? sql`OR c.code = ${postalCode}` : sql``}
    ORDER BY k1, k2 DESC, c.code
    LIMIT ${limit}`;
}

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;

/**
 * Autocomplete by postal code or name, best first:
 * - "75011": the communes of that exact postal code (then the commune whose INSEE code it is);
 * - "690": communes whose postal code starts so, largest first;
 * - a name ("saint etienne", "St-Étienne", "lyon 3"), accents, case and punctuation ignored:
 *   the exact name, then names starting with it (with a whole number first: "paris 1" is the 1st
 *   arrondissement, not the 15th), then names with a word starting with it — each by population —
 *   then, if that is not enough,
 *   close spellings (trigram similarity);
 * - a postal code and a name together ("69003 lyon"): that postal code's communes, by name.
 */
export async function searchCommunes(db: Executor, query: string, limit = 10): Promise<Commune[]> {
  const trimmed = query.trim();
  const compact = trimmed.replace(/\s+/g, '');
  if (/^\d{5}$/.test(compact)) return communesFor(db, postalCodeHits(compact, limit, true));
  if (/^\d{2,4}$/.test(compact) || /^2[ab]\d{0,3}$/i.test(compact)) {
    const prefix = compact.toUpperCase();
    return communesFor(
      db,
      sql`SELECT c.code, 0 AS k1, c.population AS k2, 0 AS k3 FROM communes c
          WHERE EXISTS (SELECT 1 FROM commune_postal_codes p WHERE p.commune_code = c.code AND p.postal_code LIKE ${prefix + '%'})
             OR c.code LIKE ${prefix + '%'}
          ORDER BY k2 DESC, c.code LIMIT ${limit}`,
    );
  }
  const postalCode = /(?:^|\s)(\d{5})(?:\s|$)/.exec(trimmed)?.[1];
  const name = normaliseSearchText(postalCode ? trimmed.replace(postalCode, ' ') : trimmed);
  if (name.length < SEARCH_MIN_LENGTH) return postalCode ? findCommunesByPostalCode(db, postalCode, limit) : [];
  const restriction = postalCode
    ? sql`AND c.code IN (SELECT commune_code FROM commune_postal_codes WHERE postal_code = ${postalCode})`
    : sql``;
  // First the names that start (or have a word that starts) with the text, by kind then population.
  // Each branch is its own indexed scan: with OR, the planner computed trigrams for every commune.
  // A text ending with a number wants that whole number: "paris 1" is the 1st, not the 15th.
  const wholeNumber = /\d$/.test(name) ? `${name} %` : null;
  const byPrefix = await communesFor(
    db,
    sql`SELECT c.code,
               CASE WHEN c.search_name = ${name} THEN 0
                    WHEN c.search_name LIKE ${wholeNumber} THEN 1
                    WHEN c.search_name LIKE ${name + '%'} THEN 2
                    ELSE 3 END AS k1,
               c.population AS k2, 0 AS k3
        FROM communes c
        WHERE c.code IN (SELECT code FROM communes WHERE search_name LIKE ${name + '%'}
                         UNION ALL
                         SELECT code FROM communes WHERE search_name LIKE ${'% ' + name + '%'})
        ${restriction}
        ORDER BY k1, k2 DESC, c.code
        LIMIT ${limit}`,
  );
  if (byPrefix.length >= limit) return byPrefix;
  // Then close spellings ("marseile", "Lyom"), most similar first.
  const seen = new Set(byPrefix.map((c) => c.code));
  const bySpelling = await communesFor(
    db,
    sql`SELECT c.code, 0 AS k1, similarity(c.search_name, ${name}) AS k2, c.population AS k3
        FROM communes c
        WHERE c.search_name % ${name}
        ${restriction}
        ORDER BY k2 DESC, k3 DESC, c.code
        LIMIT ${limit}`,
  );
  return [...byPrefix, ...bySpelling.filter((c) => !seen.has(c.code))].slice(0, limit);
}

export interface Suggestions {
  /** A French sentence for the field's error, e.g. "Code postal inconnu. Vouliez-vous dire : 69003 (Lyon 3e Arrondissement) ?" */
  message: string;
  suggestions: Commune[];
}

/**
 * For a postal code or commune name that matched nothing: the closest real ones and a French
 * message to show next to the field. Postal codes: same department, fewest differing digits, then
 * nearest number. Names: closest spellings (trigram similarity), largest first.
 */
export async function suggestCommunes(db: Executor, input: string, limit = 3): Promise<Suggestions> {
  const compact = input.trim().replace(/\s+/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length !== 5) return { message: 'Code postal invalide : il compte 5 chiffres.', suggestions: [] };
    const prefix = compact.startsWith('97') || compact.startsWith('98') ? compact.slice(0, 3) : compact.slice(0, 2);
    const known = rowsOf<{ postal_code: string }>(
      await db.execute(sql`SELECT DISTINCT postal_code FROM commune_postal_codes WHERE postal_code LIKE ${prefix + '%'}`),
    ).map((r) => r.postal_code);
    const differing = (p: string) => [...p].filter((ch, i) => ch !== compact[i]).length;
    const closest = known
      .sort((a, b) => differing(a) - differing(b) || Math.abs(Number(a) - Number(compact)) - Math.abs(Number(b) - Number(compact)))
      .slice(0, limit);
    const suggestions: Commune[] = [];
    for (const postalCode of closest) {
      const [main] = await findCommunesByPostalCode(db, postalCode, 1);
      if (main) suggestions.push(main);
    }
    const list = closest.map((p, i) => `${p} (${suggestions[i]?.name ?? '?'})`);
    return {
      message: list.length
        ? `Code postal inconnu. Vouliez-vous dire : ${list.join(', ')} ?`
        : 'Code postal inconnu : vérifiez les 5 chiffres.',
      suggestions,
    };
  }
  const name = normaliseSearchText(input);
  const suggestions =
    name.length < SEARCH_MIN_LENGTH
      ? []
      : await communesFor(
          db,
          sql`SELECT c.code, 0 AS k1, similarity(c.search_name, ${name}) AS k2, c.population AS k3
              FROM communes c
              WHERE similarity(c.search_name, ${name}) > 0.2
              ORDER BY k2 DESC, k3 DESC LIMIT ${limit}`,
        );
  const list = suggestions.map((c) => `${c.name} (${c.department.code})`);
  return {
    message: list.length
      ? `Commune inconnue. Vouliez-vous dire : ${list.join(', ')} ?`
      : 'Commune inconnue : vérifiez l’orthographe ou saisissez le code postal.',
    suggestions,
  };
}

/** A populated commune with one of its postal codes: where seeded data is placed, weighted by population. */
export interface PopulatedPlace {
  code: string;
  postalCode: string;
  departmentCode: string;
  regionCode: string;
  population: number;
  /** The commune's centre. */
  latitude: number;
  longitude: number;
}

/**
 * Every populated commune (municipal arrondissements rather than their city) with its lowest postal
 * code, in code order: the same list for the same dataset, so seeded data drawn from it is repeatable.
 */
export async function populatedPlaces(db: Executor): Promise<PopulatedPlace[]> {
  const rows = rowsOf<{
    code: string;
    postal_code: string | null;
    department_code: string;
    region_code: string;
    population: number | string;
    latitude: number | string;
    longitude: number | string;
  }>(
    await db.execute(sql`
      SELECT c.code, c.department_code, c.region_code, c.population, c.latitude, c.longitude,
             (SELECT min(p.postal_code) FROM commune_postal_codes p WHERE p.commune_code = c.code) AS postal_code
      FROM communes c
      WHERE c.population > 0 AND NOT EXISTS (SELECT 1 FROM communes a WHERE a.parent_code = c.code)
      ORDER BY c.code`),
  );
  return rows.flatMap((r) =>
    r.postal_code === null
      ? []
      : [
          {
            code: r.code,
            postalCode: r.postal_code,
            departmentCode: r.department_code,
            regionCode: r.region_code,
            population: Number(r.population),
            latitude: Number(r.latitude),
            longitude: Number(r.longitude),
          },
        ],
  );
}

const byFrenchName = new Intl.Collator('fr').compare;

export async function listRegions(db: Executor): Promise<Region[]> {
  const rows = rowsOf<Region>(await db.execute(sql`SELECT code, name, slug FROM regions`));
  return rows.sort((a, b) => byFrenchName(a.name, b.name));
}

/** Departments by code (the order people know them by), optionally of one region. */
export async function listDepartments(db: Executor, filter: { regionCode?: string } = {}): Promise<Department[]> {
  return rowsOf<Department>(
    await db.execute(sql`
      SELECT code, name, slug, region_code AS "regionCode" FROM departments
      ${filter.regionCode ? sql`WHERE region_code = ${filter.regionCode}` : sql``}
      ORDER BY code`),
  );
}

export async function findRegionBySlug(db: Executor, slug: string): Promise<Region | null> {
  return rowsOf<Region>(await db.execute(sql`SELECT code, name, slug FROM regions WHERE slug = ${slug}`))[0] ?? null;
}

export async function findRegionByCode(db: Executor, code: string): Promise<Region | null> {
  return rowsOf<Region>(await db.execute(sql`SELECT code, name, slug FROM regions WHERE code = ${code}`))[0] ?? null;
}

export async function findDepartmentBySlug(db: Executor, slug: string): Promise<Department | null> {
  return (
    rowsOf<Department>(
      await db.execute(sql`SELECT code, name, slug, region_code AS "regionCode" FROM departments WHERE slug = ${slug}`),
    )[0] ?? null
  );
}

export async function findDepartmentByCode(db: Executor, code: string): Promise<Department | null> {
  return (
    rowsOf<Department>(
      await db.execute(sql`SELECT code, name, slug, region_code AS "regionCode" FROM departments WHERE code = ${code}`),
    )[0] ?? null
  );
}
