import type { JobHandlers } from '../jobs/index.js';
import type { AppContext } from '../server/context.js';
import { anonymiseOldRequests } from './use-cases/anonymise-old-requests.js';
import { followUpRequests } from './use-cases/follow-up-requests.js';

/** Once a day: reminders and operators' flags for unanswered requests, then the 3-year anonymisation. */
export const CONTACTS_DAILY_JOB = 'demandes-de-contact-suivi';

export function contactsJobHandlers(ctx: AppContext): JobHandlers {
  return {
    [CONTACTS_DAILY_JOB]: async () => {
      await followUpRequests(ctx);
      await anonymiseOldRequests(ctx);
    },
  };
}
