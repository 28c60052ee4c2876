import type { Db } from '../../../db/client.js';
import type { Clock } from '../../../server/clock.js';
import type { ActivatorRow } from '../../registration/queries.js';
import { monthOf, profileViewsPerMonth, type ProfileViewCounter } from '../../statistics/profile-views.js';

/** What the contacts domain tells of an activator's requests (wired by the server: activators do not import contacts). */
export type ContactStatistics = (
  db: Db,
  activatorId: string,
  range: { from: Date; to: Date },
) => Promise<{ perMonth: { month: string; count: number }[]; medianFirstAnswerHours: number | null }>;

export const STATISTICS_MONTHS = 12;

export interface MonthFigures {
  /** 'YYYY-MM' */
  month: string;
  label: string;
  /** 'janv.', 'févr.'…, under the bars of a chart. */
  shortLabel: string;
  views: number;
  /** Null when the contact requests' figures are not available. */
  requests: number | null;
}

export interface ActivatorStatistics {
  months: MonthFigures[];
  contacts: { available: true; medianFirstAnswerHours: number | null } | { available: false };
}

const MONTH_LABEL = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

/** The last twelve months, oldest first: profile views, contact requests and the median time to a first answer. */
export async function getActivatorStatistics(
  deps: { db: Db; clock: Clock; views: ProfileViewCounter; contactStatistics?: ContactStatistics; onError?: (error: unknown) => void },
  activator: Pick<ActivatorRow, 'id'>,
): Promise<ActivatorStatistics> {
  const now = deps.clock.now();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (STATISTICS_MONTHS - 1), 1));
  // The views counted by this process but not yet written are written first: the figures are up to date.
  await deps.views.flush();
  const views = await profileViewsPerMonth(deps.db, activator.id, monthOf(from));
  let contacts: Awaited<ReturnType<ContactStatistics>> | null = null;
  if (deps.contactStatistics) {
    try {
      contacts = await deps.contactStatistics(deps.db, activator.id, { from, to: now });
    } catch (error) {
      deps.onError?.(error);
    }
  }
  const requests = new Map((contacts?.perMonth ?? []).map((m) => [m.month, m.count]));
  const months = Array.from({ length: STATISTICS_MONTHS }, (_, i) => {
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    const month = monthOf(start);
    return { month, label: MONTH_LABEL.format(start), shortLabel: SHORT_MONTH.format(start), views: views.get(month) ?? 0, requests: contacts ? (requests.get(month) ?? 0) : null };
  });
  return {
    months,
    contacts: contacts ? { available: true, medianFirstAnswerHours: contacts.medianFirstAnswerHours } : { available: false },
  };
}
