import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../server/context.js';
import { sessionHook } from './http-session.js';
import { accountRoutes } from './routes.js';

/**
 * Accounts: sessions, sign-up, login, password reset, second factor. Wrapped with
 * fastify-plugin so the session hook applies to every route of the app, not only to ours.
 */
const plugin: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionHook(ctx));
  // Our own pages in a child context, so their hooks (no-store) stay theirs.
  await app.register(accountRoutes, { ctx });
};

export const accountsPlugin = fp(plugin, { name: 'abeille-accounts', fastify: '5.x' });
