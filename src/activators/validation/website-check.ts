import type { WebsiteCheck } from '../schema.js';

// The website check behind the operators' flag: the home page answers, a legal notice page is
// linked (French law requires one on any professional site), and the site's own links are not
// broken. Run by a background job when the network allows; a file never checked says so.

export interface WebsiteCheckOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Links of the home page checked for breakage, at most. */
  maxLinks?: number;
  now: Date;
}

const LEGAL_NOTICE = /mentions[\s_-]*l[ée]gales|legal[\s_-]*notice|informations[\s_-]*l[ée]gales|\/mentions/i;

/** Links of the page, resolved, on the same site, without anchors or mail/phone links. */
export function sameSiteLinks(html: string, base: URL): URL[] {
  const found = new Map<string, URL>();
  for (const match of html.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"'#]+)["']/gi)) {
    try {
      const url = new URL(match[1]!, base);
      if (url.origin !== base.origin || !/^https?:$/.test(url.protocol)) continue;
      url.hash = '';
      found.set(url.toString(), url);
    } catch {
      // A malformed href is not our concern here.
    }
  }
  return [...found.values()];
}

export async function checkWebsite(address: string, options: WebsiteCheckOptions): Promise<WebsiteCheck> {
  const { fetch = globalThis.fetch, timeoutMs = 8000, maxLinks = 10, now } = options;
  const checkedAt = now.toISOString();
  const get = (url: string, method: 'GET' | 'HEAD') =>
    fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'Abeille (vérification des sites des activateurs)' } });
  let home: Response;
  try {
    home = await get(address, 'GET');
  } catch {
    return { status: 'injoignable', checkedAt, problems: ['Le site ne répond pas.'] };
  }
  if (!home.ok) return { status: 'injoignable', checkedAt, problems: [`La page d’accueil répond par une erreur ${home.status}.`] };
  const html = (await home.text()).slice(0, 2_000_000);
  const base = new URL(home.url || address);
  const problems: string[] = [];
  const anchors = [...html.matchAll(/<a\b[^>]*>[\s\S]*?<\/a>/gi)].map((m) => m[0]);
  if (!anchors.some((a) => LEGAL_NOTICE.test(a))) problems.push('Aucun lien vers des mentions légales sur la page d’accueil.');
  const broken: string[] = [];
  for (const link of sameSiteLinks(html, base).slice(0, maxLinks)) {
    try {
      let res = await get(link.toString(), 'HEAD');
      if (res.status === 405 || res.status === 501) res = await get(link.toString(), 'GET');
      if (res.status >= 400) broken.push(`${link.pathname} (${res.status})`);
    } catch {
      broken.push(`${link.pathname} (sans réponse)`);
    }
  }
  if (broken.length) problems.push(`Liens cassés : ${broken.join(', ')}.`);
  return { status: problems.length ? 'problemes' : 'ok', checkedAt, problems };
}
