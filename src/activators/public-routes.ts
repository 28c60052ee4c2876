// Everything a visitor sees of the activators without an account: the directory with its map, the
// profiles, the regional listings and the public JSON API with its documentation.
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';
import { publicApiRoutes } from './api/routes.js';
import { directoryRoutes } from './directory/routes.js';

export const activatorsPublicRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(directoryRoutes, { ctx });
  await app.register(publicApiRoutes, { ctx });
};
