import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { Clock } from '../server/clock.js';
import { claimNextJob, completeJob, failJob, type ClaimedJob } from './queue.js';

export type JobHandler = (payload: Record<string, unknown>, job: ClaimedJob) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface WorkerLog {
  error(obj: object, msg: string): void;
}

/** Runs every due job (up to `limit`), one at a time; returns how many ran. */
export async function runDueJobs(
  deps: { db: Db; clock: Clock; handlers: JobHandlers; log?: WorkerLog },
  options: { workerId?: string; limit?: number } = {},
): Promise<number> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const limit = options.limit ?? 100;
  let ran = 0;
  while (ran < limit) {
    const job = await claimNextJob(deps.db, workerId, deps.clock.now());
    if (!job) break;
    ran++;
    const handler = deps.handlers[job.kind];
    try {
      if (!handler) throw new Error(`aucun traitement pour les tâches « ${job.kind} »`);
      await handler(job.payload, job);
      await completeJob(deps.db, job, workerId, deps.clock.now());
    } catch (error) {
      deps.log?.error({ err: error, job: job.id, kind: job.kind }, 'job failed');
      await failJob(deps.db, job, workerId, error, deps.clock.now());
    }
  }
  return ran;
}

/** Polls for due jobs in the background of an app process; returns a function that stops it. */
export function startWorker(
  deps: { db: Db; clock: Clock; handlers: JobHandlers; log?: WorkerLog },
  intervalMs = 2_000,
): () => Promise<void> {
  const workerId = `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(deps, { workerId })
      .catch((error) => deps.log?.error({ err: error }, 'job worker error'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, 200);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
