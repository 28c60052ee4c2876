import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../server/context.js';
import { activators } from '../../schema.js';
import { addEvent, type ActivatorRow } from '../../registration/queries.js';

/** The changes of situation an activator can declare; each withdraws the profile. */
export const SITUATION_CHANGES = {
  depart: 'J’ai quitté ma structure',
  arret: 'J’ai arrêté mon activité d’accompagnement des entreprises',
  autre: 'Autre changement de situation',
} as const;
export type SituationChange = keyof typeof SITUATION_CHANGES;

export type DeclareResult = { ok: true } | { ok: false; field: 'situation' | 'confirmation' | 'precisions' | 'form'; message: string };

/** Withdraws the profile at once (no longer public nor contactable); the history keeps the reason. */
export async function declareSituationChange(
  ctx: AppContext,
  activator: ActivatorRow,
  input: { situation: string; details: string; confirmed: boolean },
): Promise<DeclareResult> {
  if (!(input.situation in SITUATION_CHANGES)) return { ok: false, field: 'situation', message: 'Choisissez ce qui a changé.' };
  const details = input.details.trim().slice(0, 2000);
  if (input.situation === 'autre' && details.length < 5) return { ok: false, field: 'precisions', message: 'Précisez ce qui a changé.' };
  if (!input.confirmed) return { ok: false, field: 'confirmation', message: 'Cochez la case pour confirmer le retrait de votre fiche.' };
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .update(activators)
    .set({ status: 'retiree', withdrawnAt: now, updatedAt: now })
    .where(and(eq(activators.id, activator.id), inArray(activators.status, ['active', 'validee'])))
    .returning({ id: activators.id });
  if (!row) return { ok: false, field: 'form', message: 'Votre fiche n’est pas active : il n’y a rien à retirer.' };
  const label = SITUATION_CHANGES[input.situation as SituationChange];
  await addEvent(ctx.db, {
    activatorId: activator.id,
    kind: 'retrait',
    actorUserId: activator.userId,
    actorName: `${activator.firstName} ${activator.lastName}`,
    message: details ? `${label} : ${details}` : label,
    at: now,
  });
  return { ok: true };
}
