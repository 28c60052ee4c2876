// The geography domain's public face: other domains reach communes, regions and distances only from here.
export { geoRoutes } from './routes.js';
export { distanceKm, EARTH_RADIUS_KM, type LatLon } from './distance.js';
export { normaliseSearchText, slugify } from './normalize.js';
export {
  ensureGeography,
  formatCoverage,
  geographyCoverage,
  type EnsureGeographyOptions,
  type GeographyCoverage,
} from './use-cases/ensure-geography.js';
export { loadGeographyForTests, type TestGeographyOptions } from './use-cases/load-geography-for-tests.js';
export { importCommuneCentres, type ImportCentresResult, type RowError } from './use-cases/import-commune-centres.js';
export {
  findCommuneByCode,
  findCommunesByPostalCode,
  findDepartmentByCode,
  findDepartmentBySlug,
  findRegionByCode,
  findRegionBySlug,
  listDepartments,
  listRegions,
  populatedPlaces,
  searchCommunes,
  suggestCommunes,
  type Commune,
  type Department,
  type PopulatedPlace,
  type Region,
  type Suggestions,
} from './queries.js';
export {
  createGeocoder,
  ignGeocoder,
  offlineGeocoder,
  IGN_GEOCODING_URL,
  type GeocodedPosition,
  type GeocodeRequest,
  type Geocoder,
  type IgnGeocoderOptions,
} from './geocoder.js';
