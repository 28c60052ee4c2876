import type { IndicatorCell } from './indicator-queries.js';

// Rolling the (region, sector, size band) cells up into the tables operators and open data show.

export interface IndicatorGroup {
  /** The region code, sector letter or size band; null for "not given" (and for the total). */
  key: string | null;
  started: number;
  completed: number;
  consenting: number;
  contacted: number;
  /** Average overall score (0–100) of the completed ones; null when none. */
  overallAverage: number | null;
  /** Per theme, the average score of the completed results it concerns, and how many. */
  themes: Record<string, { average: number | null; count: number }>;
}

export interface Indicators {
  total: IndicatorGroup;
  byRegion: IndicatorGroup[];
  bySector: IndicatorGroup[];
  bySize: IndicatorGroup[];
}

interface Sums {
  started: number;
  completed: number;
  consenting: number;
  contacted: number;
  overallSum: number;
  themes: Record<string, { sum: number; count: number }>;
}

function empty(themes: readonly string[]): Sums {
  return { started: 0, completed: 0, consenting: 0, contacted: 0, overallSum: 0, themes: Object.fromEntries(themes.map((t) => [t, { sum: 0, count: 0 }])) };
}

function add(into: Sums, cell: IndicatorCell): void {
  into.started += cell.started;
  into.completed += cell.completed;
  into.consenting += cell.consenting;
  into.contacted += cell.contacted;
  into.overallSum += cell.overallSum;
  for (const [theme, t] of Object.entries(cell.themes)) {
    const target = into.themes[theme];
    if (target) {
      target.sum += t.sum;
      target.count += t.count;
    }
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function finish(key: string | null, s: Sums): IndicatorGroup {
  return {
    key,
    started: s.started,
    completed: s.completed,
    consenting: s.consenting,
    contacted: s.contacted,
    overallAverage: s.completed > 0 ? round1(s.overallSum / s.completed) : null,
    themes: Object.fromEntries(
      Object.entries(s.themes).map(([theme, t]) => [theme, { average: t.count > 0 ? round1(t.sum / t.count) : null, count: t.count }]),
    ),
  };
}

function groupBy(cells: readonly IndicatorCell[], themes: readonly string[], keyOf: (c: IndicatorCell) => string | null, order: readonly string[]): IndicatorGroup[] {
  const sums = new Map<string | null, Sums>();
  for (const cell of cells) {
    const key = keyOf(cell);
    let s = sums.get(key);
    if (!s) sums.set(key, (s = empty(themes)));
    add(s, cell);
  }
  const rank = (key: string | null) => (key === null ? Number.MAX_SAFE_INTEGER : order.indexOf(key) === -1 ? order.length : order.indexOf(key));
  return [...sums]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([key, s]) => finish(key, s));
}

/** The total and the three one-way tables, each group in the order of its classification. */
export function rollUp(
  cells: readonly IndicatorCell[],
  themes: readonly string[],
  orders: { regions: readonly string[]; sectors: readonly string[]; sizes: readonly string[] },
): Indicators {
  const total = empty(themes);
  for (const cell of cells) add(total, cell);
  return {
    total: finish(null, total),
    byRegion: groupBy(cells, themes, (c) => c.regionCode, orders.regions),
    bySector: groupBy(cells, themes, (c) => c.sector, orders.sectors),
    bySize: groupBy(cells, themes, (c) => c.sizeBand, orders.sizes),
  };
}

/** A share in percent with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((100 * part) / whole) : null;
}
