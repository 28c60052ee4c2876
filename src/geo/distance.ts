export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Mean radius of the Earth (IUGG), the sphere every distance of the platform is measured on. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km (haversine formula), good to a few metres at French distances. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const toRad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * toRad;
  const dLon = (b.longitude - a.longitude) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * toRad) * Math.cos(b.latitude * toRad) * Math.sin(dLon / 2) ** 2;
  // min() guards against a rounding error pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
