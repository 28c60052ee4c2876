import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../server/context.js';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, searchCommunes, type Commune } from './queries.js';

const communesQuery = z.object({
  q: z
    .string({ error: 'Saisissez un code postal ou le nom d’une commune (paramètre q).' })
    .trim()
    .min(SEARCH_MIN_LENGTH, `Saisissez au moins ${SEARCH_MIN_LENGTH} caractères.`)
    .max(SEARCH_MAX_LENGTH, `Saisissez au plus ${SEARCH_MAX_LENGTH} caractères.`),
  limite: z.coerce
    .number({ error: 'La limite doit être un nombre.' })
    .int('La limite doit être un nombre entier.')
    .min(1, 'La limite va de 1 à 20.')
    .max(20, 'La limite va de 1 à 20.')
    .default(10),
});

/** The public JSON shape, in French like the rest of the API (and like geo.api.gouv.fr). */
function present(c: Commune) {
  return {
    code: c.code,
    nom: c.name,
    libelle: c.postalCodes.length === 1 ? `${c.name} (${c.postalCodes[0]})` : `${c.name} (${c.department.code})`,
    codesPostaux: c.postalCodes,
    departement: { code: c.department.code, nom: c.department.name },
    region: { code: c.region.code, nom: c.region.name },
    population: c.population,
    latitude: c.latitude,
    longitude: c.longitude,
    positionExacte: c.positionExact,
  };
}

export const geoRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Autocomplete of a postal code or commune name, for every form that asks where a business is.
  app.get('/api/v1/communes', async (request, reply) => {
    const parsed = communesQuery.safeParse(request.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reply
        .code(400)
        .header('cache-control', 'no-store')
        .send({ erreur: issue.message, champ: String(issue.path[0] ?? 'q'), statut: 400 });
    }
    const communes = await searchCommunes(ctx.db, parsed.data.q, parsed.data.limite);
    // The same answer for everyone until the next dataset load: browsers and proxies may keep it.
    return reply.header('cache-control', 'public, max-age=3600').send({ communes: communes.map(present) });
  });
};
