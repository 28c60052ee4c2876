import { findCommunesByPostalCode, listDepartments, normaliseSearchText, suggestCommunes, type Commune } from '../../../geo/index.js';
import type { Db } from '../../../db/client.js';
import { charterInForce } from '../charter.js';
import type { ActivatorsDeps } from '../deps.js';
import {
  activityErrors,
  engagementErrors,
  personErrors,
  readActivity,
  readEngagement,
  readPerson,
  readStructure,
  structureErrors,
  type Errors,
  type RegistrationDraft,
  type SectionKey,
  type StructureValues,
} from '../draft.js';
import { findStructureById, findStructureBySiret, saveDraft, type ActivatorRow } from '../queries.js';
import { normalizeSiret } from '../siret.js';

/** Statuses in which the activator may still change the file. */
export const EDITABLE_STATUSES = ['brouillon', 'a_corriger'] as const;
export function isEditable(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}

/** An active profile stays editable in the activators' space, except the engagement already signed. */
export function canEditSection(status: string, section: SectionKey): boolean {
  return isEditable(status) || (status === 'active' && section !== 'engagement');
}

export type ResolvedCommune = { ok: true; commune: Commune } | { ok: false; message: string; commune?: never };

/**
 * The commune of an address from its postal code, and its name when the postal code serves several.
 * A city split in arrondissements (Lyon, Paris, Marseille) resolves to the arrondissement.
 */
export async function resolveCommune(db: Db, postalCode: string, communeName: string): Promise<ResolvedCommune> {
  const code = postalCode.trim();
  const found = await findCommunesByPostalCode(db, code);
  if (found.length === 0) return { ok: false, message: (await suggestCommunes(db, code)).message };
  const candidates = found.filter((c) => !found.some((other) => other.parentCode === c.code));
  if (candidates.length === 1) return { ok: true, commune: candidates[0]! };
  const wanted = normaliseSearchText(communeName);
  const match = wanted ? candidates.find((c) => normaliseSearchText(c.name) === wanted) : undefined;
  if (match) return { ok: true, commune: match };
  const names = candidates.slice(0, 8).map((c) => c.name).join(', ');
  return {
    ok: false,
    message: wanted
      ? `Aucune commune de ce nom pour le code postal ${code}. Communes possibles : ${names}.`
      : `Le code postal ${code} couvre plusieurs communes : indiquez laquelle (${names}).`,
  };
}

async function structureDbErrors(db: Db, values: StructureValues, ownId: string | null): Promise<Errors> {
  const errors: Errors = {};
  values.commune_code = null;
  values.commune_code_perso = null;
  if (values.choix === 'existante') {
    const structure = await findStructureById(db, values.structure_id);
    if (!structure) errors.structure_id = 'Cette structure n’existe plus : cherchez-la de nouveau.';
    else values.commune_code = structure.communeCode;
  }
  if (values.choix === 'nouvelle') {
    const existing = await findStructureBySiret(db, normalizeSiret(values.siret));
    if (existing && existing.id !== ownId) {
      errors.siret = `Cette structure est déjà inscrite sous le nom « ${existing.name} » : choisissez « Rejoindre une structure existante » et cherchez-la par son SIRET.`;
    }
    const commune = await resolveCommune(db, values.code_postal, values.commune);
    if (commune.ok) values.commune_code = commune.commune.code;
    else (commune.message.startsWith('Code postal') ? (errors.code_postal = commune.message) : (errors.commune = commune.message));
  }
  if (values.adresse_propre) {
    const commune = await resolveCommune(db, values.code_postal_perso, values.commune_perso);
    if (commune.ok) values.commune_code_perso = commune.commune.code;
    else (commune.message.startsWith('Code postal') ? (errors.code_postal_perso = commune.message) : (errors.commune_perso = commune.message));
  }
  return errors;
}

/** Checks a section as the submission will; used when saving and again when sending. */
export async function sectionErrors(
  deps: Pick<ActivatorsDeps, 'db'>,
  draft: RegistrationDraft,
  section: SectionKey,
  ownStructureId: string | null,
): Promise<Errors> {
  switch (section) {
    case 'personne':
      return draft.personne ? personErrors(draft.personne) : { form: 'Section à remplir.' };
    case 'structure': {
      if (!draft.structure) return { form: 'Section à remplir.' };
      const errors = structureErrors(draft.structure);
      return Object.keys(errors).length ? errors : structureDbErrors(deps.db, draft.structure, ownStructureId);
    }
    case 'activite': {
      if (!draft.activite) return { form: 'Section à remplir.' };
      const departments = new Set((await listDepartments(deps.db)).map((d) => d.code));
      return activityErrors(draft.activite, departments);
    }
    case 'engagement':
      return draft.engagement ? engagementErrors(draft.engagement) : { form: 'Section à remplir.' };
  }
}

export interface SaveSectionInput {
  activator: ActivatorRow;
  section: SectionKey;
  body: Record<string, unknown>;
}

export type SaveSectionResult = { ok: true; errors: Errors; draft: RegistrationDraft } | { ok: false; message: string };

/**
 * Keeps what was typed in the draft whatever its state, then checks it: the section counts as done
 * only when it passes. The caller decides whether errors block ("continue") or not ("save for later").
 */
export async function saveSection(deps: ActivatorsDeps, input: SaveSectionInput): Promise<SaveSectionResult> {
  const { activator, section, body } = input;
  if (!canEditSection(activator.status, section)) return { ok: false, message: 'Votre dossier est en cours d’examen : il ne peut pas être modifié pour le moment.' };
  const now = deps.clock.now();
  const draft: RegistrationDraft = { ...((activator.draft as RegistrationDraft | null) ?? {}) };
  if (section === 'personne') draft.personne = readPerson(body);
  if (section === 'structure') draft.structure = readStructure(body);
  if (section === 'activite') draft.activite = readActivity(body);
  if (section === 'engagement') {
    draft.engagement = readEngagement(body);
    const inForce = charterInForce(now);
    if (!draft.engagement.charte) delete draft.charter;
    else if (draft.charter?.version !== inForce.version) draft.charter = { version: inForce.version, acceptedAt: now.toISOString() };
  }
  const errors = await sectionErrors(deps, draft, section, activator.structureId);
  const done = new Set(draft.done ?? []);
  if (Object.keys(errors).length === 0) done.add(section);
  else done.delete(section);
  draft.done = [...done];
  await saveDraft(deps.db, activator.id, draft, now);
  return { ok: true, errors, draft };
}
