import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** What a browser announces; the weights below are what travels with it. */
export const BROWSER_ENCODINGS = 'br, gzip';

export interface PageAssets {
  stylesheets: string[];
  /** Scripts a modern browser runs (module scripts and classic ones); `nomodule` ones are skipped by it. */
  scripts: string[];
  /** `nomodule` scripts: fetched only by old browsers, listed but not added. */
  legacyScripts: string[];
  images: string[];
  /** Fonts declared in the page itself (preloads); those of the stylesheets are found in them. */
  fonts: string[];
}

const TAG = /<(link|script|img)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    found.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The stylesheets, scripts, images and fonts a page's HTML asks for, in order, without duplicates. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], legacyScripts: [], images: [], fonts: [] };
  const add = (list: string[], url: string | undefined) => {
    if (url && !url.startsWith('data:') && !list.includes(url)) list.push(url);
  };
  for (const m of html.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2]!);
    if (tag === 'script') {
      add(attrs.has('nomodule') ? assets.legacyScripts : assets.scripts, attrs.get('src'));
    } else if (tag === 'img') {
      add(assets.images, attrs.get('src'));
    } else {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (rel.includes('stylesheet')) add(assets.stylesheets, href);
      else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(assets.images, href);
      else if (rel.includes('preload') && attrs.get('as') === 'font') add(assets.fonts, href);
      else if (rel.includes('modulepreload')) add(assets.scripts, href);
    }
  }
  return assets;
}

/**
 * The fonts a stylesheet declares (@font-face) and the stylesheets it imports, resolved against the
 * stylesheet's own address. For each face, the first source a modern browser takes (woff2 first).
 */
export function stylesheetReferences(css: string, base: string): { fonts: string[]; imports: string[] } {
  const fonts: string[] = [];
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const urls = [...face[1]!.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((u) => u[2]!);
    const chosen = urls.find((u) => /\.woff2(\?|#|$)/i.test(u)) ?? urls[0];
    if (chosen && !chosen.startsWith('data:')) {
      const resolved = new URL(chosen, base);
      const absolute = resolved.pathname + resolved.search;
      if (!fonts.includes(absolute)) fonts.push(absolute);
    }
  }
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/gi)].map((m) => {
    const resolved = new URL(m[2]!, base);
    return resolved.pathname + resolved.search;
  });
  return { fonts, imports };
}

export interface Transfer {
  url: string;
  status: number;
  /** Bytes on the wire for the body, as compressed by the server. */
  bytes: number;
  encoding: string;
  contentType: string;
  /** The decoded body, for the HTML and stylesheets that are parsed further. */
  text: string;
}

/** Fetches like a browser's first visit: compressed encodings accepted, nothing cached. */
export function fetchCompressed(baseUrl: string, path: string): Promise<Transfer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': BROWSER_ENCODINGS, accept: '*/*' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('error', reject);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(response.headers['content-encoding'] ?? 'identity');
        const contentType = String(response.headers['content-type'] ?? '');
        const textual = /text|javascript|json|xml|svg/.test(contentType);
        let text = '';
        if (textual) {
          const decoded = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
          text = decoded.toString('utf8');
        }
        resolve({ url: url.pathname + url.search, status: response.statusCode ?? 0, bytes: raw.length, encoding, contentType, text });
      });
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`délai dépassé pour ${url.href}`)));
    request.on('error', reject);
  });
}

export interface AssetWeight {
  url: string;
  bytes: number;
  encoding: string;
  status: number;
}

export interface PageWeight {
  path: string;
  html: AssetWeight;
  stylesheets: AssetWeight[];
  scripts: AssetWeight[];
  /** HTML + CSS + JS: the figure the budget is about. */
  totalBytes: number;
  fonts: AssetWeight[];
  fontBytes: number;
  images: AssetWeight[];
  imageBytes: number;
  legacyScripts: string[];
  /** Anything that did not answer 200: a missing asset makes the weight a lie. */
  failures: string[];
}

/** The path and query of an address, resolved against the page (everything is served by the app itself). */
function local(url: string, base: string): string {
  const resolved = new URL(url, base);
  return resolved.pathname + resolved.search;
}

const weightOf = (t: Transfer): AssetWeight => ({ url: t.url, bytes: t.bytes, encoding: t.encoding, status: t.status });
const sum = (list: AssetWeight[]) => list.reduce((n, a) => n + a.bytes, 0);

/** A page's first-load weight: its HTML, then every stylesheet and script it names, each fetched once. */
export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const page = await fetchCompressed(baseUrl, path);
  const found = pageAssets(page.text);
  const pageUrl = new URL(path, baseUrl).href;
  const stylesheetQueue = found.stylesheets.map((s) => local(s, pageUrl));
  const stylesheets: AssetWeight[] = [];
  const fontPaths = found.fonts.map((f) => local(f, pageUrl));
  while (stylesheetQueue.length > 0) {
    const next = stylesheetQueue.shift()!;
    if (stylesheets.some((s) => s.url === next)) continue;
    const transfer = await fetchCompressed(baseUrl, next);
    stylesheets.push(weightOf(transfer));
    const refs = stylesheetReferences(transfer.text, new URL(next, baseUrl).href);
    stylesheetQueue.push(...refs.imports);
    for (const f of refs.fonts) if (!fontPaths.includes(f)) fontPaths.push(f);
  }
  const fetchAll = async (paths: string[]) => {
    const out: AssetWeight[] = [];
    for (const p of paths) out.push(weightOf(await fetchCompressed(baseUrl, local(p, pageUrl))));
    return out;
  };
  const scripts = await fetchAll(found.scripts);
  const fonts = await fetchAll(fontPaths);
  const images = await fetchAll(found.images);
  const html = weightOf(page);
  const all = [html, ...stylesheets, ...scripts, ...fonts, ...images];
  return {
    path,
    html,
    stylesheets,
    scripts,
    totalBytes: html.bytes + sum(stylesheets) + sum(scripts),
    fonts,
    fontBytes: sum(fonts),
    images,
    imageBytes: sum(images),
    legacyScripts: found.legacyScripts,
    failures: all.filter((a) => a.status !== 200).map((a) => `${a.url} (${a.status})`),
  };
}
