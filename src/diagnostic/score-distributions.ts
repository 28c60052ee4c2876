import { GROUP_KINDS, groupKey, type GroupCount, type GroupKind } from './comparison.js';

/** One stored count: how many completed results of a comparison group have this overall score. */
export interface ScoreCountRow {
  groupKey: string;
  score: number;
  count: number;
}

/** Overall scores run from 0 to 100. */
const SCORES = 101;

/** How long a process trusts its copy before reading the counts again (what other processes changed). */
export const DISTRIBUTIONS_MAX_AGE_MS = 10_000;

interface Snapshot {
  groups: Map<string, Uint32Array>;
  loadedAt: number;
}

/**
 * The comparison groups' score histograms (about 110 groups of 101 counts), kept in memory so a
 * result page reads its percentile without a query. Read on first use, then again in the background
 * when older than `maxAgeMs` (the page is served from the copy meanwhile); a completion made by this
 * process is added to the copy at once. So a process is exact for its own completions, and sees the
 * others' within `maxAgeMs`: one result more or less in a group of thousands, for a few seconds.
 * `invalidate()` drops the copy after a bulk change (seeding, rebuilding the counts).
 */
export class ScoreDistributions {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  /** Bumped by `invalidate()`: a read started before it must not become the copy. */
  private generation = 0;
  /** Completions recorded while a read was running: that read may have missed them. */
  private recordedDuringLoad = false;

  constructor(
    private readonly load: () => Promise<ScoreCountRow[]>,
    private readonly maxAgeMs = DISTRIBUTIONS_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The counts of the four comparison groups of a profile, relative to an overall score. */
  async countsFor(sector: string, sizeBand: string, score: number): Promise<Map<GroupKind, GroupCount>> {
    const snapshot = await this.current();
    const counts = new Map<GroupKind, GroupCount>();
    for (const kind of GROUP_KINDS) {
      const histogram = snapshot.groups.get(groupKey(kind, sector, sizeBand));
      if (!histogram) continue;
      let total = 0;
      let below = 0;
      for (let s = 0; s < SCORES; s++) {
        total += histogram[s]!;
        if (s < score) below += histogram[s]!;
      }
      counts.set(kind, { total, below });
    }
    return counts;
  }

  /** A result this process has just completed (and committed): counted at once in its four groups. */
  recordCompletion(sector: string, sizeBand: string, score: number): void {
    if (this.loading) this.recordedDuringLoad = true;
    if (!this.snapshot || score < 0 || score >= SCORES) return;
    for (const kind of GROUP_KINDS) {
      const key = groupKey(kind, sector, sizeBand);
      let histogram = this.snapshot.groups.get(key);
      if (!histogram) this.snapshot.groups.set(key, (histogram = new Uint32Array(SCORES)));
      histogram[score]!++;
    }
  }

  invalidate(): void {
    this.snapshot = null;
    this.loading = null;
    this.generation++;
  }

  private async current(): Promise<Snapshot> {
    const snapshot = this.snapshot;
    if (!snapshot) return this.refresh();
    if (this.now() - snapshot.loadedAt > this.maxAgeMs) {
      // Served from the copy while a fresh one is read; a failed read keeps the copy for the next try.
      this.refresh().catch(() => undefined);
    }
    return snapshot;
  }

  private refresh(): Promise<Snapshot> {
    if (this.loading) return this.loading;
    const loadedAt = this.now();
    const generation = this.generation;
    this.recordedDuringLoad = false;
    const loading = this.load()
      .then((rows) => {
        const groups = new Map<string, Uint32Array>();
        for (const row of rows) {
          if (row.score < 0 || row.score >= SCORES) continue;
          let histogram = groups.get(row.groupKey);
          if (!histogram) groups.set(row.groupKey, (histogram = new Uint32Array(SCORES)));
          histogram[row.score] = row.count;
        }
        // A completion recorded during the read may be missing from it: the copy is read again soon.
        const snapshot = { groups, loadedAt: this.recordedDuringLoad ? 0 : loadedAt };
        if (generation === this.generation) this.snapshot = snapshot;
        return snapshot;
      })
      .finally(() => {
        if (this.loading === loading) this.loading = null;
      });
    this.loading = loading;
    return loading;
  }
}
