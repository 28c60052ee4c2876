import type { Db } from '../../db/client.js';
import { nearestContactableActivators, type NearbyActivator } from '../../activators/index.js';
import type { ThemeSlug } from '../../themes/index.js';
import { assessmentInProgressOfUser, completedResultsOfUser, followUpsOfOwner, type FollowUp, type SavedResult } from '../account-queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { levelFor, weakestThemes } from '../scoring.js';
import { questionnaireOf } from './open-step.js';

/** The activators a business wrote to (the contacts domain's read model, wired by the server). */
export type ContactsOfBusinessEmail = (
  db: Db,
  email: string,
) => Promise<{ activatorSlug: string; activatorName: string; sentAt: Date; status: string }[]>;

export interface MySpaceDeps {
  db: Db;
  contactsOfBusinessEmail?: ContactsOfBusinessEmail;
}

/** The sections "Mon espace" can show; only those with something to say are listed. */
export type SectionKey = 'niveau' | 'activateur' | 'solutions';

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
  sections: SectionKey[];
}

/**
 * The order of the sections, from what the latest result says matters most: a business taking its
 * first steps (the two lowest levels) needs a person first, then concrete actions; a business further
 * along needs the actions of its weak themes first. Progress comes first once there are two results
 * to compare. With no result yet, only the invitation to take the assessment is shown.
 */
export function orderSections(input: {
  resultCount: number;
  overallLevelIndex: number | null;
  weakCount: number;
  hasActivatorContent: boolean;
}): SectionKey[] {
  if (input.resultCount === 0 || input.overallLevelIndex === null) return input.hasActivatorContent ? ['activateur'] : [];
  const starting = input.overallLevelIndex <= 1;
  const weights: [SectionKey, number][] = [
    ['niveau', input.resultCount >= 2 ? 4 : 1.5],
    ['activateur', (starting ? 3 : 1) + (input.hasActivatorContent ? 0.5 : 0)],
    ['solutions', input.weakCount > 0 ? 2 : -1],
  ];
  return weights
    .filter(([key, weight]) => weight > 0 && (key !== 'activateur' || input.hasActivatorContent))
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key);
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
  const overallLevelIndex =
    latest && questionnaire ? questionnaire.levels.indexOf(levelFor(questionnaire, latest.overallScore)) : null;
  const sections = orderSections({
    resultCount: results.length,
    overallLevelIndex,
    weakCount: weak.length,
    hasActivatorContent: nearby.length > 0 || contacted.length > 0 || followUps.length > 0,
  });
  return { results, latest, questionnaire, weak, nearby, contacted, followUps, inProgress, sections };
}
