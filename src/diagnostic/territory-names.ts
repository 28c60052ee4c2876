import { createRequire } from 'node:module';

// Names of departments and regions from INSEE's Code officiel géographique as published by Etalab
// (the list the postal-code lookup and the geo domain use too): pages and open data files name places
// without a query.
const require = createRequire(import.meta.url);
const DEPARTMENTS: { code: string; nom: string; region: string }[] = require('@etalab/decoupage-administratif/data/departements.json');
const REGIONS_DATA: { code: string; nom: string }[] = require('@etalab/decoupage-administratif/data/regions.json');

const DEPARTMENT_NAMES = new Map(DEPARTMENTS.map((d) => [d.code, d.nom]));
const REGION_NAMES = new Map(REGIONS_DATA.map((r) => [r.code, r.nom]));

/** The regions, in the order of their INSEE codes. */
export const REGIONS: readonly { code: string; name: string }[] = REGIONS_DATA.map((r) => ({ code: r.code, name: r.nom })).sort((a, b) =>
  a.code.localeCompare(b.code),
);

export function departmentName(code: string | null | undefined): string | undefined {
  return code ? DEPARTMENT_NAMES.get(code) : undefined;
}

export function regionName(code: string | null | undefined): string | undefined {
  return code ? REGION_NAMES.get(code) : undefined;
}
