import { eq } from 'drizzle-orm';
import { activators } from '../../schema.js';
import type { ActivatorsDeps } from '../deps.js';
import { checkLetter, reencodePhoto } from '../uploads.js';
import type { ActivatorRow } from '../queries.js';
import { isEditable } from './save-section.js';

export type UploadResult = { ok: true } | { ok: false; message: string };

const LOCKED = 'Votre dossier est en cours d’examen : il ne peut pas être modifié pour le moment.';

/** The name as sent, kept for the operators' flag only: never used as a path. */
function originalName(name: string): string {
  return name.replace(/[\u0000-\u001f\\/]/g, '').slice(-200);
}

/** A new photo replaces the previous one; only the redrawn copy is stored. */
export async function uploadPhoto(deps: ActivatorsDeps, activator: ActivatorRow, file: { bytes: Buffer; fileName: string }): Promise<UploadResult> {
  if (!isEditable(activator.status) && activator.status !== 'active') return { ok: false, message: LOCKED };
  const photo = await reencodePhoto(file.bytes);
  if (!photo.ok) return photo;
  const name = await deps.files.put('activateurs/photos', 'jpg', photo.value);
  await deps.db
    .update(activators)
    .set({ photoFile: name, photoOriginalName: originalName(file.fileName), updatedAt: deps.clock.now() })
    .where(eq(activators.id, activator.id));
  return { ok: true };
}

/** The signed engagement letter: a PDF, stored outside the web root, read back by operators only. */
export async function uploadLetter(deps: ActivatorsDeps, activator: ActivatorRow, file: { bytes: Buffer }): Promise<UploadResult> {
  if (!isEditable(activator.status)) return { ok: false, message: LOCKED };
  const letter = checkLetter(file.bytes);
  if (!letter.ok) return letter;
  const name = await deps.files.put('activateurs/lettres', 'pdf', letter.value);
  await deps.db.update(activators).set({ engagementLetterFile: name, updatedAt: deps.clock.now() }).where(eq(activators.id, activator.id));
  return { ok: true };
}
