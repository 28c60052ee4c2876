// The activators domain's public face: other domains and the server reach it only from here.
export { activatorsPublicRoutes } from './public-routes.js';
export { activatorsRegistrationPlugin } from './registration-plugin.js';
export { activatorJobHandlers, REGISTRY_CHECK_JOB, WEBSITE_CHECK_JOB } from './validation/jobs.js';
export { KINDS, DIRECTORY_KINDS, MAP_KINDS, CONTACTABLE_KINDS, isActivatorKind, kindLabel, type KindRules } from './kinds.js';
export { ACTIVATOR_KINDS, REGISTRATION_STATUSES, type ActivatorKind, type RegistrationStatus } from './schema.js';
export { seedActivators, type SeedActivatorsOptions, type SeedActivatorsReport } from './seed/seed-activators.js';
export { profilePath, publicName } from './directory/present.js';
export { CONTACT_ANCHOR } from './profile/pages/ProfilePage.js';
// The nearest contactable activators for some themes (the self-assessment's next steps, the business's home).
export { nearestContactableActivators, type NearbyActivator, type NearestActivatorsInput } from './directory/nearest.js';
export { formatDistance } from './directory/present.js';
export { findActivatorById } from './registration/queries.js';
// The activator file of a signed-in user (for other domains' pages in the activators' space).
export { findActivatorOfUser, type ActivatorRow } from './registration/queries.js';
// What contact requests need: who can be written to, and the SIRET rule shared with the registration.
export {
  findContactTargetsById,
  findContactTargetsBySlug,
  promisedCommitments,
  searchContactTargets,
  type ContactTarget,
} from './contact-targets.js';
export { checkSiret, formatSiret } from './registration/siret.js';
// The contact requests' figures the activator's statistics show (the server wires the contacts domain's function).
export type { ContactStatistics } from './space/use-cases/get-statistics.js';
export { activatorsPersonalData } from './personal-data.js';
