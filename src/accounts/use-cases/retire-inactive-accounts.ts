import { and, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { DAY } from '../../server/clock.js';
import { RETENTION } from '../../site/index.js';
import type { AppContext } from '../../server/context.js';
import { mailAccountDeleted, mailInactivityWarning } from '../mails.js';
import type { PersonalDataContributor } from '../personal-data.js';
import { countOtherActiveOperators } from '../queries.js';
import { users } from '../schema.js';
import { eraseAccount } from './personal-data.js';

/** An account is unused once two years have passed since its last login (or its creation), as /donnees-personnelles says. */
export const INACTIVITY_YEARS = RETENTION.inactiveAccountYears;
/** Between the warning and the deletion. */
export const INACTIVITY_NOTICE_MS = RETENTION.inactiveAccountNoticeDays * DAY;

export function inactivityThreshold(now: Date): Date {
  const threshold = new Date(now);
  threshold.setUTCFullYear(threshold.getUTCFullYear() - INACTIVITY_YEARS);
  return threshold;
}

/**
 * The daily retention work on accounts: warns each account unused for two years (once: the
 * warning's date is set by the same statement that picks it, so two processes never both send it),
 * and deletes those warned 30 days ago without a login since (a login clears the warning).
 */
export async function retireInactiveAccounts(
  ctx: AppContext,
  contributors: PersonalDataContributor[],
): Promise<{ warned: number; deleted: number }> {
  const now = ctx.clock.now();
  const lastUse = sql`coalesce(${users.lastLoginAt}, ${users.createdAt})`;

  // The warning's date and its mail are written together: a crash never leaves one without the other.
  const deletionDate = new Date(now.getTime() + INACTIVITY_NOTICE_MS);
  const warned = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({ inactivityWarnedAt: now })
      .where(and(isNull(users.inactivityWarnedAt), lte(lastUse, inactivityThreshold(now))))
      .returning({ email: users.email, firstName: users.firstName });
    for (const user of rows) await mailInactivityWarning({ ...ctx, db: tx }, user, deletionDate);
    return rows;
  });

  const due = await ctx.db
    .select({ id: users.id, email: users.email, firstName: users.firstName, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(
      and(
        isNotNull(users.inactivityWarnedAt),
        lte(users.inactivityWarnedAt, new Date(now.getTime() - INACTIVITY_NOTICE_MS)),
        or(isNull(users.lastLoginAt), lte(users.lastLoginAt, users.inactivityWarnedAt)),
      ),
    );
  let deleted = 0;
  for (const user of due) {
    // The platform is never left without an operator who can log in.
    if (user.role === 'operateur' && !user.disabledAt && (await countOtherActiveOperators(ctx.db, user.id)) === 0) continue;
    await eraseAccount(ctx.db, contributors, user);
    await mailAccountDeleted(ctx, user, 'inactivite');
    deleted += 1;
  }
  return { warned: warned.length, deleted };
}
