import { and, eq } from 'drizzle-orm';
import { activators } from '../../schema.js';
import type { ActivatorsDeps } from '../../registration/deps.js';
import type { RegistrationDraft, SectionKey } from '../../registration/draft.js';
import { mailAcknowledgement } from '../../registration/mails.js';
import { addEvent, findStructureById, type ActivatorRow } from '../../registration/queries.js';
import { normalizeSiret } from '../../registration/siret.js';
import { fileColumns, structureForDraft } from '../../registration/use-cases/file-values.js';
import { sectionErrors } from '../../registration/use-cases/save-section.js';
import { enqueueChecks } from '../../validation/jobs.js';

export type UpdateProfileResult = { ok: true; revalidation: boolean } | { ok: false; message: string };

const LIVE_SECTIONS: SectionKey[] = ['personne', 'structure', 'activite'];

/**
 * Applies an active activator's edits. A new structure (another SIRET) or another category sends the
 * file back to the operators' queue — the profile leaves the directory until validated again; any
 * other change is live at once.
 */
export async function applyProfileChanges(deps: ActivatorsDeps, activator: ActivatorRow): Promise<UpdateProfileResult> {
  if (activator.status !== 'active') return { ok: false, message: 'Votre fiche n’est pas active.' };
  const draft = (activator.draft as RegistrationDraft | null) ?? {};
  for (const section of LIVE_SECTIONS) {
    if (Object.keys(await sectionErrors(deps, draft, section, activator.structureId)).length > 0) {
      return { ok: false, message: 'Une section de votre fiche est incomplète : corrigez-la avant d’enregistrer.' };
    }
  }
  const s = draft.structure!;
  const current = activator.structureId ? await findStructureById(deps.db, activator.structureId) : null;
  const newSiret = s.choix === 'existante' ? ((await findStructureById(deps.db, s.structure_id))?.siret ?? null) : normalizeSiret(s.siret);
  const changes: string[] = [];
  if (!current || newSiret !== current.siret) changes.push('structure (SIRET)');
  if (draft.activite!.categorie !== activator.kind) changes.push('catégorie');
  const now = deps.clock.now();
  const structure = await structureForDraft(deps, activator, s, now);
  if (!structure) return { ok: false, message: 'La structure choisie n’existe plus : choisissez-la de nouveau.' };
  const columns = await fileColumns(deps, draft, structure);

  if (changes.length === 0) {
    await deps.db.update(activators).set({ ...columns, updatedAt: now }).where(and(eq(activators.id, activator.id), eq(activators.status, 'active')));
    return { ok: true, revalidation: false };
  }
  const [updated] = await deps.db
    .update(activators)
    .set({ ...columns, status: 'en_attente', submittedAt: now, updatedAt: now, websiteCheck: null })
    .where(and(eq(activators.id, activator.id), eq(activators.status, 'active')))
    .returning();
  if (!updated) return { ok: false, message: 'Votre fiche a changé entre-temps : rechargez la page.' };
  await addEvent(deps.db, {
    activatorId: activator.id,
    kind: 'modification_revalidation',
    actorUserId: activator.userId,
    actorName: `${updated.firstName} ${updated.lastName}`,
    message: `Modification à valider : ${changes.join(' et ')}.`,
    at: now,
  });
  await mailAcknowledgement(deps, { email: updated.email, firstName: updated.firstName }, true);
  await enqueueChecks(deps, { registry: deps.registry, website: deps.websiteCheck }, { activatorId: activator.id, structureId: structure.id, website: updated.website });
  return { ok: true, revalidation: true };
}
