// What other domains add to a result's next steps and to "Mon espace": guides, financial aids,
// testimonials and events. The self-assessment works alone (no source: those sections are not shown)
// and gets richer when a domain plugs its source in (src/server/app.ts passes them to the routes).
import { isThemeSlug, type ThemeSlug } from '../themes/index.js';

/** A guide or resource on a theme. */
export interface GuideLink {
  title: string;
  href: string;
  summary?: string;
}

/** A financial aid a business may be eligible for. */
export interface AidLink {
  title: string;
  href: string;
  /** Who grants it: "Région Bretagne", "Bpifrance"… */
  funder?: string;
  summary?: string;
}

/** A business telling how it went digital. */
export interface TestimonialLink {
  title: string;
  href: string;
  businessName: string;
  /** Where it is and what it does, in a few words: "Boulangerie à Quimper". */
  description?: string;
}

/** An event (workshop, webinar, meeting) near the business. */
export interface EventLink {
  title: string;
  href: string;
  startsAt: Date;
  /** Where it takes place, or "En ligne". */
  place: string;
}

/** Who the next steps are for: the profile and weak themes of a result, never its answers. */
export interface NextStepsQuery {
  themes: ThemeSlug[];
  sector: string | null;
  sizeBand: string | null;
  regionCode: string | null;
  departmentCode: string | null;
  now: Date;
}

export interface NextStepsSources {
  guides(query: NextStepsQuery): Promise<GuideLink[]>;
  aids(query: NextStepsQuery): Promise<AidLink[]>;
  testimonials(query: NextStepsQuery): Promise<TestimonialLink[]>;
  events(query: NextStepsQuery): Promise<EventLink[]>;
}

export interface NextSteps {
  guides: GuideLink[];
  aids: AidLink[];
  testimonials: TestimonialLink[];
  events: EventLink[];
}

/** The query for a result: its weak themes and its profile's sector, size band and place. */
export function nextStepsQuery(
  result: { sector: string | null; sizeBand: string | null; regionCode: string | null; departmentCode: string | null },
  weak: readonly string[],
  now: Date,
): NextStepsQuery {
  return {
    themes: weak.filter(isThemeSlug),
    sector: result.sector,
    sizeBand: result.sizeBand,
    regionCode: result.regionCode,
    departmentCode: result.departmentCode,
    now,
  };
}

/** How many of each a page shows at most. */
export const NEXT_STEPS_LIMITS = { guides: 3, aids: 3, testimonials: 1, events: 3 } as const;

/** No domain plugged in yet: every section stays hidden. */
export const NO_NEXT_STEPS: NextStepsSources = {
  guides: async () => [],
  aids: async () => [],
  testimonials: async () => [],
  events: async () => [],
};

export const NOTHING_NEXT: NextSteps = { guides: [], aids: [], testimonials: [], events: [] };

/**
 * Asks every source at once. A source that fails leaves its section out (reported through `onError`)
 * instead of failing the result page: the business still gets its levels and its actions.
 */
export async function gatherNextSteps(sources: NextStepsSources, query: NextStepsQuery, onError: (error: unknown) => void): Promise<NextSteps> {
  if (query.themes.length === 0 && !query.sector && !query.regionCode && !query.departmentCode) return NOTHING_NEXT;
  const ask = async <T>(kind: keyof NextStepsSources, limit: number): Promise<T[]> => {
    try {
      return ((await sources[kind](query)) as T[]).slice(0, limit);
    } catch (error) {
      onError(error);
      return [];
    }
  };
  const [guides, aids, testimonials, events] = await Promise.all([
    ask<GuideLink>('guides', NEXT_STEPS_LIMITS.guides),
    ask<AidLink>('aids', NEXT_STEPS_LIMITS.aids),
    ask<TestimonialLink>('testimonials', NEXT_STEPS_LIMITS.testimonials),
    ask<EventLink>('events', NEXT_STEPS_LIMITS.events),
  ]);
  return { guides, aids, testimonials, events };
}
