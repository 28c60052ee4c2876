// The public profile's read: only an active profile of a kind the directory lists has a public page.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { DIRECTORY_KINDS, type ActivatorKind } from '../kinds.js';
import { activators, structures } from '../schema.js';

export interface PublicProfile {
  slug: string;
  kind: ActivatorKind;
  firstName: string;
  lastName: string;
  photoFile: string | null;
  structureName: string | null;
  structureWebsite: string | null;
  structureSocialUrl: string | null;
  communeCode: string | null;
  communeName: string | null;
  postalCode: string;
  departmentCode: string | null;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  themes: string[];
  sectors: string[];
  territoryDepartments: string[];
  presentation: string;
  clientReferences: string;
  videoUrls: string[];
  offerUrl: string | null;
  website: string | null;
  socialUrl: string | null;
  charterVersion: string | null;
  activatedAt: Date | null;
}

function selectProfile(db: Db) {
  return db
    .select({
      slug: activators.slug,
      kind: activators.kind,
      firstName: activators.firstName,
      lastName: activators.lastName,
      photoFile: activators.photoFile,
      structureName: structures.name,
      structureWebsite: structures.website,
      structureSocialUrl: structures.socialUrl,
      communeCode: activators.communeCode,
      communeName: activators.communeName,
      postalCode: activators.postalCode,
      departmentCode: activators.departmentCode,
      regionCode: activators.regionCode,
      latitude: activators.latitude,
      longitude: activators.longitude,
      themes: activators.themes,
      sectors: activators.sectors,
      territoryDepartments: activators.territoryDepartments,
      presentation: activators.presentation,
      clientReferences: activators.clientReferences,
      videoUrls: activators.videoUrls,
      offerUrl: activators.offerUrl,
      website: activators.website,
      socialUrl: activators.socialUrl,
      charterVersion: activators.charterVersion,
      activatedAt: activators.activatedAt,
    })
    .from(activators)
    .leftJoin(structures, eq(structures.id, activators.structureId))
    .where(
      and(eq(activators.slug, sql.placeholder('slug')), eq(activators.status, 'active'), inArray(activators.kind, [...DIRECTORY_KINDS])),
    )
    .prepare('activators_public_profile');
}

// A profile page is read far more often than anything else of an activator: the statement is
// prepared once per database (planned once by PostgreSQL, built once here).
const prepared = new WeakMap<Db, ReturnType<typeof selectProfile>>();

export async function findPublicProfile(db: Db, slug: string): Promise<PublicProfile | null> {
  let statement = prepared.get(db);
  if (!statement) {
    statement = selectProfile(db);
    prepared.set(db, statement);
  }
  const [row] = await statement.execute({ slug });
  if (!row || row.slug === null) return null;
  return { ...row, slug: row.slug };
}
