import type { Db } from '../db/client.js';

/**
 * What a domain keeps about a person, handed to the accounts domain (which knows none of the
 * others): `collect` feeds the account's data download, `erase` runs when the account is deleted.
 * Domains give theirs to the accounts plugin through src/server/app.ts.
 */
export interface PersonalDataContributor {
  /** Key in the JSON download, e.g. 'autodiagnostics'. */
  key: string;
  collect(db: Db, user: { id: string; email: string }): Promise<unknown>;
  /** Called when the account is deleted (by its owner or after two years without use). */
  erase(db: Db, user: { id: string; email: string }): Promise<void>;
}
