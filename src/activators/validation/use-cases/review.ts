import type { Db } from '../../../db/client.js';
import { DAY } from '../../../server/clock.js';
import type { activators, structures } from '../../schema.js';
import { flagsFor, type Flag } from '../flags.js';
import { fileWithStructure, pendingFiles } from '../queries.js';

/** The promise made to applicants: a decision within this many days. */
export const DECISION_PROMISE_DAYS = 15;

type Activator = typeof activators.$inferSelect;
type Structure = typeof structures.$inferSelect;

export function flagsOfFile(activator: Activator, structure: Structure | null): Flag[] {
  return flagsFor({
    firstName: activator.firstName,
    lastName: activator.lastName,
    kind: activator.kind,
    themes: activator.themes,
    presentation: activator.presentation,
    clientReferences: activator.clientReferences,
    offerUrl: activator.offerUrl,
    website: activator.website,
    websiteCheck: activator.websiteCheck ?? null,
    photoOriginalName: activator.photoOriginalName,
    communeCode: activator.communeCode,
    signatoryName: activator.signatoryName,
    signatoryRole: activator.signatoryRole,
    structure: structure
      ? { name: structure.name, siret: structure.siret, registryName: structure.registryName, registryClosed: structure.registryClosed }
      : null,
  });
}

export interface QueueItem {
  activator: Activator;
  structure: Structure | null;
  waitingDays: number;
  daysLeft: number;
  flags: Flag[];
}

/** Pending files, oldest first, with how long each has waited and what the flags found. */
export async function validationQueue(db: Db, now: Date): Promise<QueueItem[]> {
  const rows = await pendingFiles(db);
  return rows.map(({ activator, structure }) => {
    const since = activator.submittedAt ?? activator.updatedAt;
    const waitingDays = Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY));
    return { activator, structure, waitingDays, daysLeft: DECISION_PROMISE_DAYS - waitingDays, flags: flagsOfFile(activator, structure) };
  });
}

export async function fileForReview(db: Db, id: string) {
  const row = await fileWithStructure(db, id);
  if (!row) return null;
  return { ...row, flags: flagsOfFile(row.activator, row.structure) };
}
