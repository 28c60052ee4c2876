import type { AppContext } from '../../server/context.js';
import { HOUR } from '../../server/clock.js';
import { hit, rateLimitKey } from '../../server/rate-limit.js';
import { mailAccountExists } from '../mails.js';
import { findUserByEmail } from '../queries.js';
import { refuse, type Refusal } from '../types.js';
import { createUser, type CreateUserField } from './create-user.js';
import { sendVerificationEmail } from './verify-email.js';

export interface SignUpInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  ip: string;
}

/** Sign-ups per IP address and hour: enough for a shared office, too few to flood mailboxes. */
export const SIGN_UP_LIMIT = { limit: 10, windowMs: HOUR };
/** "You already have an account" mails per address and hour. */
const EXISTING_ACCOUNT_MAILS = { limit: 2, windowMs: HOUR };

/**
 * Public sign-up: creates an `entreprise` account and mails the verification link. When the
 * address already has an account, the answer is the same and that address receives a mail
 * saying so: the form never tells a stranger who is registered.
 */
export async function signUp(ctx: AppContext, input: SignUpInput): Promise<{ ok: true } | Refusal<CreateUserField>> {
  const now = ctx.clock.now();
  const byIp = await hit(ctx.db, rateLimitKey('inscription-ip', input.ip), { ...SIGN_UP_LIMIT, now });
  if (!byIp.allowed) {
    return refuse('form', 'Trop de tentatives de création de compte depuis cette connexion. Réessayez dans une heure.', { tooManyAttempts: true });
  }
  const created = await createUser(ctx, { ...input, role: 'entreprise' });
  if (created.ok) {
    await sendVerificationEmail(ctx, created.user);
    return { ok: true };
  }
  if (!('emailTaken' in created) || !created.emailTaken) return created;
  const existing = await findUserByEmail(ctx.db, input.email);
  const perAddress = await hit(ctx.db, rateLimitKey('compte-existant', input.email.trim().toLowerCase()), { ...EXISTING_ACCOUNT_MAILS, now });
  if (existing && !existing.disabledAt && perAddress.allowed) await mailAccountExists(ctx, existing);
  return { ok: true };
}
