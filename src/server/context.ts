import type { AppConfig } from './config.js';
import type { Clock } from './clock.js';
import type { Db, Engine } from '../db/client.js';

/** The ports every domain's routes receive: passed in, never imported as globals. */
export interface AppContext {
  config: AppConfig;
  db: Db;
  engine: Engine;
  clock: Clock;
}
