import type { Db } from '../db/client.js';
import { findCommunesByPostalCode } from '../geo/index.js';
import { locateByDigits, type PostalCodeLocator } from './postal-code.js';

/**
 * The postal code's territory from the geo domain's communes: a postal code may cover communes of two
 * departments (Paray-Vieille-Poste, in Essonne, has 94390), so the most populous one decides. A code
 * no commune has (a CEDEX code) or a database without communes yet falls back on the code's digits.
 */
export function postalCodeLocator(db: Db): PostalCodeLocator {
  return async (postalCode) => {
    const communes = await findCommunesByPostalCode(db, postalCode);
    if (communes.length === 0) return locateByDigits(postalCode);
    const largest = communes.reduce((a, b) => (b.population > a.population ? b : a));
    return { departmentCode: largest.department.code, regionCode: largest.region.code, latitude: largest.latitude, longitude: largest.longitude };
  };
}
