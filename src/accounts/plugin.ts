import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../server/context.js';
import { sessionHook } from './http-session.js';
import type { PersonalDataContributor } from './personal-data.js';
import { accountRoutes } from './routes.js';

/**
 * Accounts: sessions, sign-up, login, password reset, second factor. Wrapped with
 * fastify-plugin so the session hook applies to every route of the app, not only to ours.
 */
export interface AccountsPluginOptions {
  ctx: AppContext;
  /** Every other domain's share of a person's data: downloaded with the account, erased with it. */
  personalData?: PersonalDataContributor[];
}

const plugin: FastifyPluginAsync<AccountsPluginOptions> = async (app, { ctx, personalData = [] }) => {
  app.addHook('onRequest', sessionHook(ctx));
  // Our own pages in a child context, so their hooks (no-store) stay theirs.
  await app.register(accountRoutes, { ctx, personalData });
};

export const accountsPlugin = fp(plugin, { name: 'abeille-accounts', fastify: '5.x' });
