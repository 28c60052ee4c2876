import { describe, expect, it } from 'vitest';
import { checkWebsite } from './website-check.js';

const now = new Date('2026-01-15T09:00:00Z');

/** A small web site served from a table: path → [status, body]. */
function site(pages: Record<string, [number, string]>) {
  const asked: string[] = [];
  const fetch = (async (input: string, init?: RequestInit) => {
    const url = new URL(input);
    asked.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    const [status, body] = pages[url.pathname] ?? [404, 'introuvable'];
    const response = new Response(init?.method === 'HEAD' ? null : body, { status, headers: { 'content-type': 'text/html' } });
    Object.defineProperty(response, 'url', { value: url.toString() });
    return response;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('la vérification du site web d’un activateur', () => {
  it('un site avec des mentions légales et sans lien cassé est bon', async () => {
    const { fetch } = site({
      '/': [200, '<a href="/offre">Notre offre</a> <a href="/mentions-legales">Mentions légales</a> <a href="https://ailleurs.fr/x">x</a>'],
      '/offre': [200, 'ok'],
      '/mentions-legales': [200, 'ok'],
    });
    expect(await checkWebsite('https://www.exemple.fr/', { fetch, now })).toEqual({ status: 'ok', checkedAt: now.toISOString(), problems: [] });
  });

  it('l’absence de mentions légales et les liens cassés sont relevés', async () => {
    const { fetch, asked } = site({ '/': [200, '<a href="/offre">Offre</a><a href="/tarifs#haut">Tarifs</a><a href="mailto:a@b.fr">écrire</a>'], '/tarifs': [200, 'ok'] });
    const result = await checkWebsite('https://www.exemple.fr/', { fetch, now });
    expect(result.status).toBe('problemes');
    expect(result.problems).toEqual(['Aucun lien vers des mentions légales sur la page d’accueil.', 'Liens cassés : /offre (404).']);
    expect(asked).not.toContain('HEAD /ailleurs');
  });

  it('un site qui ne répond pas est marqué injoignable', async () => {
    const fetch = (async () => {
      throw new Error('ECONNREFUSED');
    }) as unknown as typeof globalThis.fetch;
    expect(await checkWebsite('https://www.exemple.fr/', { fetch, now })).toMatchObject({ status: 'injoignable' });
    const down = site({ '/': [503, 'maintenance'] });
    expect(await checkWebsite('https://www.exemple.fr/', { fetch: down.fetch, now })).toMatchObject({ status: 'injoignable', problems: ['La page d’accueil répond par une erreur 503.'] });
  });
});
