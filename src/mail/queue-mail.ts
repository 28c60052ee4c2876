import { enqueueJob } from '../jobs/index.js';
import type { AppContext } from '../server/context.js';
import { outboxMails } from './schema.js';
import { MAIL_JOB } from './send-mail.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Which template wrote it (for the outbox page and the tests), e.g. "verification-email". */
  template: string;
}

/**
 * Writes the mail to the outbox first, so nothing is lost: with SMTP configured a job sends it
 * (and retries while the server is down); without, it stays in the outbox for the operators' page.
 */
export async function queueMail(ctx: AppContext, message: MailMessage): Promise<void> {
  const now = ctx.clock.now();
  const smtp = Boolean(ctx.config.smtpUrl);
  const [row] = await ctx.db
    .insert(outboxMails)
    .values({
      recipient: message.to.trim().toLowerCase(),
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      template: message.template,
      status: smtp ? 'en_attente' : 'conserve',
      createdAt: now,
    })
    .returning({ id: outboxMails.id });
  if (smtp) {
    await enqueueJob(ctx.db, { kind: MAIL_JOB, payload: { mailId: row!.id }, runAt: now, maxAttempts: 12 }, now);
  } else if (ctx.config.environment === 'development') {
    console.info(`\n✉️  Courriel conservé (pas de SMTP) pour ${message.to} : ${message.subject}\n${message.text}\n`);
  }
}
