// Views of the public profiles. The profile page is the most read page of the site and is served from
// a page cache: a view costs one map increment here, and the counts reach the database in one
// statement every minute, when the process stops, and before an activator reads their statistics.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { activatorProfileViews, activators } from '../schema.js';

/** Robots, link previews and monitoring tools announce themselves; they are not visitors. */
const NOT_A_VISITOR = /bot|crawl|spider|slurp|preview|facebookexternalhit|curl|wget|python|java\/|go-http|headless|lighthouse|monitor|http-client|axios|node-fetch|^$/i;

export function isRobot(userAgent: string | undefined): boolean {
  return NOT_A_VISITOR.test(userAgent ?? '');
}

/** Past this many pending (profile, month) pairs the counts are written at once. */
const MAX_PENDING = 20_000;
const ROWS_PER_STATEMENT = 500;
export const FLUSH_INTERVAL_MS = 60_000;

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export class ProfileViewCounter {
  /** `slug month` → views not yet written. */
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: { db: Db; clock: Clock },
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  record(slug: string): void {
    const key = `${slug} ${monthOf(this.deps.clock.now())}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    if (this.pending.size >= MAX_PENDING) void this.flush();
  }

  /** Writes the pending counts (one upsert per activator and month); counts a failed write keeps. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  start(intervalMs = FLUSH_INTERVAL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending = new Map();
    for (let i = 0; i < batch.length; i += ROWS_PER_STATEMENT) {
      const chunk = batch.slice(i, i + ROWS_PER_STATEMENT);
      try {
        await upsertViews(this.deps.db, chunk);
      } catch (error) {
        for (const [key, n] of chunk) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
        this.onError(error);
      }
    }
  }
}

async function upsertViews(db: Db, chunk: [string, number][]): Promise<void> {
  const rows = sql.join(
    chunk.map(([key, n]) => {
      const [slug, month] = key.split(' ') as [string, string];
      return sql`(${slug}, ${month}, ${n}::integer)`;
    }),
    sql`, `,
  );
  await db.execute(sql`
    INSERT INTO ${activatorProfileViews} (activator_id, month, views)
    SELECT a.id, v.month, v.n FROM (VALUES ${rows}) AS v(slug, month, n) JOIN ${activators} a ON a.slug = v.slug
    ON CONFLICT (activator_id, month) DO UPDATE SET views = ${activatorProfileViews.views} + excluded.views`);
}

/** One counter per running application (its routes share it), started with it, flushed when it stops. */
const counters = new WeakMap<object, ProfileViewCounter>();

export function profileViewCounterFor(app: object, deps: { db: Db; clock: Clock }, onError?: (error: unknown) => void): ProfileViewCounter {
  let counter = counters.get(app);
  if (!counter) {
    counter = new ProfileViewCounter(deps, onError);
    counters.set(app, counter);
  }
  return counter;
}

/** Views of one activator's profile per month, from `fromMonth` ('YYYY-MM') on. */
export async function profileViewsPerMonth(db: Db, activatorId: string, fromMonth: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ month: activatorProfileViews.month, views: activatorProfileViews.views })
    .from(activatorProfileViews)
    .where(and(eq(activatorProfileViews.activatorId, activatorId), gte(activatorProfileViews.month, fromMonth)));
  return new Map(rows.map((r) => [r.month, r.views]));
}
