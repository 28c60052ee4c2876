import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { activators } from '../activators/schema.js';

/** docs/glossary.md (`contactStatus`): nouvelle → prise_en_charge → close; or redirigee (to another activator). */
export const CONTACT_STATUSES = ['nouvelle', 'prise_en_charge', 'close', 'redirigee'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/**
 * A business's request to one activator. A request sent to several activators is stored once per
 * activator (each gets its own copy), the copies sharing `batchId`.
 */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id').notNull(),
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    status: text('status').$type<ContactStatus>().notNull(),
    name: text('name').notNull(),
    company: text('company').notNull(),
    siret: text('siret'),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    need: text('need').notNull(),
    theme: text('theme').notNull(),
    /** Proof of the consent: the wording's version and when the box was ticked. */
    consentVersion: text('consent_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** The self-assessment the business came from (its id, never its private token); no foreign key. */
    assessmentId: uuid('assessment_id'),
    /** Hash of the normalised content: the same request sent twice is stored once. */
    contentHash: text('content_hash'),
    /** When this copy was made by another activator's redirection: the request it came from. */
    redirectedFromId: uuid('redirected_from_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The last message either way: retention (3 years) counts from it. */
    lastExchangeAt: timestamp('last_exchange_at', { withTimezone: true }).notNull(),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Still without answer after 10 working days: shown to the operators. */
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    index('contact_requests_activator_idx').on(t.activatorId, t.createdAt),
    index('contact_requests_email_idx').on(t.email),
    index('contact_requests_hash_idx').on(t.contentHash, t.createdAt),
    index('contact_requests_open_idx').on(t.status, t.createdAt),
  ],
);

export const CONTACT_EVENT_KINDS = ['demande', 'reponse', 'statut', 'redirection', 'relance', 'signalement'] as const;
export type ContactEventKind = (typeof CONTACT_EVENT_KINDS)[number];

/** The history of a request: the request itself, every answer, status change, redirection and reminder. */
export const contactEvents = pgTable(
  'contact_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => contactRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContactEventKind>().notNull(),
    /** The author's name as it was (the business, the activator, or the platform). */
    authorName: text('author_name').notNull(),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('contact_events_request_idx').on(t.requestId, t.createdAt)],
);
