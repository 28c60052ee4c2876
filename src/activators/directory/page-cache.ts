// Whole public pages of the directory and the profiles, kept compressed for visitors without a session
// while the directory's version counter is unchanged (any change to an activator or a structure moves
// it, whatever process made it): a kept page is byte for byte what a new rendering would give.
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ExpiringCache } from './memo.js';

interface Entry {
  version: string;
  /** The page compressed once with Brotli; other encodings are derived on the rare request that asks. */
  brotli: Buffer;
}

/** The quality the rest of the site is compressed at (src/server/app.ts). */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 2 } };

function visitor(request: FastifyRequest): boolean {
  return !request.currentUser && !Object.keys(request.cookies ?? {}).some((name) => name.endsWith('flash'));
}

function send(request: FastifyRequest, reply: FastifyReply, brotli: Buffer): FastifyReply {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  reply.type('text/html; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bbr\b(?!;q=0(\.0*)?\b)/.test(accepted)) return reply.header('content-encoding', 'br').send(brotli);
  const html = brotliDecompressSync(brotli);
  if (/\bgzip\b(?!;q=0(\.0*)?\b)/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(html));
  return reply.send(html);
}

export class VersionedPageCache {
  private readonly entries: ExpiringCache<Entry>;
  constructor(maxEntries: number) {
    this.entries = new ExpiringCache<Entry>(maxEntries, 30 * 60_000);
  }

  /**
   * Sends the kept page for `key` when it was made at `version`, or renders, keeps and sends it. Only
   * a 200 for a visitor without session or message, that set no cookie, is kept.
   */
  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    version: string,
    render: () => Promise<{ html: string; status: number } | FastifyReply>,
  ): Promise<FastifyReply> {
    const cacheable = visitor(request);
    if (cacheable) {
      const hit = this.entries.get(key);
      if (hit && hit.version === version) return send(request, reply.header('x-cache', 'hit'), hit.brotli);
    }
    const rendered = await render();
    if (!('html' in rendered)) return rendered;
    if (!cacheable || rendered.status !== 200 || reply.hasHeader('set-cookie')) {
      return reply.code(rendered.status).type('text/html; charset=utf-8').send(rendered.html);
    }
    const brotli = brotliCompressSync(rendered.html, BROTLI);
    this.entries.set(key, { version, brotli });
    return send(request, reply.header('x-cache', 'miss'), brotli);
  }
}
