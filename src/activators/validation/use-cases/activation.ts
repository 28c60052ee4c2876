import { and, eq } from 'drizzle-orm';
import { DAY, HOUR } from '../../../server/clock.js';
import type { AppContext } from '../../../server/context.js';
import { activators, structures } from '../../schema.js';
import { allocateSlug } from '../../slug.js';
import { addEvent, findActivatorById, type ActivatorRow } from '../../registration/queries.js';
import { mailActivationLink } from '../mails.js';
import { activationTokensSince, consumeActivationToken, insertActivationToken, retireActivationTokens, usableActivationToken } from '../queries.js';
import { ACTIVATION_TOKEN_PATTERN, hashActivationToken, newActivationToken } from '../tokens.js';

/** An activation link opens for 24 hours, once. */
export const ACTIVATION_LINK_LIFETIME_MS = DAY;
/** New links an activator may ask for in an hour. */
export const ACTIVATION_LINKS_PER_HOUR = 3;

export async function sendActivationLink(ctx: AppContext, activator: Pick<ActivatorRow, 'id' | 'email' | 'firstName'>, renewed: boolean): Promise<void> {
  const now = ctx.clock.now();
  await retireActivationTokens(ctx.db, activator.id, now);
  const { token, hash } = newActivationToken();
  await insertActivationToken(ctx.db, {
    tokenHash: hash,
    activatorId: activator.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ACTIVATION_LINK_LIFETIME_MS),
  });
  await mailActivationLink(ctx, activator, token, renewed);
}

/** A validated activator whose link expired or got lost asks for another one. */
export async function requestNewActivationLink(ctx: AppContext, activator: ActivatorRow): Promise<{ ok: true } | { ok: false; message: string }> {
  if (activator.status !== 'validee') return { ok: false, message: 'Votre fiche n’est pas en attente d’activation.' };
  const now = ctx.clock.now();
  const recent = await activationTokensSince(ctx.db, activator.id, new Date(now.getTime() - HOUR));
  if (recent >= ACTIVATION_LINKS_PER_HOUR) {
    return { ok: false, message: 'Plusieurs liens viennent de vous être envoyés : vérifiez vos courriels (et les indésirables), ou réessayez dans une heure.' };
  }
  await sendActivationLink(ctx, activator, true);
  return { ok: true };
}

export async function activationLinkIsUsable(ctx: AppContext, token: string): Promise<boolean> {
  if (!ACTIVATION_TOKEN_PATTERN.test(token)) return false;
  return usableActivationToken(ctx.db, hashActivationToken(token), ctx.clock.now());
}

export type ActivateResult = { ok: true; slug: string; activatorId: string; kind: ActivatorRow['kind'] } | { ok: false };

/**
 * Uses the link once: the file becomes `active`, gets its public slug (prenom-nom, or the company
 * for solution providers; -2, -3… when taken) and the profile is public at once.
 */
export async function activate(ctx: AppContext, token: string): Promise<ActivateResult> {
  if (!ACTIVATION_TOKEN_PATTERN.test(token)) return { ok: false };
  const now = ctx.clock.now();
  const activatorId = await consumeActivationToken(ctx.db, hashActivationToken(token), now);
  if (!activatorId) return { ok: false };
  const activator = await findActivatorById(ctx.db, activatorId);
  if (!activator || activator.status !== 'validee') return { ok: false };
  const [structure] = activator.structureId
    ? await ctx.db.select({ name: structures.name }).from(structures).where(eq(structures.id, activator.structureId))
    : [];
  const source = { kind: activator.kind, firstName: activator.firstName, lastName: activator.lastName, structureName: structure?.name ?? null };
  // The unique index settles a race with another activation taking the same slug: try the next one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = activator.slug ?? (await allocateSlug(ctx.db, source, activator.id));
    try {
      const [row] = await ctx.db
        .update(activators)
        .set({ status: 'active', slug, activatedAt: now, updatedAt: now })
        .where(and(eq(activators.id, activator.id), eq(activators.status, 'validee')))
        .returning({ slug: activators.slug });
      if (!row) return { ok: false };
      await addEvent(ctx.db, {
        activatorId: activator.id,
        kind: 'activation',
        actorUserId: activator.userId,
        actorName: `${activator.firstName} ${activator.lastName}`,
        at: now,
      });
      return { ok: true, slug: row.slug!, activatorId: activator.id, kind: activator.kind };
    } catch (error) {
      if (attempt === 4 || activator.slug) throw error;
    }
  }
  return { ok: false };
}
