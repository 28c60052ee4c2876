// Public page addresses: prenom-nom for people, the company name for solution providers
// (issue 4), accents removed, made unique with -2, -3… in the order pages are created.
import { and, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { KINDS, type ActivatorKind } from './kinds.js';
import { activators } from './schema.js';

/** "Élodie D'Aubigné-Lœw" → "elodie-d-aubigne-loew"; never empty. */
export function slugifyName(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'activateur';
}

export interface SlugSource {
  kind: ActivatorKind;
  firstName: string;
  lastName: string;
  /** The structure's name, used for the kinds whose page is named after the company. */
  structureName?: string | null;
}

/** The slug before de-duplication. */
export function baseSlug(source: SlugSource): string {
  if (KINDS[source.kind].pageNamedAfter === 'company' && source.structureName?.trim()) {
    return slugifyName(source.structureName);
  }
  return slugifyName(`${source.firstName} ${source.lastName}`);
}

/** The first of base, base-2, base-3… not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * A slug no other activator holds. `exceptActivatorId` keeps an activator's own slug available to it.
 * The unique index on activators.slug is the final guard against a concurrent twin: a caller that
 * loses that race retries.
 */
export async function allocateSlug(db: Db, source: SlugSource, exceptActivatorId?: string): Promise<string> {
  const base = baseSlug(source);
  const sameBase = or(eq(activators.slug, base), like(activators.slug, `${base}-%`));
  const rows = await db
    .select({ slug: activators.slug })
    .from(activators)
    .where(exceptActivatorId ? and(sameBase, ne(activators.id, exceptActivatorId)) : sameBase);
  return firstFreeSlug(base, rows.map((r) => r.slug).filter((s): s is string => s !== null));
}
