import { createHash } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rateLimitCounters } from './schema.js';

export interface RateLimitRule {
  /** How many hits a window accepts; the next one is refused. */
  limit: number;
  windowMs: number;
  now: Date;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** Seconds until the window ends (0 when allowed): what to tell the visitor. */
  retryAfterSeconds: number;
}

/**
 * Fixed windows aligned on multiples of `windowMs`: every process computes the same window for
 * the same instant, so counters stored in the database are shared by all of them.
 */
function windowOf(windowMs: number, now: Date): { start: Date; end: number } {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: start + windowMs };
}

/**
 * Counts one hit for `key` and says whether it is within the limit. The increment is a single
 * upsert, so concurrent requests (on any process) can never slip more than `limit` hits through.
 */
export async function hit(db: Db, key: string, { limit, windowMs, now }: RateLimitRule): Promise<RateLimitVerdict> {
  const window = windowOf(windowMs, now);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart: window.start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  // Old windows of this key are of no use any more; removing them here keeps the table small.
  await db.delete(rateLimitCounters).where(and(eq(rateLimitCounters.key, key), lt(rateLimitCounters.windowStart, window.start)));
  const allowed = (row?.count ?? 1) <= limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((window.end - now.getTime()) / 1000)) };
}

/**
 * Takes back one hit of the current window: for limits that count failures only (a successful
 * login gives its attempt back, so only wrong passwords add up).
 */
export async function release(db: Db, key: string, { windowMs, now }: Omit<RateLimitRule, 'limit'>): Promise<void> {
  const window = windowOf(windowMs, now);
  await db
    .update(rateLimitCounters)
    .set({ count: sql`${rateLimitCounters.count} - 1` })
    .where(and(eq(rateLimitCounters.key, key), eq(rateLimitCounters.windowStart, window.start), gt(rateLimitCounters.count, 0)));
}

/**
 * A counter key such as "connexion-ip:3f2a…": what is counted (an address, an IP) is personal
 * data, so the table only keeps a hash of it.
 */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;
}

/** Removes the windows that started before `before` (for a periodic clean-up job). */
export async function purgeRateLimitCounters(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, before));
}

/** "15 minutes", "1 minute", "30 secondes": the wait told to a visitor, in French. */
export function frenchDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes > 1 ? 's' : ''}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} heure${hours > 1 ? 's' : ''}`;
}
