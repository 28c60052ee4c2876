import { boolean, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
});

export const departments = pgTable('departments', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  regionCode: text('region_code').notNull(),
});

/** Every commune (and municipal arrondissement of Paris, Lyon, Marseille), by INSEE code. */
export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** Lower case, no accents, hyphens and apostrophes as spaces: what autocomplete matches. */
    searchName: text('search_name').notNull(),
    departmentCode: text('department_code').notNull(),
    regionCode: text('region_code').notNull(),
    population: integer('population').notNull().default(0),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** false: no published centre for it; the position is an approximation ("position approximative"). */
    positionExact: boolean('position_exact').notNull(),
    /** How the position was found: exact, imported, locality, postal-code or department (see dataset.ts). */
    positionSource: text('position_source').notNull().default('exact'),
    /** For a municipal arrondissement, the commune it belongs to. */
    parentCode: text('parent_code'),
  },
  (t) => [
    index('communes_department_idx').on(t.departmentCode),
    index('communes_search_trgm_idx').using('gin', t.searchName.op('gin_trgm_ops')),
    // Autocomplete's prefix search ("saint e…") whatever the database's collation.
    index('communes_search_prefix_idx').on(t.searchName.op('text_pattern_ops')),
    index('communes_parent_idx').on(t.parentCode),
  ],
);

export const communePostalCodes = pgTable(
  'commune_postal_codes',
  {
    postalCode: text('postal_code').notNull(),
    communeCode: text('commune_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postalCode, t.communeCode] }), index('commune_postal_codes_commune_idx').on(t.communeCode)],
);

/** Which dataset the geography tables hold: start-up skips the load when it is already there. */
export const geoDataset = pgTable('geo_dataset', {
  id: text('id').primaryKey(),
  version: text('version').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Commune centres an operator loaded from an official file (npm run geo:import): they outlive dataset reloads. */
export const communeImportedCentres = pgTable('commune_imported_centres', {
  communeCode: text('commune_code').primaryKey(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
