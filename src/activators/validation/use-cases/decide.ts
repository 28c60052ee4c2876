import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context.js';
import { activators } from '../../schema.js';
import { addEvent, findActivatorById } from '../../registration/queries.js';
import { FLAG_CODES, FLAG_LABELS, type FlagCode } from '../flags.js';
import { mailChangeApproved, mailCorrections, mailRefusal } from '../mails.js';
import { sendActivationLink } from './activation.js';

export interface Operator {
  id: string;
  displayName: string;
}

export type DecisionResult = { ok: true } | { ok: false; field: 'form' | 'problemes' | 'message' | 'motif'; message: string };

/** Problems an operator can tick: the automatic flags' labels, plus free text in the message. */
export const CORRECTION_PROBLEMS: readonly { code: FlagCode | 'autre'; label: string }[] = [
  ...FLAG_CODES.map((code) => ({ code, label: FLAG_LABELS[code] })),
  { code: 'autre', label: 'Autre point (précisé dans le message)' },
];
const PROBLEM_LABELS = new Map<string, string>(CORRECTION_PROBLEMS.map((p) => [p.code, p.label]));

const NOT_PENDING = 'Ce dossier n’est plus en attente de décision : il a peut-être été traité entre-temps. Rechargez la page.';

/** Moves a pending file to its new status; false when someone decided first. */
async function moveFrom(ctx: AppContext, id: string, to: 'validee' | 'active' | 'a_corriger' | 'refusee'): Promise<boolean> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(activators)
    .set({ status: to, updatedAt: now, ...(to === 'validee' || to === 'active' ? { validatedAt: now } : {}) })
    .where(and(eq(activators.id, id), eq(activators.status, 'en_attente')))
    .returning({ id: activators.id });
  return Boolean(row);
}

/**
 * A first approval mails the activation link; a profile that was already active and came back for a
 * change of structure or category is public again at once (its address does not change).
 */
export async function approveFile(ctx: AppContext, operator: Operator, activatorId: string): Promise<DecisionResult> {
  const activator = await findActivatorById(ctx.db, activatorId);
  const wasActive = Boolean(activator?.activatedAt && activator.slug);
  if (!activator || !(await moveFrom(ctx, activatorId, wasActive ? 'active' : 'validee'))) return { ok: false, field: 'form', message: NOT_PENDING };
  await addEvent(ctx.db, { activatorId, kind: 'validation', actorUserId: operator.id, actorName: operator.displayName, at: ctx.clock.now() });
  if (wasActive) await mailChangeApproved(ctx, activator);
  else await sendActivationLink(ctx, activator, false);
  return { ok: true };
}

export async function askCorrections(
  ctx: AppContext,
  operator: Operator,
  activatorId: string,
  input: { problems: string[]; message: string },
): Promise<DecisionResult> {
  const problems = [...new Set(input.problems)].filter((p) => PROBLEM_LABELS.has(p));
  const message = input.message.trim();
  if (problems.length === 0) return { ok: false, field: 'problemes', message: 'Cochez au moins un point à corriger.' };
  if (message.length < 10) return { ok: false, field: 'message', message: 'Écrivez à l’activateur ce qu’il doit corriger (10 caractères au moins).' };
  if (message.length > 4000) return { ok: false, field: 'message', message: 'Le message dépasse 4 000 caractères.' };
  const activator = await findActivatorById(ctx.db, activatorId);
  if (!activator || !(await moveFrom(ctx, activatorId, 'a_corriger'))) return { ok: false, field: 'form', message: NOT_PENDING };
  const labels = problems.map((p) => PROBLEM_LABELS.get(p)!);
  await addEvent(ctx.db, {
    activatorId,
    kind: 'demande_corrections',
    actorUserId: operator.id,
    actorName: operator.displayName,
    problems: problems.map((code) => ({ code, label: PROBLEM_LABELS.get(code) })),
    message,
    at: ctx.clock.now(),
  });
  await mailCorrections(ctx, activator, labels, message);
  return { ok: true };
}

export async function refuseFile(ctx: AppContext, operator: Operator, activatorId: string, input: { reason: string }): Promise<DecisionResult> {
  const reason = input.reason.trim();
  if (reason.length < 10) return { ok: false, field: 'motif', message: 'Indiquez le motif du refus (10 caractères au moins) : il est envoyé à l’activateur.' };
  if (reason.length > 4000) return { ok: false, field: 'motif', message: 'Le motif dépasse 4 000 caractères.' };
  const activator = await findActivatorById(ctx.db, activatorId);
  if (!activator || !(await moveFrom(ctx, activatorId, 'refusee'))) return { ok: false, field: 'form', message: NOT_PENDING };
  await addEvent(ctx.db, { activatorId, kind: 'refus', actorUserId: operator.id, actorName: operator.displayName, message: reason, at: ctx.clock.now() });
  await mailRefusal(ctx, activator, reason);
  return { ok: true };
}
