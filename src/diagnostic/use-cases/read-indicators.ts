import type { CurrentUser } from '../../accounts/index.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { THEMES } from '../../themes/index.js';
import { DAY } from '../../server/clock.js';
import { indicatorCells, type IndicatorCell } from '../indicator-queries.js';
import type { TtlCache } from '../ttl-cache.js';
import { rollUp, type Indicators } from '../indicators.js';
import { NAF_SECTIONS, SIZE_BANDS } from '../profile.js';
import { REGIONS } from '../territory-names.js';

export const PERIODS = { '12-mois': 'Les 12 derniers mois', tout: 'Depuis le début' } as const;
export type Period = keyof typeof PERIODS;
export const isPeriod = (value: unknown): value is Period => typeof value === 'string' && value in PERIODS;

export const CLASSIFICATION_ORDERS = {
  regions: REGIONS.map((r) => r.code),
  sectors: NAF_SECTIONS.map((s) => s.code),
  sizes: SIZE_BANDS.map((b) => b.code),
};
export const THEME_ORDER = THEMES.map((t) => t.slug);

export interface IndicatorsDeps {
  db: Db;
  clock: Clock;
  /** The contacts domain's ids of assessments sent with a contact request; absent, the share is "non disponible". */
  contactedAssessmentIds?: (db: Db) => Promise<string[]>;
  /** Keeps computed figures a while (per period and region); absent, every call computes. */
  cache?: TtlCache<{ cells: IndicatorCell[]; contactedKnown: boolean }>;
}

export type ReadIndicators =
  | { ok: true; indicators: Indicators; regionCode: string | null; regionLocked: boolean; period: Period; contactedKnown: boolean }
  | { ok: false; reason: 'sans_region' };

/**
 * The self-assessment's indicators for an operator (everything, or one region) or a regional partner
 * (their region only, whatever is asked), over a period. One grouped query, rolled up in memory.
 */
export async function readIndicators(
  deps: IndicatorsDeps,
  input: { user: Pick<CurrentUser, 'role' | 'regionCode'>; region: string | null; period: Period },
): Promise<ReadIndicators> {
  const regionLocked = input.user.role !== 'operateur';
  let regionCode: string | null;
  if (regionLocked) {
    if (!input.user.regionCode) return { ok: false, reason: 'sans_region' };
    regionCode = input.user.regionCode;
  } else {
    regionCode = input.region && CLASSIFICATION_ORDERS.regions.includes(input.region) ? input.region : null;
  }
  const now = deps.clock.now();
  const compute = async () => {
    const from = input.period === '12-mois' ? new Date(now.getTime() - 365 * DAY) : null;
    const contactedIds = deps.contactedAssessmentIds ? await deps.contactedAssessmentIds(deps.db) : null;
    const cells = await indicatorCells(deps.db, THEME_ORDER, { from, regionCode, contactedIds });
    return { cells, contactedKnown: contactedIds !== null };
  };
  const { cells, contactedKnown } = deps.cache ? await deps.cache(`${input.period}|${regionCode ?? 'toutes'}`, now, compute) : await compute();
  return {
    ok: true,
    indicators: rollUp(cells, THEME_ORDER, CLASSIFICATION_ORDERS),
    regionCode,
    regionLocked,
    period: input.period,
    contactedKnown,
  };
}
