import type { Db } from '../../db/client.js';
import { cachedGeographyDataset } from '../dataset.js';
import { writeAreas, writeCommunes } from './ensure-geography.js';

export interface TestGeographyOptions {
  /** INSEE department codes whose communes to load, e.g. ['69', '75']. Regions and departments are always all loaded. */
  departments: string[];
}

/**
 * For tests of every domain: the real dataset, but only the communes of a few departments
 * (a fraction of a second instead of several seconds). Leaves no version marker, so a later
 * ensureGeography still loads the whole of France.
 */
export async function loadGeographyForTests(db: Db, options: TestGeographyOptions): Promise<{ communes: number }> {
  const dataset = cachedGeographyDataset();
  const known = new Set(dataset.departments.map((d) => d.code));
  const unknown = options.departments.filter((d) => !known.has(d));
  if (unknown.length) throw new Error(`Départements inconnus : ${unknown.join(', ')}`);
  const wanted = new Set(options.departments);
  const communes = dataset.communes.filter((c) => wanted.has(c.departmentCode));
  await writeAreas(db, dataset);
  await writeCommunes(db, communes);
  return { communes: communes.length };
}
