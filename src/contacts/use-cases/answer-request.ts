// The activator answers a business: the answer goes by e-mail (the first one says where the contact came
// from), is kept in the request's history, and a new request becomes "prise en charge".
import { findContactTargetsById } from '../../activators/index.js';
import type { AppContext } from '../../server/context.js';
import { mailAnswer } from '../mails.js';
import { addContactEvent, updateRequest, type ContactRequestRow } from '../queries.js';

export type AnswerResult = { ok: true } | { ok: false; field: 'reponse' | 'form'; message: string };

export async function answerRequest(
  ctx: AppContext,
  actor: { activatorId: string; userId: string },
  request: ContactRequestRow,
  input: { message: string },
): Promise<AnswerResult> {
  if (request.activatorId !== actor.activatorId) return { ok: false, field: 'form', message: 'Cette demande ne vous est pas adressée.' };
  if (request.status === 'redirigee') return { ok: false, field: 'form', message: 'Vous avez transmis cette demande à un autre activateur : c’est à lui de répondre.' };
  if (request.anonymisedAt) return { ok: false, field: 'form', message: 'Cette demande est ancienne : les coordonnées de l’entreprise ont été effacées.' };
  const message = input.message.trim();
  if (message.length < 10) return { ok: false, field: 'reponse', message: 'Écrivez votre réponse (10 caractères au moins).' };
  if (message.length > 5000) return { ok: false, field: 'reponse', message: `Votre réponse ne doit pas dépasser 5 000 caractères ; elle en compte ${message.length}.` };
  const now = ctx.clock.now();
  const [target] = await findContactTargetsById(ctx.db, [actor.activatorId], now);
  const first = request.firstAnsweredAt === null;
  await updateRequest(ctx.db, request.id, {
    lastExchangeAt: now,
    firstAnsweredAt: request.firstAnsweredAt ?? now,
    status: request.status === 'nouvelle' ? 'prise_en_charge' : request.status,
  });
  await addContactEvent(ctx.db, { requestId: request.id, kind: 'reponse', authorName: target!.name, authorUserId: actor.userId, body: message, at: now });
  await mailAnswer(ctx, target!, request, message, first);
  return { ok: true };
}
