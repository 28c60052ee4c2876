import type { Db } from '../../db/client.js';
import type { Clock } from '../../server/clock.js';
import type { PostalCodeLocator } from '../postal-code.js';

/** The ports of the diagnostic's use cases, passed in by the routes (and by tests). */
export interface DiagnosticDeps {
  db: Db;
  clock: Clock;
  /** Finds the department and region of a postal code (offline by default: from its digits). */
  locate: PostalCodeLocator;
  newToken: () => string;
}
