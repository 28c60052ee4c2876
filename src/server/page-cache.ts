import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One page as kept: its HTML and the same bytes compressed once with each encoding a browser asks for. */
interface Entry {
  /** Strong validator of the HTML; each encoding gets its own ETag derived from it. */
  hash: string;
  html: Buffer;
  br: Buffer;
  gzip: Buffer;
  expiresAt: number;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Compressed once per content change, so the best ratio is affordable (a few ms for a page). */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
const GZIP = { level: 9 };

/**
 * A small in-process cache of whole pages for visitors (no session, no flash message): the public
 * pages most people land on are the same for everyone. Pages are kept already compressed (Brotli
 * and gzip), sent as is with `Vary: Accept-Encoding` and an ETag per encoding (a browser holding the
 * page gets a 304).
 *
 * Invalidation: an entry lives `ttlMs` at most, so a change made through another process shows within
 * that delay; `invalidate()` clears this process's entries at once. When an entry expires the page is
 * rendered again (cheap) and compressed again only if its HTML changed. Never kept: the page of a
 * signed-in user, a page shown with a flash message, a render that set a cookie (a form's CSRF token).
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number = Date.now) {}

  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    ttlMs: number,
    render: () => string,
  ): Promise<FastifyReply> {
    const cacheable = !request.currentUser && !hasFlash(request);
    reply.type('text/html; charset=utf-8');
    const now = this.now();
    const kept = cacheable ? this.entries.get(key) : undefined;
    if (kept && kept.expiresAt > now) return sendEntry(request, reply.header('x-cache', 'hit'), kept);
    const body = render();
    if (!cacheable || reply.hasHeader('set-cookie') || reply.statusCode !== 200) {
      // Personal: compressed by the app's compression plugin like any other page, never kept.
      return reply.header('x-cache', 'miss').header('cache-control', 'private, no-store').send(body);
    }
    const html = Buffer.from(body, 'utf8');
    const hash = createHash('sha256').update(html).digest('base64url').slice(0, 27);
    const entry: Entry =
      kept && kept.hash === hash
        ? { ...kept, expiresAt: now + ttlMs }
        : { hash, html, br: brotliCompressSync(html, BROTLI), gzip: gzipSync(html, GZIP), expiresAt: now + ttlMs };
    this.entries.set(key, entry);
    return sendEntry(request, reply.header('x-cache', 'miss'), entry);
  }

  invalidate(): void {
    this.entries.clear();
  }
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
  const encoding = preferredEncoding(request.headers['accept-encoding']);
  const etag = encoding === 'identity' ? `"${entry.hash}"` : `"${entry.hash}-${encoding}"`;
  // Shared caches may keep it per encoding; browsers check it again (ETag) before reusing it.
  reply.header('vary', 'accept-encoding').header('etag', etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  if (encoding === 'identity') return reply.send(entry.html);
  return reply.header('content-encoding', encoding).send(encoding === 'br' ? entry.br : entry.gzip);
}

/** Brotli, else gzip, else none, as the Accept-Encoding header allows (q=0 refuses; `*` counts). */
export function preferredEncoding(header: string | string[] | undefined): Encoding {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const weights = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** A flash message waits in a cookie: the page that shows it is personal. */
export function hasFlash(request: FastifyRequest): boolean {
  return Object.keys(request.cookies ?? {}).some((name) => name.endsWith('flash'));
}
