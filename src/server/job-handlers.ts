import type { JobHandlers } from '../jobs/index.js';
import { MAIL_JOB, mailJobHandler, smtpTransport, type MailTransport } from '../mail/index.js';
import type { AppContext } from './context.js';

/** Every kind of background job the app runs, with its dependencies. Domains add theirs here. */
export function jobHandlers(ctx: AppContext, transport?: MailTransport): JobHandlers {
  const handlers: JobHandlers = {};
  const mailTransport = transport ?? (ctx.config.smtpUrl ? smtpTransport(ctx.config.smtpUrl) : undefined);
  if (mailTransport) {
    handlers[MAIL_JOB] = mailJobHandler({ db: ctx.db, clock: ctx.clock, transport: mailTransport, from: ctx.config.mailFrom });
  }
  return handlers;
}
