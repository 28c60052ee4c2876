// The company registry port: fills in a structure's name and address from its SIRET and tells
// whether the establishment is closed. Offline by default; the real adapter calls the public
// "Recherche d'entreprises" API (recherche-entreprises.api.gouv.fr, 7 requests/s per IP, 429 with
// Retry-After beyond). "Not found" means unknown, never invalid: non-diffusible companies are absent.

export interface RegistryCompany {
  siret: string;
  name: string;
  addressLine: string;
  postalCode: string;
  communeCode: string | null;
  closed: boolean;
}

export type RegistryAnswer =
  | { status: 'found'; company: RegistryCompany }
  /** `hors-ligne`: no adapter configured; `non-trouve`: absent from the public registry; `injoignable`: time-out, errors, rate limit. */
  | { status: 'unknown'; reason: 'hors-ligne' | 'non-trouve' | 'injoignable' };

export interface CompanyRegistry {
  /** false when no lookup can ever answer (the page then says so instead of offering one). */
  readonly online: boolean;
  lookup(siret: string): Promise<RegistryAnswer>;
}

export const offlineRegistry: CompanyRegistry = {
  online: false,
  lookup: async () => ({ status: 'unknown', reason: 'hors-ligne' }),
};

export interface RechercheEntreprisesOptions {
  fetch?: typeof globalThis.fetch;
  baseUrl?: string;
  timeoutMs?: number;
  /** Further tries after a 429. */
  retries?: number;
  /** A Retry-After longer than this is not waited for: the answer is "unknown" and the form goes on. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
}

interface ApiEstablishment {
  siret?: string;
  adresse?: string;
  code_postal?: string | null;
  commune?: string | null;
  etat_administratif?: string;
}
interface ApiResult {
  nom_complet?: string;
  nom_raison_sociale?: string | null;
  siege?: ApiEstablishment;
  matching_etablissements?: ApiEstablishment[];
}

/** "19 RUE DE LA POSTE 31700 CORNEBARRIEU" → "19 RUE DE LA POSTE" (postal code and town are kept apart). */
function streetOf(address: string, postalCode: string | null | undefined): string {
  if (!postalCode) return address.trim();
  const at = address.indexOf(postalCode);
  return (at > 0 ? address.slice(0, at) : address).trim();
}

/** Seconds or an HTTP date, as RFC 9110 allows. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

export function rechercheEntreprisesRegistry(options: RechercheEntreprisesOptions = {}): CompanyRegistry {
  const {
    fetch = globalThis.fetch,
    baseUrl = 'https://recherche-entreprises.api.gouv.fr',
    timeoutMs = 4000,
    retries = 2,
    maxWaitMs = 5000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    userAgent = 'Abeille (plateforme d’accompagnement au numérique des TPE/PME)',
  } = options;

  return {
    online: true,
    async lookup(siret) {
      const url = `${baseUrl}/search?q=${encodeURIComponent(siret)}&page=1&per_page=1`;
      for (let attempt = 0; attempt <= retries; attempt++) {
        let response: Response;
        try {
          response = await fetch(url, { headers: { accept: 'application/json', 'user-agent': userAgent }, signal: AbortSignal.timeout(timeoutMs) });
        } catch {
          return { status: 'unknown', reason: 'injoignable' };
        }
        if (response.status === 429) {
          const wait = retryAfterMs(response.headers.get('retry-after'));
          if (attempt === retries || wait > maxWaitMs) return { status: 'unknown', reason: 'injoignable' };
          await sleep(wait);
          continue;
        }
        if (response.status === 404) return { status: 'unknown', reason: 'non-trouve' };
        if (!response.ok) return { status: 'unknown', reason: 'injoignable' };
        let body: { results?: ApiResult[] };
        try {
          body = (await response.json()) as { results?: ApiResult[] };
        } catch {
          return { status: 'unknown', reason: 'injoignable' };
        }
        for (const result of body.results ?? []) {
          const establishments = [...(result.matching_etablissements ?? []), ...(result.siege ? [result.siege] : [])];
          const found = establishments.find((e) => e.siret === siret);
          if (!found) continue;
          const name = (result.nom_complet ?? result.nom_raison_sociale ?? '').trim();
          return {
            status: 'found',
            company: {
              siret,
              name,
              addressLine: streetOf(found.adresse ?? '', found.code_postal),
              postalCode: found.code_postal ?? '',
              communeCode: found.commune ?? null,
              closed: found.etat_administratif === 'F',
            },
          };
        }
        return { status: 'unknown', reason: 'non-trouve' };
      }
      return { status: 'unknown', reason: 'injoignable' };
    },
  };
}
