import { and, eq, inArray } from 'drizzle-orm';
import { activators } from '../../schema.js';
import type { ActivatorsDeps } from '../deps.js';
import { SECTION_TITLES, SECTIONS, type RegistrationDraft, type SectionKey } from '../draft.js';
import { enqueueChecks } from '../../validation/jobs.js';
import { mailAcknowledgement } from '../mails.js';
import { addEvent, type ActivatorRow } from '../queries.js';
import { fileColumns, structureForDraft } from './file-values.js';
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
  const s = draft.structure!;
  const engagement = draft.engagement!;
  const now = deps.clock.now();

  const structure = await structureForDraft(deps, activator, s, now);
  if (!structure) return { ok: false, missing: [{ section: 'structure', message: 'La structure choisie n’existe plus : choisissez-la de nouveau.' }] };
  const resubmission = activator.status === 'a_corriger';
  const [updated] = await deps.db
    .update(activators)
    .set({
      status: 'en_attente',
      ...(await fileColumns(deps, draft, structure)),
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
