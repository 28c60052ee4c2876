import type { PersonalDataContributor } from '../accounts/index.js';
import { activatorsPersonalData } from '../activators/index.js';
import { contactsPersonalData } from '../contacts/index.js';
import { diagnosticPersonalData } from '../diagnostic/index.js';

/**
 * Each domain's share of a person's data, given to the accounts domain: downloaded with the
 * account (/mon-compte/donnees) and erased with it (by its owner, or after two years unused).
 * Used by the app (src/server/app.ts) and by the daily job (src/server/job-handlers.ts).
 * A domain adds its contributor here.
 */
export function personalDataContributors(dataDir: string): PersonalDataContributor[] {
  return [activatorsPersonalData(dataDir), contactsPersonalData, diagnosticPersonalData];
}
