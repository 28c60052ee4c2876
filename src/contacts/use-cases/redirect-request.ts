// "Not my field": the activator passes a request to another contactable activator chosen from the
// directory. The new activator gets their own copy (in their space and by e-mail), the business is told,
// and the first request is marked "redirigée".
import { randomUUID } from 'node:crypto';
import { findContactTargetsById, findContactTargetsBySlug } from '../../activators/index.js';
import type { AppContext } from '../../server/context.js';
import { mailNewRequest, mailRedirected } from '../mails.js';
import { addContactEvent, insertRequest, updateRequest, type ContactRequestRow } from '../queries.js';

export type RedirectResult = { ok: true; newRequestId: string; toName: string } | { ok: false; field: 'cible' | 'message' | 'form'; message: string };

export async function redirectRequest(
  ctx: AppContext,
  actor: { activatorId: string; userId: string },
  request: ContactRequestRow,
  input: { targetSlug: string; message: string },
): Promise<RedirectResult> {
  if (request.activatorId !== actor.activatorId) return { ok: false, field: 'form', message: 'Cette demande ne vous est pas adressée.' };
  if (request.status === 'redirigee') return { ok: false, field: 'form', message: 'Cette demande a déjà été transmise à un autre activateur.' };
  if (request.anonymisedAt) return { ok: false, field: 'form', message: 'Cette demande est ancienne : les coordonnées de l’entreprise ont été effacées.' };
  const now = ctx.clock.now();
  const slug = input.targetSlug.trim().toLowerCase();
  const [to] = slug ? await findContactTargetsBySlug(ctx.db, [slug], now) : [];
  if (!to) return { ok: false, field: 'cible', message: 'Choisissez dans la liste l’activateur à qui transmettre la demande.' };
  if (!to.contactable) return { ok: false, field: 'cible', message: `${to.name} ne reçoit pas de demandes de contact : choisissez un autre activateur.` };
  if (to.id === actor.activatorId) return { ok: false, field: 'cible', message: 'Choisissez un autre activateur que vous-même.' };
  const message = input.message.trim();
  if (message.length > 2000) return { ok: false, field: 'message', message: 'Votre message ne doit pas dépasser 2 000 caractères.' };
  const [from] = await findContactTargetsById(ctx.db, [actor.activatorId], now);

  const copy = await insertRequest(ctx.db, {
    batchId: randomUUID(),
    activatorId: to.id,
    status: 'nouvelle',
    name: request.name,
    company: request.company,
    siret: request.siret,
    email: request.email,
    phone: request.phone,
    need: request.need,
    theme: request.theme,
    consentVersion: request.consentVersion,
    consentedAt: request.consentedAt,
    assessmentId: request.assessmentId,
    contentHash: null,
    redirectedFromId: request.id,
    createdAt: now,
    lastExchangeAt: now,
  });
  await addContactEvent(ctx.db, { requestId: copy.id, kind: 'demande', authorName: request.name, body: request.need, at: request.createdAt });
  await addContactEvent(ctx.db, {
    requestId: copy.id,
    kind: 'redirection',
    authorName: from!.name,
    authorUserId: actor.userId,
    body: `Transmise par ${from!.name}${message ? ` : ${message}` : ''}`,
    at: now,
  });
  await updateRequest(ctx.db, request.id, { status: 'redirigee', lastExchangeAt: now });
  await addContactEvent(ctx.db, {
    requestId: request.id,
    kind: 'redirection',
    authorName: from!.name,
    authorUserId: actor.userId,
    body: `Transmise à ${to.name}${message ? ` : ${message}` : ''}`,
    at: now,
  });
  await mailNewRequest(ctx, to, copy, { name: from!.name, message });
  await mailRedirected(ctx, from!, to, request, message);
  return { ok: true, newRequestId: copy.id, toName: to.name };
}
