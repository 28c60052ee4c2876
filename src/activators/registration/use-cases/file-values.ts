import { eq } from 'drizzle-orm';
import { findCommuneByCode } from '../../../geo/index.js';
import { structures, type activators } from '../../schema.js';
import type { ActivatorsDeps } from '../deps.js';
import { normalizePhone, normalizeUrl, videoUrls, type RegistrationDraft, type StructureValues } from '../draft.js';
import { findStructureById, findStructureBySiret, type ActivatorRow, type StructureRow } from '../queries.js';
import { normalizeSiret } from '../siret.js';

// From the draft's typed values to the file's columns: shared by the submission and by the edits
// an active activator makes to the live profile.

/**
 * The structure the draft names: the one joined, or the one described (created, or joined when
 * another activator created it meanwhile; corrected in place when it is the file's own).
 */
export async function structureForDraft(deps: ActivatorsDeps, activator: ActivatorRow, s: StructureValues, now: Date): Promise<StructureRow | null> {
  if (s.choix === 'existante') return findStructureById(deps.db, s.structure_id);
  if (s.choix !== 'nouvelle') return null;
  const siret = normalizeSiret(s.siret);
  const values = {
    name: s.raison_sociale.trim(),
    addressLine: s.adresse.trim(),
    postalCode: s.code_postal.trim(),
    communeCode: s.commune_code ?? null,
    website: normalizeUrl(s.site_web),
    socialUrl: normalizeUrl(s.reseau_social),
  };
  const own = activator.structureId ? await findStructureById(deps.db, activator.structureId) : null;
  if (own && own.siret === siret) {
    const [updated] = await deps.db.update(structures).set(values).where(eq(structures.id, own.id)).returning();
    return updated ?? null;
  }
  const [created] = await deps.db.insert(structures).values({ siret, ...values, createdAt: now }).onConflictDoNothing({ target: structures.siret }).returning();
  return created ?? findStructureBySiret(deps.db, siret);
}

/** The columns the draft sets (person, place and position, activity, links). */
export async function fileColumns(deps: Pick<ActivatorsDeps, 'db'>, draft: RegistrationDraft, structure: StructureRow): Promise<Partial<typeof activators.$inferInsert>> {
  const person = draft.personne!;
  const s = draft.structure!;
  const activity = draft.activite!;
  const communeCode = s.adresse_propre ? (s.commune_code_perso ?? null) : structure.communeCode;
  const commune = communeCode ? await findCommuneByCode(deps.db, communeCode) : null;
  return {
    structureId: structure.id,
    kind: activity.categorie as ActivatorRow['kind'],
    firstName: person.prenom.trim(),
    lastName: person.nom.trim(),
    email: person.email.trim().toLowerCase(),
    phone: normalizePhone(person.telephone) ?? person.telephone.trim(),
    ownAddress: s.adresse_propre,
    addressLine: s.adresse_propre ? s.adresse_perso.trim() : structure.addressLine,
    postalCode: s.adresse_propre ? s.code_postal_perso.trim() : structure.postalCode,
    communeCode: commune?.code ?? null,
    communeName: commune?.name ?? null,
    latitude: commune?.latitude ?? null,
    longitude: commune?.longitude ?? null,
    positionExact: false,
    departmentCode: commune?.department.code ?? null,
    regionCode: commune?.region.code ?? null,
    themes: [...new Set(activity.domaines)],
    sectors: [...new Set(activity.secteurs)],
    territoryDepartments: [...new Set(activity.territoire)],
    presentation: activity.presentation.trim(),
    clientReferences: activity.references.trim(),
    videoUrls: videoUrls(activity.videos).map((u) => normalizeUrl(u)!),
    offerUrl: normalizeUrl(activity.lien_offre),
    website: normalizeUrl(s.site_web) ?? structure.website,
    socialUrl: normalizeUrl(s.reseau_social),
  };
}
