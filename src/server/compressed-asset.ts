import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { preferredEncoding } from './page-cache.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

interface Compressed {
  br: Buffer;
  gzip: Buffer;
}

/**
 * A file that never changes at its address (a versioned stylesheet or script), compressed once at the
 * best quality, off the event loop, on its first request, then sent as is. Pages are compressed fast
 * at each request (app.ts); these are fetched by every first visit, so each byte saved counts more
 * than the few hundred milliseconds spent once per process.
 */
export class CompressedAsset {
  private compressed: Promise<Compressed> | null = null;

  constructor(
    private readonly body: Buffer,
    private readonly type: string,
  ) {}

  async send(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    reply.header('vary', 'accept-encoding').header('cache-control', 'public, max-age=31536000, immutable').type(this.type);
    if (encoding === 'identity') return reply.send(this.body);
    this.compressed ??= compress(this.body);
    try {
      const compressed = await this.compressed;
      return reply.header('content-encoding', encoding).send(compressed[encoding]);
    } catch (error) {
      // Never expected; the file is still served, and the next request tries again.
      this.compressed = null;
      request.log.error({ err: error }, 'compression d’un fichier statique en échec');
      return reply.send(this.body);
    }
  }
}

async function compress(body: Buffer): Promise<Compressed> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 9 }),
  ]);
  return { br, gzip: gz };
}
