import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.js';
import type { Clock } from '../server/clock.js';
import { outboxMails } from './schema.js';

export const MAIL_JOB = 'envoyer-courriel';

/** The port to an SMTP server: nodemailer in production, a recording fake in tests. */
export interface MailTransport {
  send(mail: { from: string; to: string; subject: string; text: string; html: string }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
  };
}

/**
 * Sends one outbox mail. A failure is recorded on the mail and thrown again, so the job is retried
 * later with back-off; a mail already sent is never sent twice.
 */
export async function sendPendingMail(
  deps: { db: Db; clock: Clock; transport: MailTransport; from: string },
  mailId: string,
): Promise<void> {
  const [mail] = await deps.db.select().from(outboxMails).where(eq(outboxMails.id, mailId));
  if (!mail || mail.status === 'envoye') return;
  try {
    await deps.transport.send({ from: deps.from, to: mail.recipient, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
  } catch (error) {
    await deps.db
      .update(outboxMails)
      .set({ attempts: mail.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
      .where(eq(outboxMails.id, mailId));
    throw error;
  }
  await deps.db
    .update(outboxMails)
    .set({ status: 'envoye', attempts: mail.attempts + 1, sentAt: deps.clock.now(), lastError: null })
    .where(eq(outboxMails.id, mailId));
}

/** The job handler: sends the mail; after the last attempt the mail is marked as failed for the operators. */
export function mailJobHandler(deps: { db: Db; clock: Clock; transport: MailTransport; from: string }) {
  return async (payload: Record<string, unknown>, job: { attempts: number; maxAttempts: number }) => {
    const mailId = String(payload.mailId);
    try {
      await sendPendingMail(deps, mailId);
    } catch (error) {
      if (job.attempts >= job.maxAttempts) {
        await deps.db.update(outboxMails).set({ status: 'echec' }).where(eq(outboxMails.id, mailId));
      }
      throw error;
    }
  };
}
