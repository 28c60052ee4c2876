import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../server/context.js';

/** Accounts: sessions, sign-up, login, password reset, second factor. */
export const accountsPlugin: FastifyPluginAsync<{ ctx: AppContext }> = async () => {};
