import { createUser, sendVerificationEmail } from '../../../accounts/index.js';
import { HOUR } from '../../../server/clock.js';
import { hit, rateLimitKey } from '../../../server/rate-limit.js';
import { isActivatorKind } from '../../kinds.js';
import { activators } from '../../schema.js';
import type { ActivatorsDeps } from '../deps.js';
import type { Errors, RegistrationDraft } from '../draft.js';

export interface StartRegistrationInput {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  kind: string;
  ip: string;
}

export type StartRegistrationResult = { ok: true; created: boolean } | { ok: false; errors: Errors; tooManyAttempts?: boolean };

/** Registrations per IP address and hour, as for the public sign-up. */
export const REGISTRATION_LIMIT = { limit: 10, windowMs: HOUR };

/**
 * Creates the `activateur` account (the accounts domain's rules and verification mail) and the
 * file in `brouillon`, prefilled with what was typed. When the address already has an account the
 * answer is the same (the form tells no stranger who is registered): that person logs in instead.
 */
export async function startRegistration(deps: ActivatorsDeps, input: StartRegistrationInput): Promise<StartRegistrationResult> {
  // The kind is checked first: nothing is created until it is right.
  if (!isActivatorKind(input.kind)) return { ok: false, errors: { categorie: 'Choisissez votre catégorie.' } };
  const errors: Errors = {};
  const now = deps.clock.now();
  const byIp = await hit(deps.db, rateLimitKey('inscription-activateur-ip', input.ip), { ...REGISTRATION_LIMIT, now });
  if (!byIp.allowed) {
    return { ok: false, errors: { form: 'Trop de tentatives d’inscription depuis cette connexion. Réessayez dans une heure.' }, tooManyAttempts: true };
  }
  const created = await createUser(deps, {
    email: input.email,
    password: input.password,
    role: 'activateur',
    firstName: input.firstName,
    lastName: input.lastName,
  });
  if (!created.ok) {
    if ('emailTaken' in created && created.emailTaken) return { ok: true, created: false };
    const fields: Record<string, string> = { firstName: 'prenom', lastName: 'nom', email: 'email', password: 'mot_de_passe' };
    for (const [field, message] of Object.entries(created.fieldErrors ?? { [created.field]: created.message })) {
      if (message) errors[fields[field] ?? 'form'] = message;
    }
    return { ok: false, errors };
  }
  const user = created.user;
  const draft: RegistrationDraft = {
    personne: { prenom: user.firstName, nom: user.lastName, email: user.email, telephone: '' },
    activite: { categorie: input.kind, domaines: [], secteurs: [], territoire: [], presentation: '', references: '', videos: '', lien_offre: '' },
    done: [],
  };
  await deps.db.insert(activators).values({
    userId: user.id,
    kind: input.kind,
    status: 'brouillon',
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    draft,
    createdAt: now,
    updatedAt: now,
  });
  await sendVerificationEmail(deps, user);
  return { ok: true, created: true };
}
