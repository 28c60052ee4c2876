import { findActivatorById, findActivatorOfUser, publicName, type ActivatorRow } from '../../activators/index.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import {
  completedResultsOfUser,
  findFollowUp,
  followUpsOfActivator,
  followUpsOfOwner,
  insertFollowUp,
  latestResultsOfUsers,
  withdrawFollowUp,
  type FollowUp,
  type SavedResult,
} from '../account-queries.js';
import { findAssessmentByToken } from '../queries.js';
import type { DiagnosticDeps } from './deps.js';
import { startAssessment } from './start-assessment.js';

/** The wording of the owner's agreement, with the activator's name. */
export function followUpWording(activatorName: string): string {
  return `J’accepte que ${activatorName} voie mes résultats successifs à l’autodiagnostic, pour suivre mes progrès avec moi`;
}

/** Activators who may take an assessment with a business: those whose file is active. */
async function activeActivatorOfUser(db: Db, userId: string): Promise<ActivatorRow | null> {
  const activator = await findActivatorOfUser(db, userId);
  return activator && activator.status === 'active' ? activator : null;
}

const nameOf = (a: ActivatorRow) => publicName({ kind: a.kind, firstName: a.firstName, lastName: a.lastName, structureName: null });

/** An activator starts an assessment to take with a business: it remembers who it was taken with. */
export async function startWithActivator(deps: DiagnosticDeps, activatorUserId: string): Promise<{ ok: true; token: string } | { ok: false }> {
  const activator = await activeActivatorOfUser(deps.db, activatorUserId);
  if (!activator) return { ok: false };
  const { token } = await startAssessment(deps, { activatorId: activator.id });
  return { ok: true, token };
}

export type FollowUpOffer = { activatorId: string; activatorName: string } | null;

/**
 * What the result page offers about the activator it was taken with: the agreement box, only to the
 * owner of the account the result is saved in, and only while that activator does not follow them yet.
 */
export async function followUpOffer(
  db: Db,
  assessment: { activatorId: string | null; userId: string | null },
  user: { id: string; role: string } | null,
): Promise<FollowUpOffer> {
  if (!assessment.activatorId || !user || user.role !== 'entreprise' || assessment.userId !== user.id) return null;
  const [activator, followUps] = await Promise.all([findActivatorById(db, assessment.activatorId), followUpsOfOwner(db, user.id)]);
  if (!activator || activator.status !== 'active') return null;
  if (followUps.some((f) => f.activatorId === activator.id)) return null;
  return { activatorId: activator.id, activatorName: nameOf(activator) };
}

export type AgreeResult = { ok: true; change: 'donne' | 'aucun'; activatorName: string } | { ok: false; reason: 'introuvable' | 'refuse' };

/** The owner's explicit agreement (a box ticked) that the activator the result was taken with follows their results. */
export async function agreeToFollowUp(
  deps: { db: Db; clock: Clock },
  input: { token: string; ticked: boolean; user: { id: string; role: string; displayName: string } },
): Promise<AgreeResult> {
  const assessment = await findAssessmentByToken(deps.db, input.token);
  if (!assessment || assessment.status !== 'termine') return { ok: false, reason: 'introuvable' };
  const offer = await followUpOffer(deps.db, assessment, input.user);
  if (!offer) return { ok: false, reason: 'refuse' };
  if (!input.ticked) return { ok: true, change: 'aucun', activatorName: offer.activatorName };
  await insertFollowUp(deps.db, {
    ownerUserId: input.user.id,
    activatorId: offer.activatorId,
    ownerName: input.user.displayName,
    activatorName: offer.activatorName,
    now: deps.clock.now(),
  });
  return { ok: true, change: 'donne', activatorName: offer.activatorName };
}

/** The owner ends a follow-up: the activator stops seeing their results at once. */
export async function endFollowUp(deps: { db: Db; clock: Clock }, input: { id: string; userId: string }): Promise<boolean> {
  return withdrawFollowUp(deps.db, input.id, input.userId, deps.clock.now());
}

export interface FollowedBusiness extends FollowUp {
  latest: { completedAt: Date; overallScore: number } | null;
}

/** The businesses an activator follows, with their latest result. */
export async function followedBusinesses(db: Db, activatorUserId: string): Promise<{ ok: true; list: FollowedBusiness[] } | { ok: false }> {
  const activator = await findActivatorOfUser(db, activatorUserId);
  if (!activator) return { ok: false };
  const followUps = await followUpsOfActivator(db, activator.id);
  const latest = await latestResultsOfUsers(
    db,
    followUps.map((f) => f.ownerUserId),
  );
  return { ok: true, list: followUps.map((f) => ({ ...f, latest: latest.get(f.ownerUserId) ?? null })) };
}

export type FollowedResults =
  | { ok: true; followUp: FollowUp; results: SavedResult[] }
  | { ok: false; reason: 'introuvable' | 'interdit' };

/** A followed business's successive results: only for the activator the owner agreed to (and while they agree). */
export async function followedResults(db: Db, input: { activatorUserId: string; followUpId: string }): Promise<FollowedResults> {
  const [activator, followUp] = await Promise.all([findActivatorOfUser(db, input.activatorUserId), findFollowUp(db, input.followUpId)]);
  if (!followUp) return { ok: false, reason: 'introuvable' };
  if (!activator || activator.id !== followUp.activatorId) return { ok: false, reason: 'interdit' };
  return { ok: true, followUp, results: await completedResultsOfUser(db, followUp.ownerUserId) };
}
