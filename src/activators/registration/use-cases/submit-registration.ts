import { and, eq, inArray } from 'drizzle-orm';
import { findCommuneByCode } from '../../../geo/index.js';
import { activators, structures } from '../../schema.js';
import type { ActivatorsDeps } from '../deps.js';
import { normalizePhone, normalizeUrl, SECTION_TITLES, SECTIONS, videoUrls, type RegistrationDraft, type SectionKey } from '../draft.js';
import { enqueueChecks } from '../../validation/jobs.js';
import { mailAcknowledgement } from '../mails.js';
import { addEvent, findStructureById, findStructureBySiret, type ActivatorRow, type StructureRow } from '../queries.js';
import { normalizeSiret } from '../siret.js';
import { EDITABLE_STATUSES, isEditable, sectionErrors } from './save-section.js';

export interface MissingPiece {
  section: SectionKey;
  message: string;
}

export type SubmitResult = { ok: true } | { ok: false; missing: MissingPiece[] };

/** What still stands between the draft and the operators' queue, section by section. */
export async function missingPieces(deps: Pick<ActivatorsDeps, 'db'>, activator: ActivatorRow): Promise<MissingPiece[]> {
  const draft = (activator.draft as RegistrationDraft | null) ?? {};
  const missing: MissingPiece[] = [];
  for (const section of SECTIONS) {
    const errors = await sectionErrors(deps, draft, section, activator.structureId);
    if (Object.keys(errors).length > 0) missing.push({ section, message: `« ${SECTION_TITLES[section]} » est à compléter ou à corriger.` });
  }
  const kind = draft.activite?.categorie;
  if (!activator.photoFile && kind !== 'institutionnel') missing.push({ section: 'personne', message: 'Ajoutez votre photo.' });
  if (!draft.charter) missing.push({ section: 'engagement', message: 'Acceptez la charte d’engagement.' });
  if (!activator.engagementLetterFile) missing.push({ section: 'engagement', message: 'Envoyez la lettre d’engagement signée (PDF).' });
  return missing;
}

/**
 * Sends the file to the operators' queue: the draft's values become the file's, the structure is
 * created (or joined when another activator created it meanwhile), the position is copied from the
 * commune, the history records the submission and an acknowledgement is mailed.
 */
export async function submitRegistration(deps: ActivatorsDeps, activator: ActivatorRow): Promise<SubmitResult> {
  if (!isEditable(activator.status)) {
    return { ok: false, missing: [{ section: 'personne', message: 'Votre dossier a déjà été envoyé : il est en cours d’examen.' }] };
  }
  const missing = await missingPieces(deps, activator);
  if (missing.length > 0) return { ok: false, missing };
  const draft = activator.draft as RegistrationDraft;
  const person = draft.personne!;
  const s = draft.structure!;
  const activity = draft.activite!;
  const engagement = draft.engagement!;
  const now = deps.clock.now();

  let structure: StructureRow | null | undefined = s.choix === 'existante' ? await findStructureById(deps.db, s.structure_id) : null;
  if (s.choix === 'nouvelle') {
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
      // A file sent back for corrections: its own structure is corrected in place.
      [structure] = await deps.db.update(structures).set(values).where(eq(structures.id, own.id)).returning();
    } else {
      [structure] = await deps.db.insert(structures).values({ siret, ...values, createdAt: now }).onConflictDoNothing({ target: structures.siret }).returning();
      structure ??= (await findStructureBySiret(deps.db, siret)) ?? undefined;
    }
  }
  if (!structure) return { ok: false, missing: [{ section: 'structure', message: 'La structure choisie n’existe plus : choisissez-la de nouveau.' }] };

  const communeCode = s.adresse_propre ? (s.commune_code_perso ?? null) : structure.communeCode;
  const commune = communeCode ? await findCommuneByCode(deps.db, communeCode) : null;
  const resubmission = activator.status === 'a_corriger';
  const [updated] = await deps.db
    .update(activators)
    .set({
      status: 'en_attente',
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
      charterVersion: draft.charter!.version,
      charterAcceptedAt: new Date(draft.charter!.acceptedAt),
      signatoryName: engagement.signataire_nom.trim(),
      signatoryRole: engagement.signataire_fonction.trim(),
      websiteCheck: null,
      submittedAt: now,
      updatedAt: now,
    })
    .where(and(eq(activators.id, activator.id), inArray(activators.status, [...EDITABLE_STATUSES])))
    .returning();
  if (!updated) return { ok: false, missing: [{ section: 'personne', message: 'Votre dossier a déjà été envoyé : il est en cours d’examen.' }] };
  await addEvent(deps.db, {
    activatorId: activator.id,
    kind: 'soumission',
    actorUserId: activator.userId,
    actorName: `${updated.firstName} ${updated.lastName}`,
    message: resubmission ? 'Dossier corrigé et envoyé de nouveau.' : 'Dossier envoyé.',
    at: now,
  });
  await mailAcknowledgement(deps, { email: updated.email, firstName: updated.firstName }, resubmission);
  await enqueueChecks(deps, { registry: deps.registry, website: deps.websiteCheck }, { activatorId: activator.id, structureId: structure.id, website: updated.website });
  return { ok: true };
}
