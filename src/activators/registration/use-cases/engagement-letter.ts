import { KINDS } from '../../kinds.js';
import { charterInForce, charterVersion } from '../charter.js';
import type { ActivatorsDeps } from '../deps.js';
import { kindOf, type RegistrationDraft } from '../draft.js';
import { engagementLetterPdf } from '../engagement-letter.js';
import { findStructureById, type ActivatorRow } from '../queries.js';
import { formatSiret, normalizeSiret } from '../siret.js';

export function frenchDate(at: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(at);
}

/** The file's short reference, printed on the letter and shown to operators. */
export function fileReference(activatorId: string): string {
  return activatorId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

/** The letter to print and have signed, prefilled from what the draft holds now. */
export async function engagementLetterFor(deps: ActivatorsDeps, activator: ActivatorRow): Promise<Uint8Array> {
  const draft = (activator.draft as RegistrationDraft | null) ?? {};
  const now = deps.clock.now();
  const s = draft.structure;
  const joined = s?.choix === 'existante' && s.structure_id ? await findStructureById(deps.db, s.structure_id) : null;
  const structure = joined
    ? { name: joined.name, siret: formatSiret(joined.siret), address: `${joined.addressLine}, ${joined.postalCode}` }
    : { name: s?.raison_sociale || '……………………', siret: s?.siret ? formatSiret(normalizeSiret(s.siret)) : '……………………', address: s ? `${s.adresse}, ${s.code_postal} ${s.commune}`.trim() : '' };
  const person = draft.personne;
  return engagementLetterPdf({
    siteName: deps.config.siteName,
    operatorName: deps.config.operatorName,
    reference: fileReference(activator.id),
    activator: {
      firstName: person?.prenom || activator.firstName,
      lastName: person?.nom || activator.lastName,
      email: person?.email || activator.email,
      kindLabel: KINDS[kindOf(draft, activator.kind)].label,
    },
    structure,
    signatory: { name: draft.engagement?.signataire_nom ?? '', role: draft.engagement?.signataire_fonction ?? '' },
    charter: (draft.charter && charterVersion(draft.charter.version)) || charterInForce(now),
    dateText: frenchDate(now),
  });
}
