// What the server draws over the base map: the visible part (all of France, or the search's circle)
// and the markers, close communes grouped into one numbered marker so the map stays readable.
import type { MapPoint } from '../queries.js';
import { MAP_HEIGHT, MAP_WIDTH, project, unitsPerKm, type Point } from './projection.js';

export interface MapView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapCircle {
  cx: number;
  cy: number;
  r: number;
}

export interface MapMarker {
  x: number;
  y: number;
  /** Activators in the marker. */
  count: number;
  /** Communes grouped in it. */
  communes: number;
  /** Its biggest commune (where a click searches around, for a group). */
  label: string;
  postalCode: string;
  /** The profile, for a marker holding a single activator. */
  slug: string | null;
}

export const FULL_VIEW: MapView = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };

/** How many grid cells across the visible width markers are grouped into (about 40 px apart on screen). */
export const CELLS_ACROSS = 12;
/** The view extends this far beyond the search's radius. */
const VIEW_MARGIN = 1.15;

/** The square around a search's circle, a little wider so markers at its edge are whole. */
export function viewAround(
  center: { latitude: number; longitude: number; departmentCode?: string | null },
  radiusKm: number,
): { view: MapView; circle: MapCircle } | null {
  const c = project(center.latitude, center.longitude, center.departmentCode);
  if (!c) return null;
  const r = radiusKm * unitsPerKm(center.latitude, center.longitude, center.departmentCode);
  const half = Math.max(r * VIEW_MARGIN, 6);
  return { view: { x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half }, circle: { cx: c.x, cy: c.y, r } };
}

/**
 * The grid, in degrees, the database groups a search's activators on before they are drawn: one cell
 * of the drawn grid, so a dense area sends a few hundred groups at most, not every commune.
 */
export function gridAround(latitude: number, radiusKm: number): { latDegrees: number; lonDegrees: number } {
  const cellKm = (2 * VIEW_MARGIN * radiusKm) / CELLS_ACROSS;
  return { latDegrees: cellKm / 111.195, lonDegrees: cellKm / (111.195 * Math.cos((latitude * Math.PI) / 180)) };
}

/** All of France (no place searched): cells of about a third of a degree, regrouped when drawn. */
export const NATIONAL_GRID = { latDegrees: 0.25, lonDegrees: 0.35 };

/** Groups the points that fall in the same grid cell of the view; the biggest groups first. */
export function clusterPoints(points: MapPoint[], view: MapView): MapMarker[] {
  const cell = view.width / CELLS_ACROSS;
  const groups = new Map<string, { sx: number; sy: number; count: number; communes: number; top: MapPoint; topCount: number; slug: string | null }>();
  for (const point of points) {
    const p: Point | null = project(point.latitude, point.longitude, point.departmentCode);
    if (!p) continue;
    if (p.x < view.x || p.x > view.x + view.width || p.y < view.y || p.y > view.y + view.height) continue;
    const key = `${Math.floor((p.x - view.x) / cell)}:${Math.floor((p.y - view.y) / cell)}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { sx: p.x * point.count, sy: p.y * point.count, count: point.count, communes: 1, top: point, topCount: point.count, slug: point.slug });
      continue;
    }
    group.sx += p.x * point.count;
    group.sy += p.y * point.count;
    group.count += point.count;
    group.communes += 1;
    group.slug = null;
    if (point.count > group.topCount) {
      group.top = point;
      group.topCount = point.count;
    }
  }
  return [...groups.values()]
    .map((g) => ({
      x: g.sx / g.count,
      y: g.sy / g.count,
      count: g.count,
      communes: g.communes,
      label: g.top.communeName ?? g.top.postalCode,
      postalCode: g.top.postalCode,
      slug: g.count === 1 ? g.slug : null,
    }))
    .sort((a, b) => b.count - a.count);
}

/** Marker radius in map units: readable at any zoom, a little bigger for bigger groups. */
export function markerRadius(view: MapView, count: number): number {
  const base = view.width / 110;
  return count === 1 ? base : base * (1.25 + Math.min(1.2, Math.log10(count) * 0.6));
}
