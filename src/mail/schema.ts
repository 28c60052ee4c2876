import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** en_attente: to be sent; envoye: accepted by SMTP; conserve: no SMTP configured, kept for reading. */
export const MAIL_STATUSES = ['en_attente', 'envoye', 'conserve', 'echec'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The durable outbox: every mail is written here first, so none is lost when SMTP is down. */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    template: text('template').notNull(),
    status: text('status').$type<MailStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_mails_created_idx').on(t.createdAt), index('outbox_mails_recipient_idx').on(t.recipient)],
);
