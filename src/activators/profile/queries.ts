// The public profile's read: only an active profile of a kind the directory lists has a public page.
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import { DIRECTORY_KINDS, type ActivatorKind } from '../kinds.js';

type Executor = Pick<Db, 'execute'>;

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

interface Row {
  slug: string;
  kind: ActivatorKind;
  first_name: string;
  last_name: string;
  photo_file: string | null;
  structure_name: string | null;
  structure_website: string | null;
  structure_social_url: string | null;
  commune_code: string | null;
  commune_name: string | null;
  postal_code: string;
  department_code: string | null;
  region_code: string | null;
  latitude: number | string | null;
  longitude: number | string | null;
  themes: string[];
  sectors: string[];
  territory_departments: string[];
  presentation: string;
  client_references: string;
  video_urls: string[];
  offer_url: string | null;
  website: string | null;
  social_url: string | null;
  charter_version: string | null;
  activated_at: Date | string | null;
}

export async function findPublicProfile(db: Executor, slug: string): Promise<PublicProfile | null> {
  const kinds = sql.join(
    DIRECTORY_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      SELECT a.slug, a.kind, a.first_name, a.last_name, a.photo_file, s.name AS structure_name, s.website AS structure_website,
             s.social_url AS structure_social_url, a.commune_code, a.commune_name, a.postal_code, a.department_code, a.region_code,
             a.latitude, a.longitude, a.themes, a.sectors, a.territory_departments, a.presentation, a.client_references,
             a.video_urls, a.offer_url, a.website, a.social_url, a.charter_version, a.activated_at
      FROM activators a
      LEFT JOIN structures s ON s.id = a.structure_id
      WHERE a.slug = ${slug} AND a.status = 'active' AND a.kind IN (${kinds})`),
  );
  if (!row) return null;
  return {
    slug: row.slug,
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    photoFile: row.photo_file,
    structureName: row.structure_name,
    structureWebsite: row.structure_website,
    structureSocialUrl: row.structure_social_url,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    postalCode: row.postal_code,
    departmentCode: row.department_code,
    regionCode: row.region_code,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    themes: row.themes,
    sectors: row.sectors,
    territoryDepartments: row.territory_departments,
    presentation: row.presentation,
    clientReferences: row.client_references,
    videoUrls: row.video_urls,
    offerUrl: row.offer_url,
    website: row.website,
    socialUrl: row.social_url,
    charterVersion: row.charter_version,
    activatedAt: row.activated_at === null ? null : new Date(row.activated_at),
  };
}
