import { createRequire } from 'node:module';

/**
 * Where a postal code lies, as far as its digits tell. A postal code is not a commune (one code covers
 * several communes and the reverse), so it is only used for the department and region, for comparisons
 * and, later, to find activators of the territory. The first digits give the department for nearly
 * every code; a few border communes are served by a post office of the neighbouring department, which
 * a lookup in the geo domain's postal code table can correct (see `PostalCodeLocator`).
 */
export interface Territory {
  departmentCode: string;
  regionCode: string;
  /** The centre of the code's main commune, when the geography knows it (to measure distances). */
  latitude?: number;
  longitude?: number;
}

/** A port: given a well-formed postal code, its territory, or null when no French territory has it. */
export type PostalCodeLocator = (postalCode: string) => Promise<Territory | null>;

const require = createRequire(import.meta.url);
// INSEE's Code officiel géographique as published by Etalab (also the geo domain's source).
const DEPARTMENTS: { code: string; region: string; zone: string }[] = require('@etalab/decoupage-administratif/data/departements.json');
const REGION_OF = new Map(DEPARTMENTS.map((d) => [d.code, d.region]));

/** The Terres australes et antarctiques (984) and Clipperton (989) have no postal code of their own. */
const UNINHABITED = new Set(['984', '989']);

export const POSTAL_CODE_PATTERN = /^\d{5}$/;

/** The department a postal code belongs to by its digits, or null when none does (00…, 96…, Monaco). */
export function departmentOfPostalCode(postalCode: string): string | null {
  if (!POSTAL_CODE_PATTERN.test(postalCode)) return null;
  const two = postalCode.slice(0, 2);
  const three = postalCode.slice(0, 3);
  let department: string;
  if (two === '20') {
    // Corsica: 200xx and 201xx are Corse-du-Sud, 202xx to 206xx Haute-Corse.
    const n = Number(three);
    if (n <= 201) department = '2A';
    else if (n <= 206) department = '2B';
    else return null;
  } else if (two === '97') {
    // Saint-Barthélemy and Saint-Martin kept Guadeloupe's postal codes when they became collectivities.
    if (postalCode === '97133') department = '977';
    else if (postalCode === '97150') department = '978';
    else department = three;
  } else if (two === '98') {
    department = three;
  } else {
    department = two;
  }
  return REGION_OF.has(department) && !UNINHABITED.has(department) ? department : null;
}

/** The offline locator: the department from the digits, its region from the official list. */
export const locateByDigits: PostalCodeLocator = async (postalCode) => {
  const departmentCode = departmentOfPostalCode(postalCode);
  if (!departmentCode) return null;
  return { departmentCode, regionCode: REGION_OF.get(departmentCode)! };
};

export function regionOfDepartment(departmentCode: string): string | undefined {
  return REGION_OF.get(departmentCode);
}
