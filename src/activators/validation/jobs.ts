import { eq } from 'drizzle-orm';
import { enqueueJob, type JobHandlers } from '../../jobs/index.js';
import type { AppContext } from '../../server/context.js';
import { offlineRegistry, rechercheEntreprisesRegistry, type CompanyRegistry } from '../registration/company-registry.js';
import { activators, structures } from '../schema.js';
import { checkWebsite } from './website-check.js';

// Checks made after a submission, in the background, when the network allows: the structure's SIRET
// in the company registry (name, closed establishment) and the website. Their results feed the
// operators' flags; until they ran, the flags say "non vérifié".

export const REGISTRY_CHECK_JOB = 'activateurs-verification-siret';
export const WEBSITE_CHECK_JOB = 'activateurs-verification-site';

export interface OutboundChecks {
  registry: CompanyRegistry;
  /** Whether websites may be fetched (false: no network, every site stays "non vérifié"). */
  website: boolean;
  fetch?: typeof globalThis.fetch;
}

/** What the configuration allows: everything offline unless it says otherwise. */
export function outboundChecks(config: AppContext['config']): OutboundChecks {
  return {
    registry: config.companyRegistry === 'recherche-entreprises' ? rechercheEntreprisesRegistry() : offlineRegistry,
    website: config.websiteCheck === true,
  };
}

export async function enqueueChecks(ctx: AppContext, checks: OutboundChecks, file: { activatorId: string; structureId: string; website: string | null }): Promise<void> {
  const now = ctx.clock.now();
  if (checks.registry.online) {
    await enqueueJob(ctx.db, { kind: REGISTRY_CHECK_JOB, payload: { structureId: file.structureId }, runAt: now, maxAttempts: 5 }, now);
  }
  if (checks.website && file.website) {
    await enqueueJob(ctx.db, { kind: WEBSITE_CHECK_JOB, payload: { activatorId: file.activatorId }, runAt: now, maxAttempts: 3 }, now);
  }
}

export function activatorJobHandlers(ctx: AppContext, checks: OutboundChecks = outboundChecks(ctx.config)): JobHandlers {
  return {
    [REGISTRY_CHECK_JOB]: async (payload) => {
      const [structure] = await ctx.db.select().from(structures).where(eq(structures.id, String(payload.structureId)));
      if (!structure) return;
      const answer = await checks.registry.lookup(structure.siret);
      // Unreachable: the job is tried again later; not found: unknown, left as it is.
      if (answer.status === 'unknown' && answer.reason === 'injoignable') throw new Error('répertoire des entreprises injoignable');
      if (answer.status === 'found') {
        await ctx.db
          .update(structures)
          .set({ registryName: answer.company.name, registryClosed: answer.company.closed })
          .where(eq(structures.id, structure.id));
      }
    },
    [WEBSITE_CHECK_JOB]: async (payload) => {
      const [activator] = await ctx.db.select().from(activators).where(eq(activators.id, String(payload.activatorId)));
      if (!activator?.website || !checks.website) return;
      const result = await checkWebsite(activator.website, { fetch: checks.fetch, now: ctx.clock.now() });
      await ctx.db.update(activators).set({ websiteCheck: result }).where(eq(activators.id, activator.id));
    },
  };
}
