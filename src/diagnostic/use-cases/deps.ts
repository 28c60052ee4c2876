import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import type { NextStepsSources } from '../next-steps.js';
import type { PostalCodeLocator } from '../postal-code.js';

/** The ports of the diagnostic's use cases, passed in by the routes (and by tests). */
export interface DiagnosticDeps {
  db: Db;
  clock: Clock;
  /** Finds the department and region of a postal code (offline by default: from its digits). */
  locate: PostalCodeLocator;
  newToken: () => string;
  /** Guides, aids, testimonials and events from other domains (none by default). */
  nextSteps: NextStepsSources;
}
