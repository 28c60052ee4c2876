// Department and region names, asked of the geography once per database and kept: they change with
// the official geographic code, once a year, never between two page views.
import type { Db } from '../../db/client.js';
import { listDepartments, listRegions, type Department, type Region } from '../../geo/index.js';

interface Areas {
  departments: Department[];
  regions: Region[];
  departmentByCode: Map<string, Department>;
  regionByCode: Map<string, Region>;
  regionBySlug: Map<string, Region>;
}

const cache = new WeakMap<object, { at: number; areas: Promise<Areas> }>();
const TTL_MS = 10 * 60_000;

export function areas(db: Db): Promise<Areas> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.areas;
  const loading = (async () => {
    const [departments, regions] = await Promise.all([listDepartments(db), listRegions(db)]);
    return {
      departments,
      regions,
      departmentByCode: new Map(departments.map((d) => [d.code, d])),
      regionByCode: new Map(regions.map((r) => [r.code, r])),
      regionBySlug: new Map(regions.map((r) => [r.slug, r])),
    };
  })();
  // An empty geography (not loaded yet) is not kept: the next request asks again.
  const entry = { at: Date.now(), areas: loading };
  cache.set(db, entry);
  loading.then(
    (a) => {
      if (a.regions.length === 0 && cache.get(db) === entry) cache.delete(db);
    },
    () => {
      if (cache.get(db) === entry) cache.delete(db);
    },
  );
  return loading;
}
