// What the contact requests (another domain) need to know of an activator: who can be written to,
// their name and e-mail to forward a request, and the commitments promised to a business.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { CONTACTABLE_KINDS, KINDS, type ActivatorKind } from './kinds.js';
import { publicName } from './directory/present.js';
import { charterInForce, charterVersion } from './registration/charter.js';
import { activators, structures } from './schema.js';

export interface ContactTarget {
  id: string;
  slug: string;
  kind: ActivatorKind;
  /** The name a visitor reads (the person, or the company for solution providers). */
  name: string;
  firstName: string;
  structureName: string | null;
  email: string;
  userId: string | null;
  communeName: string | null;
  postalCode: string;
  /** Active and of a kind that takes contact requests. */
  contactable: boolean;
  /** The charter's promises to a business, in the version the activator accepted. */
  commitments: string[];
}

/** The first four commitments of the charter are the ones a business is promised. */
const PROMISED_COMMITMENTS = 4;

export function promisedCommitments(version: string | null, now: Date): string[] {
  const charter = (version && charterVersion(version)) || charterInForce(now);
  return charter.commitments.slice(0, PROMISED_COMMITMENTS).map((c) => c.title);
}

const columns = {
  id: activators.id,
  slug: activators.slug,
  kind: activators.kind,
  status: activators.status,
  firstName: activators.firstName,
  lastName: activators.lastName,
  email: activators.email,
  userId: activators.userId,
  communeName: activators.communeName,
  postalCode: activators.postalCode,
  charterVersion: activators.charterVersion,
  structureName: structures.name,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null };

function present(row: Row, now: Date): ContactTarget {
  const kind = row.kind as ActivatorKind;
  return {
    id: row.id!,
    slug: row.slug ?? '',
    kind,
    name: publicName({ kind, firstName: row.firstName ?? '', lastName: row.lastName ?? '', structureName: row.structureName }),
    firstName: row.firstName ?? '',
    structureName: row.structureName,
    email: row.email ?? '',
    userId: row.userId,
    communeName: row.communeName,
    postalCode: row.postalCode ?? '',
    contactable: row.status === 'active' && row.slug !== null && KINDS[kind].contactable,
    commitments: promisedCommitments(row.charterVersion, now),
  };
}

/** Activators with a public page, by slug (whatever their kind: the caller says why one is refused). */
export async function findContactTargetsBySlug(db: Db, slugs: string[], now: Date): Promise<ContactTarget[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(and(inArray(activators.slug, slugs), eq(activators.status, 'active')));
  return rows.map((r) => present(r, now));
}

/** Activators by id, whatever their status (a request stays readable after a profile is withdrawn). */
export async function findContactTargetsById(db: Db, ids: string[], now: Date): Promise<ContactTarget[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(inArray(activators.id, [...new Set(ids)]));
  return rows.map((r) => present(r, now));
}

/** Active, contactable activators whose name, structure or commune contains the words (accents and case ignored). */
export async function searchContactTargets(db: Db, query: string, now: Date, limit = 10): Promise<ContactTarget[]> {
  const words = query.trim();
  if (words.length < 2) return [];
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: unknown) => sql`immutable_unaccent(lower(coalesce(${column}, ''))) LIKE immutable_unaccent(lower(${pattern}))`;
  const rows = await db
    .select(columns)
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(
      and(
        eq(activators.status, 'active'),
        inArray(activators.kind, [...CONTACTABLE_KINDS]),
        sql`(${like(sql`${activators.firstName} || ' ' || ${activators.lastName}`)} OR ${like(structures.name)} OR ${like(activators.communeName)} OR ${activators.postalCode} = ${words})`,
      ),
    )
    .orderBy(activators.lastName, activators.firstName)
    .limit(limit);
  return rows.map((r) => present(r, now));
}
