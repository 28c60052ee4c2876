import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';

export const mailRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async () => {};
