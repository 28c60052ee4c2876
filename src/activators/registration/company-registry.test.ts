import { describe, expect, it } from 'vitest';
import { offlineRegistry, rechercheEntreprisesRegistry, retryAfterMs } from './company-registry.js';

const SIRET = '35600000049837';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

const FOUND = {
  results: [
    {
      nom_complet: 'LA POSTE',
      siege: { siret: '35600000000048', adresse: '9 RUE DU COLONEL PIERRE AVIA 75015 PARIS', code_postal: '75015', commune: '75115', etat_administratif: 'A' },
      matching_etablissements: [
        { siret: SIRET, adresse: '12 RUE DE LA REPUBLIQUE 69002 LYON', code_postal: '69002', commune: '69382', etat_administratif: 'F' },
      ],
    },
  ],
  total_results: 1,
};

/** A fetch that answers from a script and records what was asked. */
function scripted(...responses: (Response | Error)[]) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(String(url));
    const next = responses.shift();
    if (!next) throw new Error('plus de réponse prévue');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('le répertoire des entreprises (Recherche d’entreprises)', () => {
  it('sans réseau configuré, la réponse est « inconnu » et rien n’est appelé', async () => {
    expect(offlineRegistry.online).toBe(false);
    expect(await offlineRegistry.lookup(SIRET)).toEqual({ status: 'unknown', reason: 'hors-ligne' });
  });

  it('le nom, l’adresse et la fermeture de l’établissement sont repris du répertoire', async () => {
    const { fetch, calls } = scripted(answer(200, FOUND));
    const result = await rechercheEntreprisesRegistry({ fetch }).lookup(SIRET);
    expect(result).toEqual({
      status: 'found',
      company: { siret: SIRET, name: 'LA POSTE', addressLine: '12 RUE DE LA REPUBLIQUE', postalCode: '69002', communeCode: '69382', closed: true },
    });
    expect(calls[0]).toBe(`https://recherche-entreprises.api.gouv.fr/search?q=${SIRET}&page=1&per_page=1`);
  });

  it('une entreprise absente du répertoire est « inconnue », jamais invalide', async () => {
    const { fetch } = scripted(answer(200, { results: [], total_results: 0 }));
    expect(await rechercheEntreprisesRegistry({ fetch }).lookup(SIRET)).toEqual({ status: 'unknown', reason: 'non-trouve' });
  });

  it('après un 429, le délai Retry-After est respecté avant de réessayer', async () => {
    const waits: number[] = [];
    const { fetch, calls } = scripted(answer(429, { erreur: 'trop de requêtes' }, { 'retry-after': '2' }), answer(200, FOUND));
    const registry = rechercheEntreprisesRegistry({ fetch, sleep: async (ms) => void waits.push(ms) });
    const result = await registry.lookup(SIRET);
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);
    expect(result.status).toBe('found');
  });

  it('un Retry-After trop long ou des 429 répétés donnent « injoignable » sans bloquer le formulaire', async () => {
    const long = scripted(answer(429, {}, { 'retry-after': '120' }));
    expect(await rechercheEntreprisesRegistry({ fetch: long.fetch, sleep: async () => {} }).lookup(SIRET)).toEqual({ status: 'unknown', reason: 'injoignable' });
    expect(long.calls).toHaveLength(1);
    const repeated = scripted(answer(429, {}, { 'retry-after': '1' }), answer(429, {}, { 'retry-after': '1' }), answer(429, {}, { 'retry-after': '1' }));
    expect(await rechercheEntreprisesRegistry({ fetch: repeated.fetch, sleep: async () => {}, retries: 2 }).lookup(SIRET)).toEqual({ status: 'unknown', reason: 'injoignable' });
    expect(repeated.calls).toHaveLength(3);
  });

  it('un service trop lent est abandonné après le délai d’attente', async () => {
    const slow = (async (_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof globalThis.fetch;
    const started = Date.now();
    expect(await rechercheEntreprisesRegistry({ fetch: slow, timeoutMs: 50 }).lookup(SIRET)).toEqual({ status: 'unknown', reason: 'injoignable' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('une erreur du serveur ou une réponse illisible donnent « injoignable »', async () => {
    const { fetch } = scripted(answer(503, 'indisponible'), answer(200, 'pas du json'));
    const registry = rechercheEntreprisesRegistry({ fetch });
    expect(await registry.lookup(SIRET)).toEqual({ status: 'unknown', reason: 'injoignable' });
    expect(await registry.lookup(SIRET)).toEqual({ status: 'unknown', reason: 'injoignable' });
  });

  it('Retry-After se lit en secondes ou en date HTTP', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000);
  });
});
