import type { FastifyReply, FastifyRequest } from 'fastify';

interface Entry {
  body: string;
  expiresAt: number;
}

/**
 * A small in-process cache of whole pages for visitors (no session, no flash message): the public
 * pages most people land on are the same for everyone. An entry lives `ttlMs` at most, so a change
 * made through another process shows within that delay; `invalidatePages()` clears this process's
 * entries at once when its own data changes. A render that set a cookie (a form's CSRF token) is
 * personal and never cached.
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
    const hit = cacheable ? this.entries.get(key) : undefined;
    reply.type('text/html; charset=utf-8');
    if (hit && hit.expiresAt > this.now()) return reply.header('x-cache', 'hit').send(hit.body);
    const body = render();
    if (cacheable && !reply.hasHeader('set-cookie')) {
      this.entries.set(key, { body, expiresAt: this.now() + ttlMs });
    }
    return reply.header('x-cache', 'miss').send(body);
  }

  invalidate(): void {
    this.entries.clear();
  }
}

function hasFlash(request: FastifyRequest): boolean {
  return Object.keys(request.cookies ?? {}).some((name) => name.endsWith('flash'));
}
