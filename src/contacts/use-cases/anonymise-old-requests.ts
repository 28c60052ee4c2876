// Contact requests keep the business's personal data 3 years after the last exchange, no longer: then
// what identifies the business and the texts exchanged are erased; dates and statuses stay for statistics.
import type { AppContext } from '../../server/context.js';
import { anonymiseRequests, requestsToAnonymise } from '../queries.js';

export const RETENTION_YEARS = 3;

export async function anonymiseOldRequests(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  const now = ctx.clock.now();
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - RETENTION_YEARS);
  const ids = await requestsToAnonymise(ctx.db, limit);
  await anonymiseRequests(ctx.db, ids, now);
  return ids.length;
}
