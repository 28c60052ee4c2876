import { sql } from 'drizzle-orm';
import { boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema.js';

/** docs/glossary.md: the five kinds of activators and what visitors see of each. */
export const ACTIVATOR_KINDS = ['conseiller', 'conseiller_financement', 'championne', 'offreur_solutions', 'institutionnel'] as const;
export type ActivatorKind = (typeof ACTIVATOR_KINDS)[number];

/** brouillon → en_attente → (a_corriger ⇄ en_attente) → validee → active → retiree; or refusee. */
export const REGISTRATION_STATUSES = ['brouillon', 'en_attente', 'a_corriger', 'validee', 'active', 'retiree', 'refusee'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The organisation an activator belongs to, identified by its SIRET. */
export const structures = pgTable(
  'structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siret: text('siret').notNull().unique(),
    name: text('name').notNull(),
    addressLine: text('address_line').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    communeCode: text('commune_code'),
    website: text('website'),
    socialUrl: text('social_url'),
    /** From the company registry when reachable: null = unknown, true = the establishment is closed. */
    registryClosed: boolean('registry_closed'),
    registryName: text('registry_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('structures_name_trgm_idx').using('gin', sql`immutable_unaccent(lower(${t.name})) gin_trgm_ops`)],
);

/** An activator: a named person attached to one structure, with a public profile once active. */
export const activators = pgTable(
  'activators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** prenom-nom, or the company name for solution providers; unique; set at activation. */
    slug: text('slug').unique(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    structureId: uuid('structure_id').references(() => structures.id),
    kind: text('kind').$type<ActivatorKind>().notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    photoFile: text('photo_file'),
    /** The photo's file name as sent: an operator's flag checks it names the person or the company. */
    photoOriginalName: text('photo_original_name'),
    /** Where the person works when not at the structure's address. */
    ownAddress: boolean('own_address').notNull().default(false),
    addressLine: text('address_line').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    communeCode: text('commune_code'),
    /** The commune's name, copied with its position so directory pages and the API need no join to geography. */
    communeName: text('commune_name'),
    /** Copied from the commune (or a street-level geocode) so a directory search needs no join. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    positionExact: boolean('position_exact').notNull().default(false),
    departmentCode: text('department_code'),
    regionCode: text('region_code'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    territoryDepartments: text('territory_departments').array().notNull().default(sql`'{}'::text[]`),
    presentation: text('presentation').notNull().default(''),
    clientReferences: text('client_references').notNull().default(''),
    videoUrls: text('video_urls').array().notNull().default(sql`'{}'::text[]`),
    offerUrl: text('offer_url'),
    website: text('website'),
    socialUrl: text('social_url'),
    charterVersion: text('charter_version'),
    charterAcceptedAt: timestamp('charter_accepted_at', { withTimezone: true }),
    signatoryName: text('signatory_name'),
    signatoryRole: text('signatory_role'),
    engagementLetterFile: text('engagement_letter_file'),
    /** The background check of the website (legal notice, broken links); null = not checked. */
    websiteCheck: jsonb('website_check').$type<WebsiteCheck>(),
    /** The registration form's values while a draft: nothing typed is lost. */
    draft: jsonb('draft'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('public.french_unaccent', coalesce(first_name,'') || ' ' || coalesce(last_name,'') || ' ' || coalesce(presentation,'') || ' ' || coalesce(client_references,''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('activators_status_idx').on(t.status),
    index('activators_user_idx').on(t.userId),
    // The directory's search reads only this index (an index-only scan) for the rows in a place's bounding
    // box: every column its filters, ordering, count and map groups use is in it. Details of the page's
    // 20 results are then read by id.
    index('activators_directory_position_idx')
      .on(
        t.latitude,
        t.longitude,
        t.kind,
        t.themes,
        t.sectors,
        t.communeCode,
        t.communeName,
        t.postalCode,
        t.departmentCode,
        t.slug,
        t.lastName,
        t.firstName,
        t.id,
      )
      .where(sql`status = 'active'`),
    index('activators_themes_idx').using('gin', t.themes),
    index('activators_search_idx').using('gin', t.searchVector),
    index('activators_region_idx').on(t.regionCode),
    // The directory without a place lists active profiles by name: read in index order, no sort.
    index('activators_directory_name_idx').on(t.lastName, t.firstName, t.id).where(sql`status = 'active'`),
  ],
);

export const DECISIONS = ['soumission', 'validation', 'demande_corrections', 'refus', 'activation', 'retrait', 'modification_revalidation'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The history of a file: every submission and decision, with who and when. */
export const activatorEvents = pgTable(
  'activator_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<Decision>().notNull(),
    actorUserId: uuid('actor_user_id'),
    /** The actor's name as it was at the time (the history stays readable if the account goes). */
    actorName: text('actor_name'),
    /** For a request for corrections: the problems ticked by the operator. */
    problems: jsonb('problems'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('activator_events_activator_idx').on(t.activatorId, t.createdAt)],
);

/** What the website check found: `injoignable` when the site could not be reached at all. */
export interface WebsiteCheck {
  status: 'ok' | 'problemes' | 'injoignable';
  checkedAt: string;
  problems: string[];
}

/** Activation links mailed on approval: single-use, 24 hours, only the token's hash is stored. */
export const activationTokens = pgTable(
  'activator_activation_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('activator_activation_tokens_activator_idx').on(t.activatorId)],
);

/**
 * Views of the public profiles, per activator and month ('YYYY-MM'): counted in memory by the profile
 * route and added here in one upsert per (activator, month) every minute and when the process stops.
 */
export const activatorProfileViews = pgTable(
  'activator_profile_views',
  {
    activatorId: uuid('activator_id')
      .notNull()
      .references(() => activators.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.activatorId, t.month] })],
);
