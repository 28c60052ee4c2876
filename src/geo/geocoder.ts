import type { Db } from '../db/client.js';
import { findCommuneByCode, type Commune } from './queries.js';

export interface GeocodeRequest {
  /** INSEE code of the commune the address is in (already chosen by the user through autocomplete). */
  communeCode: string;
  /** Street address ("12 rue de la République"); absent, the commune centre is the answer. */
  address?: string;
  postalCode?: string;
}

export interface GeocodedPosition {
  latitude: number;
  longitude: number;
  /** How fine the position is: a house number, a street, a locality, or the commune centre. */
  precision: 'housenumber' | 'street' | 'locality' | 'commune';
  /** false only for a commune centre that is itself an approximation ("position approximative"). */
  positionExact: boolean;
  /** Who answered: the national address service or our commune table. */
  source: 'ign' | 'commune';
  /** The address as the service understood it (IGN only). */
  label?: string;
}

/** The geocoding port: a position for an address, or null when the commune is unknown. */
export interface Geocoder {
  geocode(request: GeocodeRequest): Promise<GeocodedPosition | null>;
}

function communeCentre(commune: Commune): GeocodedPosition {
  return {
    latitude: commune.latitude,
    longitude: commune.longitude,
    precision: 'commune',
    positionExact: commune.positionExact,
    source: 'commune',
  };
}

/** Without network: every address is placed at its commune's centre. */
export function offlineGeocoder(db: Pick<Db, 'execute'>): Geocoder {
  return {
    async geocode(request) {
      const commune = await findCommuneByCode(db, request.communeCode);
      return commune ? communeCentre(commune) : null;
    },
  };
}

/** INSEE codes of the municipal arrondissements of Paris (75101-75120), Lyon (69381-69389), Marseille (13201-13216). */
const ARRONDISSEMENT_PREFIX: Record<string, string> = { '75056': '751', '69123': '6938', '13055': '132' };

export const IGN_GEOCODING_URL = 'https://data.geopf.fr/geocodage/search';

export interface IgnGeocoderOptions {
  /** Injected in tests (the machine that runs them has no network). */
  fetch?: typeof globalThis.fetch;
  /** The whole budget for one address, retry included. */
  timeoutMs?: number;
  baseUrl?: string;
  /** Below this match score (0 to 1) the answer is not trusted. */
  minScore?: number;
  /** Told about every failure before falling back (for the logs). */
  onFailure?: (reason: string) => void;
}

interface IgnFeature {
  geometry?: { type?: string; coordinates?: unknown };
  properties?: { label?: string; score?: number; type?: string; citycode?: string };
}

/**
 * The IGN Géoplateforme geocoding service (Base Adresse Nationale) for street-level positions.
 * One retry on a server error, all within the time budget; on any failure (time-out, network,
 * HTTP error, malformed or low-score answer, another commune) the commune centre is used.
 */
export function ignGeocoder(db: Pick<Db, 'execute'>, options: IgnGeocoderOptions = {}): Geocoder {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const baseUrl = options.baseUrl ?? IGN_GEOCODING_URL;
  const minScore = options.minScore ?? 0.5;
  const fail = (reason: string) => options.onFailure?.(reason);

  async function ask(url: string, deadline: number): Promise<IgnFeature | null> {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('délai dépassé');
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new Error('délai dépassé'));
        }, remaining);
      });
      try {
        const response = await Promise.race([
          doFetch(url, { signal: controller.signal, headers: { accept: 'application/json' } }),
          timeout,
        ]);
        if (response.status >= 500 || response.status === 429) {
          if (attempt === 2) throw new Error(`réponse HTTP ${response.status}`);
          continue;
        }
        if (!response.ok) throw new Error(`réponse HTTP ${response.status}`);
        const body = (await Promise.race([response.json(), timeout])) as { features?: IgnFeature[] };
        return Array.isArray(body?.features) ? (body.features[0] ?? null) : null;
      } finally {
        clearTimeout(timer);
      }
    }
    return null;
  }

  return {
    async geocode(request) {
      const commune = await findCommuneByCode(db, request.communeCode);
      if (!commune) return null;
      const address = request.address?.trim();
      if (!address) return communeCentre(commune);
      // Paris, Lyon and Marseille: the service files addresses under their arrondissements.
      const isParent = commune.code in ARRONDISSEMENT_PREFIX;
      const params = new URLSearchParams({ q: address, index: 'address', limit: '1', autocomplete: '0' });
      if (!isParent) params.set('citycode', commune.code);
      if (request.postalCode) params.set('postcode', request.postalCode);
      try {
        const feature = await ask(`${baseUrl}?${params}`, Date.now() + timeoutMs);
        const position = featurePosition(feature, commune, isParent, minScore);
        if (typeof position === 'string') {
          fail(position);
          return communeCentre(commune);
        }
        return position;
      } catch (error) {
        fail((error as Error).message || String(error));
        return communeCentre(commune);
      }
    },
  };
}

function featurePosition(feature: IgnFeature | null, commune: Commune, isParent: boolean, minScore: number): GeocodedPosition | string {
  if (!feature) return 'adresse introuvable';
  const coordinates = feature.geometry?.coordinates;
  const [longitude, latitude] = Array.isArray(coordinates) ? coordinates : [];
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return 'réponse mal formée';
  }
  const props = feature.properties ?? {};
  if (typeof props.score !== 'number' || props.score < minScore) return `score trop faible (${props.score ?? '?'})`;
  const sameCommune =
    props.citycode === commune.code || (isParent && !!props.citycode?.startsWith(ARRONDISSEMENT_PREFIX[commune.code]!));
  if (!sameCommune) return `adresse trouvée dans une autre commune (${props.citycode ?? '?'})`;
  const precision = props.type === 'housenumber' || props.type === 'street' || props.type === 'locality' ? props.type : 'commune';
  return { latitude, longitude, precision, positionExact: true, source: 'ign', label: props.label };
}

/** The geocoder the configuration asks for (GEOCODER=offline|ign). */
export function createGeocoder(
  config: { geocoder: 'offline' | 'ign' },
  db: Pick<Db, 'execute'>,
  options: IgnGeocoderOptions = {},
): Geocoder {
  return config.geocoder === 'ign' ? ignGeocoder(db, options) : offlineGeocoder(db);
}
