import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema.js';
import { activators } from '../activators/schema.js';

/** en_cours: being answered (resumable); termine: scored, counted in the comparisons. */
export const ASSESSMENT_STATUSES = ['en_cours', 'termine'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One self-assessment (autodiagnostic), taken without an account. It is reached only through its
 * random token (the private link): the id never leaves the database. The token is stored as is, not
 * hashed: it opens nothing but this row, which a reader of the database sees anyway.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    token: text('token').notNull().unique(),
    /** The questionnaire version it was answered with: a result stays readable after a new version. */
    questionnaireVersion: text('questionnaire_version').notNull(),
    status: text('status').$type<AssessmentStatus>().notNull(),
    /** The step to show when the visitor comes back. */
    currentStep: smallint('current_step').notNull().default(1),
    /** The furthest step the visitor may open: every step before it was validated. */
    reachedStep: smallint('reached_step').notNull().default(1),
    sizeBand: text('size_band'),
    /** NAF rév. 2 section, A to U. */
    sector: text('sector'),
    customerType: text('customer_type'),
    postalCode: text('postal_code'),
    companyAge: text('company_age'),
    /** From the postal code (a postal code is not a commune: only the department is derived). */
    departmentCode: text('department_code'),
    regionCode: text('region_code'),
    /** The centre of the postal code's most populous commune: the nearest activators are measured from it. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The business owner's account it is saved in (none for an anonymous result). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The activator it was taken with, when started from the activator's space. */
    activatorId: uuid('activator_id').references(() => activators.id, { onDelete: 'set null' }),
    /** Question id → chosen answer ids, checked against the questionnaire version. */
    answers: jsonb('answers').$type<Record<string, string[]>>().notNull().default({}),
    /** Theme slug → score 0–100, or null for a theme that does not concern the business. */
    themeScores: jsonb('theme_scores').$type<Record<string, number | null>>(),
    overallScore: smallint('overall_score'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /**
     * Set by the retention job two years after a result taken without an account: the postal code is cut
     * to the department and the answers dropped; the profile and scores stay, so it still counts.
     */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    check('assessments_status_check', sql`${t.status} IN ('en_cours', 'termine')`),
    check('assessments_overall_score_check', sql`${t.overallScore} BETWEEN 0 AND 100`),
    index('assessments_completed_idx').on(t.completedAt).where(sql`${t.status} = 'termine'`),
    index('assessments_user_idx').on(t.userId, t.completedAt).where(sql`${t.userId} IS NOT NULL`),
    // "Entreprises à accompagner": the completed results of a department, newest first.
    index('assessments_department_idx').on(t.departmentCode, t.completedAt).where(sql`${t.status} = 'termine'`),
  ],
);

/**
 * The consent to be contacted by an activator of the territory: the proof (wording version, date) and
 * its withdrawal. A consent given again after a withdrawal is a new row, so the history stays whole.
 */
export const assessmentConsents = pgTable(
  'assessment_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    wordingVersion: text('wording_version').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /**
     * How the business agreed to be reached: a name and an e-mail address or a phone number, shown only
     * to an activator who clicks "Je prends contact". Erased on withdrawal and by the retention job.
     */
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
  },
  (t) => [
    index('assessment_consents_assessment_idx').on(t.assessmentId),
    uniqueIndex('assessment_consents_active_idx').on(t.assessmentId).where(sql`${t.withdrawnAt} IS NULL`),
  ],
);

/**
 * How many completed assessments reached each overall score (0–100), per comparison group: the
 * result page reads at most 101 rows per group instead of counting 300,000 results. Kept in step by
 * the statement that completes an assessment; `rebuildScoreCounts` recomputes it from the results.
 * Group keys: `tous`, `secteur:<A-U>`, `taille:<band>`, `secteur-taille:<A-U>:<band>`.
 */
export const assessmentScoreCounts = pgTable(
  'assessment_score_counts',
  {
    groupKey: text('group_key').notNull(),
    score: smallint('score').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupKey, t.score] })],
);

/**
 * Who contacted a consenting business from "Entreprises à accompagner", and when: the log an activator
 * leaves by revealing the contact details, and what tells the others it was already contacted.
 */
export const assessmentContacts = pgTable(
  'assessment_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    contactedAt: timestamp('contacted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('assessment_contacts_pair_idx').on(t.assessmentId, t.activatorId),
    index('assessment_contacts_activator_idx').on(t.activatorId),
  ],
);

/**
 * An activator following a business's progress: the owner's explicit agreement (with its date) lets
 * that activator, and only that one, see the owner's successive results. Withdrawn at any time; a new
 * agreement after a withdrawal is a new row.
 */
export const assessmentFollowUps = pgTable(
  'assessment_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    /** Names as they were at the agreement, so each side's page needs no other domain's table. */
    ownerName: text('owner_name').notNull(),
    activatorName: text('activator_name').notNull(),
    agreedAt: timestamp('agreed_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('assessment_follow_ups_activator_idx').on(t.activatorId),
    uniqueIndex('assessment_follow_ups_active_idx').on(t.ownerUserId, t.activatorId).where(sql`${t.withdrawnAt} IS NULL`),
  ],
);
