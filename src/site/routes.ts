import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import type { AppContext } from '../server/context.js';
import { pageContext, sendPage } from '../server/render.js';
import { HomePage } from './pages/HomePage.js';

export const siteRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/', async (request, reply) => {
    return sendPage(reply, h(HomePage, { ctx: pageContext(ctx.config, request, reply) }));
  });
};
