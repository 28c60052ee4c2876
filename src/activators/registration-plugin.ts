import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';
import type { CompanyRegistry } from './registration/company-registry.js';
import type { ActivatorsDeps } from './registration/deps.js';
import { fileStoreFor } from './registration/file-store.js';
import { activatorsRegistrationRoutes } from './registration/routes.js';
import { activatorsSpaceRoutes } from './space/routes.js';
import type { ContactStatistics } from './space/use-cases/get-statistics.js';
import { profileViewCounterFor } from './statistics/profile-views.js';
import { outboundChecks } from './validation/jobs.js';
import { activatorsValidationRoutes } from './validation/routes.js';

/**
 * Registration, validation by operators, activation and the activator's own space. The company registry
 * and the website check follow the configuration (offline by default); a registry can also be given
 * (tests). The contact requests' figures come from the contacts domain, wired by the server.
 */
export const activatorsRegistrationPlugin: FastifyPluginAsync<{ ctx: AppContext; registry?: CompanyRegistry; contactStatistics?: ContactStatistics }> = async (
  app,
  { ctx, registry, contactStatistics },
) => {
  const checks = outboundChecks(ctx.config);
  const deps: ActivatorsDeps = { ...ctx, files: fileStoreFor(ctx.config.dataDir), registry: registry ?? checks.registry, websiteCheck: checks.website };
  await app.register(activatorsRegistrationRoutes, { deps });
  await app.register(activatorsValidationRoutes, { deps });
  const views = profileViewCounterFor(ctx, ctx, (error) => app.log.error({ err: error }, 'profile views not written'));
  await app.register(activatorsSpaceRoutes, { deps, views, contactStatistics });
};
