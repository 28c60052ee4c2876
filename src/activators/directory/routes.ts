// The public side of the activators: the directory and its map, the profiles, the regional listings.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { AppContext } from '../../server/context.js';
import { pageContext, renderDocument, sendPage } from '../../server/render.js';
import { sendError } from '../../server/errors.js';
import { CONTACT_ANCHOR, ProfilePage } from '../profile/pages/ProfilePage.js';
import { getPublicProfile } from '../profile/use-cases/get-public-profile.js';
import { isRobot, profileViewCounterFor } from '../statistics/profile-views.js';
import { fileStoreFor } from '../registration/file-store.js';
import { findActivatorOfUser } from '../registration/queries.js';
import { findPublicProfile } from '../profile/queries.js';
import { areas } from './areas.js';
import { filtersQueryString, rawFilters, RADIUS_CHOICES_KM, type RawFilters } from './filters.js';
import { BASE_MAP_PATH, baseMap, baseMapUrl } from './map/base-map.js';
import { CELLS_ACROSS, clusterPoints, FULL_VIEW, viewAround, type MapMarker } from './map/layout.js';
import { DirectoryPage, DIRECTORY_PATH } from './pages/DirectoryPage.js';
import { DepartmentListPage, RegionPage, RegionsIndexPage, regionPath, REGIONS_PATH, type DepartmentSection } from './pages/RegionPage.js';
import { profilePath } from './present.js';
import { VersionedPageCache } from './page-cache.js';
import { countByDepartment, countByRegion, directoryVersion, regionEntries } from './queries.js';
import { searchDirectoryUseCase } from './use-cases/search-directory.js';

/** Names shown per department on a region's page; the rest are one click away. */
const PER_DEPARTMENT = 30;
const DEPARTMENT_PAGE_SIZE = 50;

const KM_PER_MAP_UNIT = 1.9;

/** The search a group marker leads to without JavaScript: around its main commune, wide enough to hold the group. */
function groupSearch(raw: RawFilters, marker: MapMarker, cellUnits: number): string {
  const wanted = Math.max(5, cellUnits * KM_PER_MAP_UNIT);
  const radius = RADIUS_CHOICES_KM.find((km) => km >= wanted) ?? RADIUS_CHOICES_KM[RADIUS_CHOICES_KM.length - 1];
  return `${DIRECTORY_PATH}${filtersQueryString(raw, { lieu: marker.postalCode, rayon: String(radius), page: '' })}#resultats`;
}

const slugParam = z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/) });
/** A profile opened from a self-assessment's result carries its id (?diagnostic=<uuid>) on to the contact form. */
function diagnosticOf(query: unknown): string | undefined {
  const value = (query as Record<string, unknown> | null)?.diagnostic;
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : undefined;
}
const regionQuery = z.object({
  departement: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/i)
    .transform((v) => v.toUpperCase())
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const directoryRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  const files = fileStoreFor(ctx.config.dataDir);
  // Search pages and profiles for visitors, kept while no activator or structure changes.
  const pages = new VersionedPageCache(2_000);
  // Profile views are counted in memory and written in batches (never one write per view).
  const views = profileViewCounterFor(ctx, ctx, (error) => app.log.error({ err: error }, 'profile views not written'));
  views.start();
  app.addHook('onClose', () => views.stop());
  /** An activator looking at their own profile is not a visitor (only signed-in activators cost a query). */
  async function ownProfile(request: FastifyRequest, slug: string): Promise<boolean> {
    const user = request.currentUser;
    return user?.role === 'activateur' && (await findActivatorOfUser(ctx.db, user.id))?.slug === slug;
  }

  app.get(DIRECTORY_PATH, async (request, reply) => {
    const version = await directoryVersion(ctx.db);
    return pages.serve(request, reply, request.url, version, async () => {
      const raw = rawFilters(request.query);
      const result = await searchDirectoryUseCase({ db: ctx.db }, { raw, withMap: true, version });
      const around = result.place
        ? viewAround(
            { latitude: result.place.latitude, longitude: result.place.longitude, departmentCode: result.place.department.code },
            result.radiusKm!,
          )
        : null;
      const view = around?.view ?? FULL_VIEW;
      const markers = clusterPoints(result.map ?? [], view);
      const cellUnits = view.width / CELLS_ACROSS;
      const page = h(DirectoryPage, {
        ctx: pageContext(ctx.config, request, reply),
        result,
        map:
          result.place && !around
            ? null
            : {
                view,
                circle: around?.circle ?? null,
                markers,
                baseMapUrl: baseMapUrl(),
                groupHref: (m: MapMarker) => groupSearch(raw, m, cellUnits),
                profileHref: profilePath,
                pointsUrl: `/api/v1/carte${filtersQueryString(raw, { page: '' })}`,
              },
        hrefForPage: (n: number) => `${DIRECTORY_PATH}${filtersQueryString(raw, { page: String(n) })}#resultats`,
      });
      return { html: renderDocument(page), status: 200 };
    });
  });

  app.get(BASE_MAP_PATH, async (_request, reply) => {
    const map = baseMap();
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('image/svg+xml; charset=utf-8')
      .send(map.body);
  });

  app.get('/trouver-un-accompagnement/:slug', async (request, reply) => {
    const params = slugParam.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const version = await directoryVersion(ctx.db);
    const own = request.currentUser?.role === 'activateur' ? await ownProfile(request, params.data.slug) : false;
    const sent = await pages.serve(request, reply, `fiche:${params.data.slug}:${diagnosticOf(request.query) ?? ''}`, version, async () => {
      const view = await getPublicProfile({ db: ctx.db, clock: ctx.clock }, params.data.slug);
      if (!view) return sendError(ctx.config, request, reply, 404);
      const page = h(ProfilePage, {
        ctx: pageContext(ctx.config, request, reply),
        profile: view.profile,
        photoUrl: view.profile.photoFile ? `${profilePath(view.profile.slug)}/photo` : null,
        territory: view.territory,
        commitments: view.commitments,
        region: view.region ? { name: view.region.name, href: regionPath(view.region.slug) } : null,
        diagnostic: diagnosticOf(request.query),
      });
      return { html: renderDocument(page), status: 200 };
    });
    if (reply.statusCode === 200 && request.method === 'GET' && !isRobot(request.headers['user-agent']) && !own) views.record(params.data.slug);
    return sent;
  });

  // Only the photo of a public profile is public; the file's stored name never appears in a URL.
  app.get('/trouver-un-accompagnement/:slug/photo', async (request, reply) => {
    const params = slugParam.safeParse(request.params);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    const profile = await findPublicProfile(ctx.db, params.data.slug);
    const bytes = profile?.photoFile ? await files.get('activateurs/photos', profile.photoFile) : null;
    if (!bytes) return sendError(ctx.config, request, reply, 404);
    return reply.header('cache-control', 'public, max-age=3600').type('image/jpeg').send(bytes);
  });

  app.get(REGIONS_PATH, async (request, reply) => {
    const [known, counts] = await Promise.all([areas(ctx.db), countByRegion(ctx.db)]);
    const regions = known.regions.map((r) => ({ name: r.name, href: regionPath(r.slug), count: counts.get(r.code) ?? 0 }));
    return sendPage(reply, h(RegionsIndexPage, { ctx: pageContext(ctx.config, request, reply), regions }));
  });

  app.get(`${REGIONS_PATH}/:slug`, async (request, reply) => {
    const params = slugParam.safeParse(request.params);
    const query = regionQuery.safeParse(request.query);
    if (!params.success) return sendError(ctx.config, request, reply, 404);
    if (!query.success) return sendError(ctx.config, request, reply, 400);
    const known = await areas(ctx.db);
    const region = known.regionBySlug.get(params.data.slug);
    if (!region) return sendError(ctx.config, request, reply, 404);
    const counts = await countByDepartment(ctx.db, region.code);
    const departments = known.departments.filter((d) => d.regionCode === region.code);

    if (query.data.departement) {
      const department = departments.find((d) => d.code === query.data.departement);
      if (!department) return sendError(ctx.config, request, reply, 404);
      const total = counts.get(department.code) ?? 0;
      const pageCount = Math.max(1, Math.ceil(total / DEPARTMENT_PAGE_SIZE));
      const pageNumber = Math.min(query.data.page, pageCount);
      const entries = await regionEntries(ctx.db, region.code, {
        departmentCode: department.code,
        limit: DEPARTMENT_PAGE_SIZE,
        offset: (pageNumber - 1) * DEPARTMENT_PAGE_SIZE,
      });
      const base = `${regionPath(region.slug)}?departement=${encodeURIComponent(department.code)}`;
      return sendPage(
        reply,
        h(DepartmentListPage, {
          ctx: pageContext(ctx.config, request, reply),
          region,
          department,
          total,
          entries,
          page: pageNumber,
          pageCount,
          hrefFor: (n: number) => (n === 1 ? base : `${base}&page=${n}`),
        }),
      );
    }

    const entries = await regionEntries(ctx.db, region.code, { perDepartment: PER_DEPARTMENT });
    const sections: DepartmentSection[] = departments
      .filter((d) => (counts.get(d.code) ?? 0) > 0)
      .map((d) => {
        const count = counts.get(d.code) ?? 0;
        return {
          code: d.code,
          name: d.name,
          count,
          entries: entries.filter((e) => e.departmentCode === d.code),
          moreHref: count > PER_DEPARTMENT ? `${regionPath(region.slug)}?departement=${encodeURIComponent(d.code)}` : null,
        };
      });
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return sendPage(reply, h(RegionPage, { ctx: pageContext(ctx.config, request, reply), region, total, sections }));
  });
};

export { CONTACT_ANCHOR };
