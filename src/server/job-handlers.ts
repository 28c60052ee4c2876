import { INACTIVE_ACCOUNTS_JOB, purgeExpiredAccountData, retireInactiveAccounts } from '../accounts/index.js';
import { activatorJobHandlers } from '../activators/index.js';
import { CONTACTS_DAILY_JOB, contactsJobHandlers } from '../contacts/index.js';
import { DIAGNOSTIC_RETENTION_JOB, diagnosticJobHandlers } from '../diagnostic/index.js';
import { enqueueJob, type JobHandlers } from '../jobs/index.js';
import { MAIL_JOB, mailJobHandler, smtpTransport, type MailTransport } from '../mail/index.js';
import type { AppContext } from './context.js';
import { DAY } from './clock.js';
import { personalDataContributors } from './personal-data.js';
import { purgeRateLimitCounters } from './rate-limit.js';

export const DAILY_CLEAN_UP_JOB = 'nettoyage-quotidien';

/** Every kind of background job the app runs, with its dependencies. Domains add theirs here. */
export function jobHandlers(ctx: AppContext, transport?: MailTransport): JobHandlers {
  const handlers: JobHandlers = {
    ...activatorJobHandlers(ctx),
    ...contactsJobHandlers(ctx),
    ...diagnosticJobHandlers(ctx),
    // Expired sessions, used or expired links, old rate-limit counters: nothing kept longer than needed.
    [DAILY_CLEAN_UP_JOB]: async () => {
      const now = ctx.clock.now();
      await purgeExpiredAccountData(ctx.db, now);
      await purgeRateLimitCounters(ctx.db, new Date(now.getTime() - DAY));
    },
    // Accounts unused for two years: warned, then deleted 30 days later with every domain's share.
    [INACTIVE_ACCOUNTS_JOB]: async () => {
      await retireInactiveAccounts(ctx, personalDataContributors(ctx.config.dataDir));
    },
  };
  const mailTransport = transport ?? (ctx.config.smtpUrl ? smtpTransport(ctx.config.smtpUrl) : undefined);
  if (mailTransport) {
    handlers[MAIL_JOB] = mailJobHandler({ db: ctx.db, clock: ctx.clock, transport: mailTransport, from: ctx.config.mailFrom });
  }
  return handlers;
}

/**
 * Recurring work is scheduled as ordinary jobs with a key per day: every process may call this
 * (at start and every hour), the unique key makes sure each day's job exists once.
 */
export async function scheduleRecurringJobs(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<void> {
  const now = ctx.clock.now();
  const day = now.toISOString().slice(0, 10);
  await enqueueJob(ctx.db, { kind: DAILY_CLEAN_UP_JOB, runAt: now, uniqueKey: `${DAILY_CLEAN_UP_JOB}:${day}`, maxAttempts: 3 }, now);
  await enqueueJob(ctx.db, { kind: DIAGNOSTIC_RETENTION_JOB, runAt: now, uniqueKey: `${DIAGNOSTIC_RETENTION_JOB}:${day}`, maxAttempts: 3 }, now);
  await enqueueJob(ctx.db, { kind: CONTACTS_DAILY_JOB, runAt: now, uniqueKey: `${CONTACTS_DAILY_JOB}:${day}`, maxAttempts: 3 }, now);
  await enqueueJob(ctx.db, { kind: INACTIVE_ACCOUNTS_JOB, runAt: now, uniqueKey: `${INACTIVE_ACCOUNTS_JOB}:${day}`, maxAttempts: 3 }, now);
}
