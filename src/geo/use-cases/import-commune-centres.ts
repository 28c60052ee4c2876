import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import { parseCsv } from '../csv.js';
import { distanceKm } from '../distance.js';
import { normaliseSearchText } from '../normalize.js';

export interface RowError {
  line: number;
  message: string;
}

export type ImportCentresResult =
  | { ok: true; updated: number; rows: number; errors: RowError[] }
  | { ok: false; field: 'file'; message: string };

/**
 * A centre further than this from the commune's current position (exact or approximate) is
 * refused: it is almost always latitude and longitude swapped, or another commune's code.
 */
const MAX_SHIFT_KM = 300;

interface Columns {
  code: number;
  latitude: number;
  longitude: number;
}

/** Finds the columns by their header; in a file without a header they are code, latitude, longitude. */
function columnsOf(header: string[]): Columns | null {
  const names = header.map((h) => normaliseSearchText(h));
  // Files such as INSEE/IGN's give both a town-hall and a centre position: the centre is preferred.
  const find = (test: (name: string) => boolean) => {
    const centre = names.findIndex((n) => test(n) && n.includes('centre'));
    return centre >= 0 ? centre : names.findIndex(test);
  };
  const code = find(
    (n) => n.includes('insee') || ['code', 'codgeo', 'com', 'depcom', 'code commune', 'code geo', 'cog'].includes(n),
  );
  const latitude = find((n) => n.startsWith('lat') || n === 'y');
  const longitude = find((n) => n.startsWith('lon') || n.startsWith('lng') || n === 'x');
  return code >= 0 && latitude >= 0 && longitude >= 0 ? { code, latitude, longitude } : null;
}

function parseCoordinate(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  // A French spreadsheet writes "45,7578".
  const text = raw.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** "1001" (a spreadsheet dropped the leading zero) is 01001; Corsica's codes are 2A/2B. */
function parseCode(raw: string | undefined): string | null {
  const text = (raw ?? '').trim().toUpperCase();
  if (/^\d{4}$/.test(text)) return `0${text}`;
  return /^(\d{5}|2[AB]\d{3})$/.test(text) ? text : null;
}

/**
 * Loads an official file of commune centres (INSEE code, latitude, longitude): the good rows
 * become exact positions (kept across dataset reloads), each bad row is reported with its line.
 */
export async function importCommuneCentres(db: Db, input: { text: string }): Promise<ImportCentresResult> {
  const { rows } = parseCsv(input.text);
  if (rows.length === 0) return { ok: false, field: 'file', message: 'Le fichier est vide.' };
  const first = rows[0]!;
  const hasHeader = parseCoordinate(first.cells[1]) === null && parseCoordinate(first.cells[2]) === null;
  const columns = hasHeader ? columnsOf(first.cells) : { code: 0, latitude: 1, longitude: 2 };
  if (!columns) {
    return {
      ok: false,
      field: 'file',
      message:
        `Ligne 1 : colonnes du code INSEE, de la latitude et de la longitude introuvables dans l’en-tête ` +
        `(« ${first.cells.join(' | ')} »). Nommez-les par exemple code_insee, latitude, longitude.`,
    };
  }
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.length === 0) return { ok: false, field: 'file', message: 'Le fichier ne contient aucune ligne de données.' };

  const errors: RowError[] = [];
  const centres = new Map<string, { line: number; latitude: number; longitude: number }>();
  for (const row of data) {
    const code = parseCode(row.cells[columns.code]);
    const latitude = parseCoordinate(row.cells[columns.latitude]);
    const longitude = parseCoordinate(row.cells[columns.longitude]);
    if (!code) errors.push({ line: row.line, message: `code INSEE « ${row.cells[columns.code] ?? ''} » invalide (5 caractères, comme 69123 ou 2A004)` });
    else if (latitude === null || latitude < -90 || latitude > 90)
      errors.push({ line: row.line, message: `latitude « ${row.cells[columns.latitude] ?? ''} » invalide (un nombre entre -90 et 90)` });
    else if (longitude === null || longitude < -180 || longitude > 180)
      errors.push({ line: row.line, message: `longitude « ${row.cells[columns.longitude] ?? ''} » invalide (un nombre entre -180 et 180)` });
    else centres.set(code, { line: row.line, latitude, longitude });
  }

  const codes = JSON.stringify([...centres.keys()]);
  const known = new Map(
    rowsOf<{ code: string; latitude: number; longitude: number }>(
      await db.execute(sql`SELECT code, latitude, longitude FROM communes WHERE code IN (SELECT jsonb_array_elements_text(${codes}::jsonb))`),
    ).map((r) => [r.code, { latitude: Number(r.latitude), longitude: Number(r.longitude) }]),
  );
  const accepted: { code: string; latitude: number; longitude: number }[] = [];
  for (const [code, centre] of centres) {
    const current = known.get(code);
    if (!current) {
      errors.push({ line: centre.line, message: `commune ${code} inconnue (code absent du Code officiel géographique chargé)` });
      continue;
    }
    const shift = distanceKm(current, centre);
    if (shift > MAX_SHIFT_KM) {
      errors.push({
        line: centre.line,
        message: `position à ${Math.round(shift)} km de la commune ${code} : latitude et longitude inversées, ou mauvais code ?`,
      });
      continue;
    }
    accepted.push({ code, latitude: centre.latitude, longitude: centre.longitude });
  }
  errors.sort((a, b) => a.line - b.line);

  if (accepted.length) {
    const payload = JSON.stringify(accepted);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        INSERT INTO commune_imported_centres (commune_code, latitude, longitude, imported_at)
        SELECT code, latitude, longitude, now()
        FROM jsonb_to_recordset(${payload}::jsonb) AS x(code text, latitude double precision, longitude double precision)
        ON CONFLICT (commune_code) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude, imported_at = excluded.imported_at`);
      await tx.execute(sql`
        UPDATE communes c SET latitude = x.latitude, longitude = x.longitude, position_exact = true, position_source = 'imported'
        FROM jsonb_to_recordset(${payload}::jsonb) AS x(code text, latitude double precision, longitude double precision)
        WHERE c.code = x.code`);
    });
  }
  return { ok: true, updated: accepted.length, rows: data.length, errors };
}
