// The public JSON API of the directory (documented at /api/docs from openapi.ts). Institutional
// activators never appear: every read goes through the directory's queries, which list only the
// kinds a visitor may see.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import type { AppContext } from '../../server/context.js';
import { pageContext, sendPage } from '../../server/render.js';
import { THEMES } from '../../themes/index.js';
import { KINDS } from '../kinds.js';
import { areas } from '../directory/areas.js';
import { API_PAGE_SIZE, FILTER_PARAMETERS, rawFilters, type FilterErrors } from '../directory/filters.js';
import { MAP_HEIGHT, MAP_WIDTH, project } from '../directory/map/projection.js';
import { profilePath, publicName, roundKm, safeExternalUrl } from '../directory/present.js';
import type { DirectoryRow } from '../directory/queries.js';
import { searchDirectoryUseCase } from '../directory/use-cases/search-directory.js';
import { findPublicProfile } from '../profile/queries.js';
import { openApiDocument } from './openapi.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';

const slugParam = z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/) });

function refuse(reply: FastifyReply, errors: FilterErrors) {
  const list = FILTER_PARAMETERS.filter((name) => errors[name]).map((name) => ({ champ: name, message: errors[name]! }));
  const firstError = list[0]!;
  return reply
    .code(400)
    .header('cache-control', 'no-store')
    .send({ erreur: `Paramètre « ${firstError.champ} » refusé : ${firstError.message}`, champ: firstError.champ, statut: 400, erreurs: list });
}

function presentRow(publicUrl: string, row: Pick<DirectoryRow, 'slug' | 'firstName' | 'lastName' | 'structureName' | 'kind' | 'themes' | 'communeCode' | 'communeName' | 'postalCode' | 'latitude' | 'longitude' | 'offerUrl'> & { distanceKm: number | null }) {
  const rules = KINDS[row.kind];
  return {
    slug: row.slug,
    url: `${publicUrl}${profilePath(row.slug)}`,
    nomAffiche: publicName(row),
    prenom: row.firstName,
    nom: row.lastName,
    structure: row.structureName,
    type: row.kind,
    typeLibelle: rules.label,
    themes: row.themes,
    commune: row.communeCode || row.communeName ? { code: row.communeCode, nom: row.communeName } : null,
    codePostal: row.postalCode,
    latitude: row.latitude,
    longitude: row.longitude,
    distanceKm: row.distanceKm === null ? null : roundKm(row.distanceKm),
    contactable: rules.contactable,
    offresUrl: rules.contactable ? null : safeExternalUrl(row.offerUrl),
  };
}

export const publicApiRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  const document = openApiDocument(ctx.config.publicUrl, ctx.config.siteName);
  const documentJson = JSON.stringify(document);
  const publicUrl = ctx.config.publicUrl;

  app.get('/api/openapi.json', async (_request, reply) => {
    return reply.header('cache-control', 'public, max-age=3600').type('application/json; charset=utf-8').send(documentJson);
  });

  app.get('/api/docs', async (request, reply) => {
    return sendPage(reply, h(ApiDocsPage, { ctx: pageContext(ctx.config, request, reply), document }));
  });

  app.get('/api/v1/themes', async (_request, reply) => {
    return reply.header('cache-control', 'public, max-age=3600').send({ themes: THEMES.map((t) => ({ slug: t.slug, libelle: t.label })) });
  });

  app.get('/api/v1/activateurs', async (request, reply) => {
    const result = await searchDirectoryUseCase({ db: ctx.db }, { raw: rawFilters(request.query), strict: true, pageSize: API_PAGE_SIZE });
    if (!result.searched) return refuse(reply, result.errors);
    return reply.header('cache-control', 'public, max-age=60').send({
      total: result.total,
      page: result.page,
      pages: result.pageCount,
      parPage: API_PAGE_SIZE,
      lieu: result.place
        ? {
            code: result.place.code,
            nom: result.place.name,
            latitude: result.place.latitude,
            longitude: result.place.longitude,
            rayonKm: result.radiusKm,
          }
        : null,
      resultats: result.rows.map((row) => presentRow(publicUrl, row)),
    });
  });

  app.get('/api/v1/activateurs/:slug', async (request, reply) => {
    const params = slugParam.safeParse(request.params);
    const profile = params.success ? await findPublicProfile(ctx.db, params.data.slug) : null;
    if (!profile) {
      return reply.code(404).send({ erreur: 'Aucune fiche publique d’activateur à cette adresse.', statut: 404 });
    }
    const known = await areas(ctx.db);
    return reply.header('cache-control', 'public, max-age=60').send({
      ...presentRow(publicUrl, { ...profile, distanceKm: null }),
      presentation: profile.presentation,
      references: profile.clientReferences,
      secteurs: profile.sectors,
      territoire: profile.territoryDepartments,
      departement: profile.departmentCode,
      region: profile.regionCode ? (known.regionByCode.get(profile.regionCode)?.name ?? null) : null,
      siteInternet: safeExternalUrl(profile.website ?? profile.structureWebsite),
      reseauSocial: safeExternalUrl(profile.socialUrl ?? profile.structureSocialUrl),
      videos: profile.videoUrls.map(safeExternalUrl).filter((u): u is string => u !== null),
    });
  });

  app.get('/api/v1/carte', async (request, reply) => {
    const raw = { ...rawFilters(request.query), page: '' };
    const result = await searchDirectoryUseCase({ db: ctx.db }, { raw, strict: true, mapOnly: true });
    if (!result.searched) return refuse(reply, result.errors);
    const points = (result.map ?? []).flatMap((p) => {
      const at = project(p.latitude, p.longitude, p.departmentCode);
      if (!at) return [];
      return [
        {
          x: Math.round(at.x * 100) / 100,
          y: Math.round(at.y * 100) / 100,
          nombre: p.count,
          commune: p.communeName,
          codePostal: p.postalCode,
          slug: p.slug,
          nom: p.name,
        },
      ];
    });
    return reply.header('cache-control', 'public, max-age=60').send({ largeur: MAP_WIDTH, hauteur: MAP_HEIGHT, points });
  });
};
