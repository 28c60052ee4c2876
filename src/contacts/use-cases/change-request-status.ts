// The activator moves a request along: taken in hand, closed (or reopened). A redirection has its own action.
import type { AppContext } from '../../server/context.js';
import { addContactEvent, updateRequest, type ContactRequestRow } from '../queries.js';
import type { ContactStatus } from '../schema.js';

export const STATUS_LABELS: Record<ContactStatus, string> = {
  nouvelle: 'Nouvelle',
  prise_en_charge: 'Prise en charge',
  close: 'Close',
  redirigee: 'Redirigée',
};

/** The statuses an activator sets by hand. */
export const SETTABLE_STATUSES = ['prise_en_charge', 'close'] as const;

export type StatusResult = { ok: true } | { ok: false; field: 'statut'; message: string };

export async function changeRequestStatus(
  ctx: AppContext,
  actor: { activatorId: string; userId: string; name: string },
  request: ContactRequestRow,
  status: string,
): Promise<StatusResult> {
  if (request.activatorId !== actor.activatorId) return { ok: false, field: 'statut', message: 'Cette demande ne vous est pas adressée.' };
  if (!(SETTABLE_STATUSES as readonly string[]).includes(status)) return { ok: false, field: 'statut', message: 'Choisissez « Prise en charge » ou « Close ».' };
  if (request.status === 'redirigee') return { ok: false, field: 'statut', message: 'Cette demande a été transmise à un autre activateur : son statut ne change plus.' };
  if (request.status === status) return { ok: true };
  const now = ctx.clock.now();
  await updateRequest(ctx.db, request.id, { status: status as ContactStatus });
  await addContactEvent(ctx.db, {
    requestId: request.id,
    kind: 'statut',
    authorName: actor.name,
    authorUserId: actor.userId,
    body: `${STATUS_LABELS[request.status]} → ${STATUS_LABELS[status as ContactStatus]}`,
    at: now,
  });
  return { ok: true };
}
