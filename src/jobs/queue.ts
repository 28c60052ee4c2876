import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { jobs } from './schema.js';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** Work that must exist once only: a second job with the same key is not added. */
  uniqueKey?: string;
  maxAttempts?: number;
}

export async function enqueueJob(db: Db, job: NewJob, now: Date): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      runAt: job.runAt,
      uniqueKey: job.uniqueKey,
      maxAttempts: job.maxAttempts ?? 8,
      createdAt: now,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey });
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** A job locked this long ago belongs to a process that died: another may take it. */
export const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Takes the next due job for this worker. FOR UPDATE SKIP LOCKED lets several processes poll at
 * once without ever taking the same job; the lock time lets a crashed worker's job be taken again.
 */
export async function claimNextJob(db: Db, workerId: string, now: Date): Promise<ClaimedJob | null> {
  const abandonedBefore = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const result = await db.execute(sql`
    UPDATE jobs SET locked_at = ${now.toISOString()}, locked_by = ${workerId}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM jobs
      WHERE finished_at IS NULL AND failed_at IS NULL AND run_at <= ${now.toISOString()}
        AND (locked_at IS NULL OR locked_at < ${abandonedBefore.toISOString()})
      ORDER BY run_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, kind, payload, attempts, max_attempts`);
  const row = rowsOf<{ id: number | string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(result)[0];
  if (!row) return null;
  return { id: Number(row.id), kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts };
}

export async function completeJob(db: Db, job: ClaimedJob, workerId: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ finishedAt: now, lockedAt: null, lockedBy: null, lastError: null })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}

/** Exponential back-off: 30 s, 1 min, 2 min… up to 6 h; after the last attempt the job is marked failed. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export async function failJob(db: Db, job: ClaimedJob, workerId: string, error: unknown, now: Date): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const exhausted = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      lockedAt: null,
      lockedBy: null,
      lastError: message.slice(0, 2000),
      runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
      failedAt: exhausted ? now : null,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}
