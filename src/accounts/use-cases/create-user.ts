import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { hashPassword } from '../password-hash.js';
import { passwordProblem } from '../password-rules.js';
import { normalizeEmail } from '../queries.js';
import { ROLES, users, type Role } from '../schema.js';
import { refuseAll, type Refusal } from '../types.js';

export interface CreateUserInput {
  email: string;
  password: string;
  role: Role;
  firstName: string;
  lastName: string;
  /** Regional partners only: the INSEE code of their region ("84"). */
  regionCode?: string | null;
  /** True when someone trusted vouches for the address (an operator created by the CLI). */
  emailVerified?: boolean;
}

export type CreateUserField = 'email' | 'password' | 'firstName' | 'lastName' | 'regionCode' | 'role';

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; role: Role; firstName: string; lastName: string } }
  | (Refusal<CreateUserField> & { emailTaken?: boolean });

const email = z.string().trim().max(254).pipe(z.email());
const name = z.string().trim().min(1).max(100);
/** Region codes of the COG: two digits (01–06 overseas, 11–94 in mainland France). */
const regionCode = z.string().regex(/^\d{2}$/);

/** The rules of an account's details, shared by every form that creates or checks one. */
export function accountDetailsProblems(input: CreateUserInput): Partial<Record<CreateUserField, string>> {
  const errors: Partial<Record<CreateUserField, string>> = {};
  if (!ROLES.includes(input.role)) errors.role = 'Rôle inconnu.';
  if (!input.firstName.trim()) errors.firstName = 'Saisissez votre prénom.';
  else if (!name.safeParse(input.firstName).success) errors.firstName = 'Le prénom ne peut pas dépasser 100 caractères.';
  if (!input.lastName.trim()) errors.lastName = 'Saisissez votre nom.';
  else if (!name.safeParse(input.lastName).success) errors.lastName = 'Le nom ne peut pas dépasser 100 caractères.';
  if (!input.email.trim()) errors.email = 'Saisissez votre adresse électronique.';
  else if (!email.safeParse(input.email).success) errors.email = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.';
  const role = ROLES.includes(input.role) ? input.role : 'entreprise';
  const password = passwordProblem(input.password, { role, email: input.email });
  if (password) errors.password = password;
  if (input.role === 'partenaire') {
    if (!input.regionCode || !regionCode.safeParse(input.regionCode).success) {
      errors.regionCode = 'Un partenaire régional doit avoir le code INSEE de sa région (deux chiffres, par exemple 84).';
    }
  } else if (input.regionCode) {
    errors.regionCode = 'Seul un partenaire régional est rattaché à une région.';
  }
  return errors;
}

/**
 * Creates an account of any role (public sign-up makes `entreprise` accounts; activators'
 * registration, the operators' CLI and partners' accounts reuse it). The password is hashed
 * before the address is checked, so a taken address answers no faster than a free one.
 */
export async function createUser(deps: { db: Db; clock: Clock }, input: CreateUserInput): Promise<CreateUserResult> {
  const refusal = refuseAll(accountDetailsProblems(input));
  if (refusal) return refusal;
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      passwordHash,
      role: input.role,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      regionCode: input.role === 'partenaire' ? input.regionCode! : null,
      emailVerifiedAt: input.emailVerified ? now : null,
      createdAt: now,
      passwordChangedAt: now,
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, role: users.role, firstName: users.firstName, lastName: users.lastName });
  if (!row) {
    return {
      ok: false,
      field: 'email',
      message: 'Un compte existe déjà avec cette adresse électronique.',
      fieldErrors: { email: 'Un compte existe déjà avec cette adresse électronique.' },
      emailTaken: true,
    };
  }
  return { ok: true, user: row };
}
