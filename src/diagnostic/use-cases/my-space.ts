import type { Db } from '../../db/client.js';
import { nearestContactableActivators, type NearbyActivator } from '../../activators/index.js';
import type { ThemeSlug } from '../../themes/index.js';
import { assessmentInProgressOfUser, completedResultsOfUser, followUpsOfOwner, type FollowUp, type SavedResult } from '../account-queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { levelFor, weakestThemes } from '../scoring.js';
import { gatherNextSteps, nextStepsQuery, NOTHING_NEXT, type NextSteps, type NextStepsSources } from '../next-steps.js';
import { questionnaireOf } from './open-step.js';

/** The activators a business wrote to (the contacts domain's read model, wired by the server). */
export type ContactsOfBusinessEmail = (
  db: Db,
  email: string,
) => Promise<{ activatorSlug: string; activatorName: string; sentAt: Date; status: string }[]>;

export interface MySpaceDeps {
  db: Db;
  contactsOfBusinessEmail?: ContactsOfBusinessEmail;
  /** Testimonials, guides and events from the domains plugged in; none: their sections are not shown. */
  nextSteps?: NextStepsSources;
  now?: Date;
  onSourceError?: (error: unknown) => void;
}

/** The sections "Mon espace" can show; only those with something to say are listed. */
export type SectionKey = 'niveau' | 'temoignages' | 'ressources' | 'activateur' | 'solutions' | 'evenements';

export const NEARBY_LIMIT = 3;

export interface MySpace {
  results: SavedResult[];
  latest: SavedResult | null;
  questionnaire: Questionnaire | null;
  weak: ThemeSlug[];
  nearby: NearbyActivator[];
  contacted: Awaited<ReturnType<ContactsOfBusinessEmail>>;
  followUps: FollowUp[];
  inProgress: { token: string; currentStep: number } | null;
  next: NextSteps;
  sections: SectionKey[];
}

/**
 * The order of the sections (six at most), from what the latest result says matters most: a business
 * taking its first steps (the two lowest levels) needs a person and peers' stories first, then concrete
 * actions; a business further along needs the actions and resources of its weak themes first. Progress
 * comes first once there are two results to compare. A section with nothing to show is left out; with
 * no result yet, only the invitation to take the assessment (and what needs no result) is shown.
 */
export function orderSections(input: {
  resultCount: number;
  overallLevelIndex: number | null;
  weakCount: number;
  hasActivatorContent: boolean;
  testimonialCount?: number;
  resourceCount?: number;
  eventCount?: number;
}): SectionKey[] {
  const has: Record<SectionKey, boolean> = {
    niveau: input.resultCount > 0,
    temoignages: (input.testimonialCount ?? 0) > 0,
    ressources: (input.resourceCount ?? 0) > 0,
    activateur: input.hasActivatorContent,
    solutions: input.resultCount > 0 && input.weakCount > 0,
    evenements: (input.eventCount ?? 0) > 0,
  };
  if (input.resultCount === 0 || input.overallLevelIndex === null) {
    return (['activateur', 'evenements'] as const).filter((key) => has[key]);
  }
  const starting = input.overallLevelIndex <= 1;
  const weights: Record<SectionKey, number> = {
    niveau: input.resultCount >= 2 ? 4 : 1.5,
    temoignages: starting ? 2.5 : 1.2,
    ressources: starting ? 1.8 : 2.2,
    activateur: (starting ? 3 : 1) + (input.hasActivatorContent ? 0.5 : 0),
    solutions: 2,
    evenements: 0.8,
  };
  return (Object.keys(weights) as SectionKey[])
    .filter((key) => has[key])
    .sort((a, b) => weights[b] - weights[a]);
}

/** Everything the business owner's home shows, in a few indexed reads. */
export async function mySpace(deps: MySpaceDeps, user: { id: string; email: string }): Promise<MySpace> {
  const [results, followUps, inProgress, contacted] = await Promise.all([
    completedResultsOfUser(deps.db, user.id),
    followUpsOfOwner(deps.db, user.id),
    assessmentInProgressOfUser(deps.db, user.id),
    deps.contactsOfBusinessEmail ? deps.contactsOfBusinessEmail(deps.db, user.email) : Promise.resolve([]),
  ]);
  const latest = results[results.length - 1] ?? null;
  const questionnaire = latest ? questionnaireOf(latest) : null;
  const weak = latest && questionnaire ? weakestThemes(questionnaire, latest.themeScores) : [];
  const nearby =
    latest && latest.latitude !== null && latest.longitude !== null && weak.length > 0
      ? await nearestContactableActivators(deps.db, { latitude: latest.latitude, longitude: latest.longitude, themes: weak, limit: NEARBY_LIMIT })
      : [];
  const next =
    deps.nextSteps && latest
      ? await gatherNextSteps(deps.nextSteps, nextStepsQuery(latest, weak, deps.now ?? new Date()), deps.onSourceError ?? (() => undefined))
      : NOTHING_NEXT;
  const overallLevelIndex =
    latest && questionnaire ? questionnaire.levels.indexOf(levelFor(questionnaire, latest.overallScore)) : null;
  const sections = orderSections({
    resultCount: results.length,
    overallLevelIndex,
    weakCount: weak.length,
    hasActivatorContent: nearby.length > 0 || contacted.length > 0 || followUps.length > 0,
    testimonialCount: next.testimonials.length,
    resourceCount: next.guides.length + next.aids.length,
    eventCount: next.events.length,
  });
  return { results, latest, questionnaire, weak, nearby, contacted, followUps, inProgress, next, sections };
}
