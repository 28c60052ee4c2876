import { checkContactDetails, CURRENT_CONTACT_CONSENT, type ContactDetails, type ContactErrors } from '../consent.js';
import { findAssessmentByToken, insertConsent, withdrawConsent } from '../queries.js';
import type { DiagnosticDeps } from './deps.js';

export type ConsentResult =
  | { ok: true; change: 'donne' | 'retire' | 'aucun' }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'en_cours'; step: number }
  | { ok: false; reason: 'invalide'; errors: ContactErrors };

/**
 * The contact consent, given only by ticking its own box: an unticked box records nothing. It is
 * stored with the wording version and the date, as proof, and with the contact details the business
 * chose to give (a name, and an e-mail address or a phone number).
 */
export async function giveContactConsent(
  deps: Pick<DiagnosticDeps, 'db' | 'clock'>,
  input: { token: string; ticked: boolean; contact: ContactDetails },
): Promise<ConsentResult> {
  const assessment = await findAssessmentByToken(deps.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine') return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  if (!input.ticked) return { ok: true, change: 'aucun' };
  const checked = checkContactDetails(input.contact);
  if (!checked.ok) return { ok: false, reason: 'invalide', errors: checked.errors };
  await insertConsent(deps.db, assessment.id, CURRENT_CONTACT_CONSENT, deps.clock.now(), checked.details);
  return { ok: true, change: 'donne' };
}

/** Withdraws the consent in force at once; its date is kept with the consent it ends. */
export async function withdrawContactConsent(deps: Pick<DiagnosticDeps, 'db' | 'clock'>, input: { token: string }): Promise<ConsentResult> {
  const assessment = await findAssessmentByToken(deps.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine') return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  const withdrawn = await withdrawConsent(deps.db, assessment.id, deps.clock.now());
  return { ok: true, change: withdrawn ? 'retire' : 'aucun' };
}
