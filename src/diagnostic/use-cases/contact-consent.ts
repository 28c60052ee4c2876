import { CURRENT_CONTACT_CONSENT } from '../consent.js';
import { findAssessmentByToken, insertConsent, withdrawConsent } from '../queries.js';
import type { DiagnosticDeps } from './deps.js';

export type ConsentResult =
  | { ok: true; change: 'donne' | 'retire' | 'aucun' }
  | { ok: false; reason: 'introuvable' }
  | { ok: false; reason: 'en_cours'; step: number };

/**
 * The contact consent, given only by ticking its own box: an unticked box records nothing. It is
 * stored with the wording version and the date, as proof.
 */
export async function giveContactConsent(
  deps: Pick<DiagnosticDeps, 'db' | 'clock'>,
  input: { token: string; ticked: boolean },
): Promise<ConsentResult> {
  const assessment = await findAssessmentByToken(deps.db, input.token);
  if (!assessment) return { ok: false, reason: 'introuvable' };
  if (assessment.status !== 'termine') return { ok: false, reason: 'en_cours', step: assessment.currentStep };
  if (!input.ticked) return { ok: true, change: 'aucun' };
  await insertConsent(deps.db, assessment.id, CURRENT_CONTACT_CONSENT, deps.clock.now());
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
