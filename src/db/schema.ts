// Every domain's tables, gathered for Drizzle (migrations and typed queries). Domains still reach
// one another only through their index.ts: this file is plumbing, not an API.
export * from '../accounts/schema.js';
export * from '../geo/schema.js';
export * from '../jobs/schema.js';
export * from '../mail/schema.js';
export * from '../server/schema.js';
export * from '../activators/schema.js';
export * from '../diagnostic/schema.js';
export * from '../contacts/schema.js';
