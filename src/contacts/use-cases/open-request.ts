// An activator's requests: the list, and one request with its history. Only the activator a request was
// sent to may read it; anyone else is refused (the route answers 403 and logs it).
import type { AppContext } from '../../server/context.js';
import { eventsOfRequest, findRequest, requestsOfActivator, type ContactEventRow, type ContactRequestRow } from '../queries.js';

export async function listRequests(ctx: AppContext, activatorId: string): Promise<ContactRequestRow[]> {
  return requestsOfActivator(ctx.db, activatorId);
}

export type OpenResult =
  | { ok: true; request: ContactRequestRow; events: ContactEventRow[] }
  | { ok: false; reason: 'introuvable' | 'interdit' };

export async function openRequest(ctx: AppContext, activatorId: string, requestId: string): Promise<OpenResult> {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) return { ok: false, reason: 'introuvable' };
  const request = await findRequest(ctx.db, requestId);
  if (!request) return { ok: false, reason: 'introuvable' };
  if (request.activatorId !== activatorId) return { ok: false, reason: 'interdit' };
  return { ok: true, request, events: await eventsOfRequest(ctx.db, request.id) };
}
