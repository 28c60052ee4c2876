import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';
import { offlineRegistry, type CompanyRegistry } from './registration/company-registry.js';
import type { ActivatorsDeps } from './registration/deps.js';
import { fileStoreFor } from './registration/file-store.js';
import { activatorsRegistrationRoutes } from './registration/routes.js';
import { activatorsValidationRoutes } from './validation/routes.js';

/**
 * Registration, validation by operators and activation. The company registry is offline unless one
 * is given (the Recherche d'entreprises adapter, when the network allows).
 */
export const activatorsRegistrationPlugin: FastifyPluginAsync<{ ctx: AppContext; registry?: CompanyRegistry }> = async (app, { ctx, registry }) => {
  const deps: ActivatorsDeps = { ...ctx, files: fileStoreFor(ctx.config.dataDir), registry: registry ?? offlineRegistry };
  await app.register(activatorsRegistrationRoutes, { deps });
  await app.register(activatorsValidationRoutes, { deps });
};
