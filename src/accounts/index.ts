// The accounts domain, as other domains and the app see it.
export { accountsPlugin, type AccountsPluginOptions } from './plugin.js';
export type { PersonalDataContributor } from './personal-data.js';
export { requireRole, requireUser } from './guards.js';
export { createUser, type CreateUserInput, type CreateUserResult, type CreateUserField } from './use-cases/create-user.js';
export { disableUser, enableUser } from './use-cases/disable-user.js';
export { retireInactiveAccounts } from './use-cases/retire-inactive-accounts.js';
export { collectPersonalData } from './use-cases/personal-data.js';
/** The daily job that warns, then deletes, accounts unused for two years. */
export const INACTIVE_ACCOUNTS_JOB = 'comptes-inactifs';
export { sealPlaintextTotpSecrets } from './use-cases/second-factor.js';
export { sendVerificationEmail } from './use-cases/verify-email.js';
export { passwordProblem, passwordMinLength, PASSWORD_MAX_LENGTH } from './password-rules.js';
export { purgeExpired as purgeExpiredAccountData } from './queries.js';
export { ROLES, type Role } from './schema.js';
export type { CurrentUser } from '../server/augment.js';
export type { Refusal } from './types.js';
