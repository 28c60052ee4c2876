import type { ActivatorRow } from '../../activators/index.js';
import { isThemeSlug, type ThemeSlug } from '../../themes/index.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import { CURRENT_QUESTIONNAIRE, questionnaireVersion } from '../questionnaire/index.js';
import { weakestThemes, type ThemeScores } from '../scoring.js';
import { findConsentingBusiness, listBusinessesToSupport, logBusinessContact } from '../support-queries.js';

export const BUSINESSES_PAGE_SIZE = 20;
const WEAK_THEME_COUNT = 3;

export interface BusinessToSupport {
  id: string;
  completedAt: Date;
  sizeBand: string | null;
  sector: string | null;
  postalCode: string | null;
  departmentCode: string | null;
  weakThemes: ThemeSlug[];
  contacted: boolean;
  contactedByMeAt: Date | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

export type BusinessesToSupport =
  | { ok: true; departments: string[]; theme: ThemeSlug | null; page: number; pageCount: number; total: number; businesses: BusinessToSupport[] }
  | { ok: false; reason: 'fiche_inactive' };

/** The departments an activator serves: the one of its commune, and those of the territory it declared. */
export function departmentsOf(activator: Pick<ActivatorRow, 'departmentCode' | 'territoryDepartments'>): string[] {
  const all = [activator.departmentCode, ...(activator.territoryDepartments ?? [])].filter((d): d is string => Boolean(d));
  return [...new Set(all)].sort();
}

/**
 * The businesses an activator may offer to help: consent in force, in one of its departments, newest
 * first, optionally those for which a theme is among their weakest. Their answers are never read.
 */
export async function businessesToSupport(
  deps: { db: Db },
  input: { activator: ActivatorRow | null; theme: string | null; page: number },
): Promise<BusinessesToSupport> {
  const { activator } = input;
  if (!activator || activator.status !== 'active') return { ok: false, reason: 'fiche_inactive' };
  const departments = departmentsOf(activator);
  const theme = input.theme && isThemeSlug(input.theme) ? input.theme : null;
  const questionnaire = CURRENT_QUESTIONNAIRE;
  const page = Math.max(1, Math.floor(input.page) || 1);
  const { total, rows } = await listBusinessesToSupport(deps.db, {
    activatorId: activator.id,
    departments,
    weakTheme: theme
      ? {
          theme,
          themeOrder: questionnaire.themes.map((t) => t.theme),
          topLevelMinScore: questionnaire.levels[questionnaire.levels.length - 1]!.minScore,
          limit: WEAK_THEME_COUNT,
        }
      : null,
    limit: BUSINESSES_PAGE_SIZE,
    offset: (page - 1) * BUSINESSES_PAGE_SIZE,
  });
  return {
    ok: true,
    departments,
    theme,
    page,
    pageCount: Math.max(1, Math.ceil(total / BUSINESSES_PAGE_SIZE)),
    total,
    businesses: rows.map((row) => ({
      id: row.id,
      completedAt: row.completedAt,
      sizeBand: row.sizeBand,
      sector: row.sector,
      postalCode: row.postalCode,
      departmentCode: row.departmentCode,
      weakThemes: weakestThemes(questionnaireVersion(row.questionnaireVersion) ?? questionnaire, row.themeScores as ThemeScores, WEAK_THEME_COUNT),
      contacted: row.contacted,
      contactedByMeAt: row.contactedByMeAt,
      contact: row.contact,
    })),
  };
}

export type TakeContactResult = { ok: true } | { ok: false; reason: 'fiche_inactive' | 'introuvable' };

/**
 * "Je prends contact": reveals the business's contact details to this activator and logs who and when.
 * Only for an active activator, a business of its departments whose consent is still in force.
 */
export async function takeContact(
  deps: { db: Db; clock: Clock },
  input: { activator: ActivatorRow | null; assessmentId: string },
): Promise<TakeContactResult> {
  const { activator } = input;
  if (!activator || activator.status !== 'active') return { ok: false, reason: 'fiche_inactive' };
  const business = await findConsentingBusiness(deps.db, input.assessmentId);
  if (!business || !business.departmentCode || !departmentsOf(activator).includes(business.departmentCode)) {
    return { ok: false, reason: 'introuvable' };
  }
  await logBusinessContact(deps.db, business.id, activator.id, deps.clock.now());
  return { ok: true };
}
