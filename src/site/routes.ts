import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import type { AppContext } from '../server/context.js';
import { PageCache } from '../server/page-cache.js';
import { pageContext, renderDocument, sendPage } from '../server/render.js';
import { DSFR_VERSION } from '../server/assets.js';
import { HomePage } from './pages/HomePage.js';
import { AccessibilityPage } from './pages/AccessibilityPage.js';
import { LegalNoticePage } from './pages/LegalNoticePage.js';
import { PersonalDataPage } from './pages/PersonalDataPage.js';
import { SiteMapPage } from './pages/SiteMapPage.js';
import { UpcomingSectionPage } from './pages/UpcomingSectionPage.js';
import { operatorFacts } from './operator-facts.js';
import { UPCOMING_SECTIONS, upcomingSectionTitle } from './upcoming-sections.js';

export const siteRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The home page is the same for every visitor: cached a minute (see PageCache for invalidation).
  const homeCache = new PageCache();
  app.get('/', async (request, reply) => {
    return homeCache.serve(request, reply, 'home', 60_000, () =>
      renderDocument(h(HomePage, { ctx: pageContext(ctx.config, request, reply) })),
    );
  });

  const facts = operatorFacts(ctx.config);
  app.get('/accessibilite', async (request, reply) => {
    return sendPage(reply, h(AccessibilityPage, { ctx: pageContext(ctx.config, request, reply), facts }));
  });
  app.get('/mentions-legales', async (request, reply) => {
    const page = h(LegalNoticePage, { ctx: pageContext(ctx.config, request, reply), facts, dsfrVersion: DSFR_VERSION });
    return sendPage(reply, page);
  });
  app.get('/donnees-personnelles', async (request, reply) => {
    return sendPage(reply, h(PersonalDataPage, { ctx: pageContext(ctx.config, request, reply), facts }));
  });
  app.get('/plan-du-site', async (request, reply) => {
    return sendPage(reply, h(SiteMapPage, { ctx: pageContext(ctx.config, request, reply) }));
  });

  // Stand-ins for the main sections still to be built. A domain plugin registered before this one that
  // already serves the path keeps it; one registered after would clash at start-up, which says loudly
  // to delete the line from UPCOMING_SECTIONS.
  for (const section of UPCOMING_SECTIONS) {
    if (app.hasRoute({ method: 'GET', url: section.href })) continue;
    const title = upcomingSectionTitle(section.href);
    app.get(section.href, async (request, reply) => {
      const page = h(UpcomingSectionPage, { ctx: pageContext(ctx.config, request, reply), title, promise: section.promise });
      return sendPage(reply, page);
    });
  }
};
