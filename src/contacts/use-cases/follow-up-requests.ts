// The charter promises a quick answer: a request still new after 5 working days earns the activator one
// reminder; after 10 it is flagged for the operators. Run by a scheduled job; the clock says when "now" is.
import { findContactTargetsById } from '../../activators/index.js';
import type { AppContext } from '../../server/context.js';
import { mailReminder } from '../mails.js';
import { addContactEvent, unansweredRequests, updateRequest } from '../queries.js';
import { workingDaysBetween } from '../working-days.js';

export const REMINDER_AFTER_WORKING_DAYS = 5;
export const FLAG_AFTER_WORKING_DAYS = 10;

export async function followUpRequests(ctx: AppContext): Promise<{ reminded: number; flagged: number }> {
  const now = ctx.clock.now();
  // Five working days are at least a week: nothing younger can be due.
  const candidates = await unansweredRequests(ctx.db, new Date(now.getTime() - 5 * 86_400_000));
  const targets = new Map((await findContactTargetsById(ctx.db, candidates.map((r) => r.activatorId), now)).map((t) => [t.id, t]));
  let reminded = 0;
  let flagged = 0;
  for (const request of candidates) {
    const elapsed = workingDaysBetween(request.createdAt, now);
    if (elapsed >= FLAG_AFTER_WORKING_DAYS && !request.flaggedAt) {
      await updateRequest(ctx.db, request.id, { flaggedAt: now });
      await addContactEvent(ctx.db, { requestId: request.id, kind: 'signalement', authorName: ctx.config.siteName, body: `Sans réponse après ${FLAG_AFTER_WORKING_DAYS} jours ouvrés : signalée à l’équipe de la plateforme.`, at: now });
      flagged += 1;
    }
    if (elapsed >= REMINDER_AFTER_WORKING_DAYS && !request.reminderSentAt) {
      const target = targets.get(request.activatorId);
      await updateRequest(ctx.db, request.id, { reminderSentAt: now });
      await addContactEvent(ctx.db, { requestId: request.id, kind: 'relance', authorName: ctx.config.siteName, body: `Relance envoyée après ${REMINDER_AFTER_WORKING_DAYS} jours ouvrés sans réponse.`, at: now });
      if (target?.email) await mailReminder(ctx, target, request);
      reminded += 1;
    }
  }
  return { reminded, flagged };
}
