import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';

export const geoRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async () => {};
