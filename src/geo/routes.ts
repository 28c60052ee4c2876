import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../server/context.js';
import { CommuneIndexHolder, type CommuneIndex } from './commune-index.js';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, type Commune } from './queries.js';

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

/**
 * Answers already given, by query: everyone typing "sai", "sain", "saint" asks the same few
 * thousand questions, and communes change only when the dataset is reloaded (at start-up) or
 * centres are imported, which the time-to-live bounds.
 */
class AnswerCache {
  private readonly entries = new Map<string, { body: string; expires: number }>();
  constructor(
    private readonly capacity = 5_000,
    private readonly ttlMs = 10 * 60_000,
  ) {}
  get(key: string, now: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < now) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }
  clear(): void {
    this.entries.clear();
  }
  set(key: string, body: string, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { body, expires: now + this.ttlMs });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

export const geoRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  const answers = new AnswerCache();
  // Every commune in memory, rebuilt when the communes change, and at the latest every ten minutes.
  const communes = new CommuneIndexHolder(ctx.db, () => ctx.clock.now().getTime());
  let answeredFrom: CommuneIndex | null = null;
  // Built before the server listens, so the first visitors do not wait for it (a fraction of a second).
  app.addHook('onReady', async () => {
    await communes.get();
  });

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
    const { q, limite } = parsed.data;
    const key = `${limite}|${q.toLowerCase()}`;
    const now = ctx.clock.now().getTime();
    const index = await communes.get();
    // A rebuilt index means the communes changed: the answers kept from the old one go.
    if (index !== answeredFrom) {
      answers.clear();
      answeredFrom = index;
    }
    let body = answers.get(key, now);
    if (body === undefined) {
      body = JSON.stringify({ communes: index.search(q, limite).map(present) });
      answers.set(key, body, now);
    }
    // The same answer for everyone until the next dataset load: browsers and proxies may keep it.
    return reply.header('cache-control', 'public, max-age=3600').type('application/json; charset=utf-8').send(body);
  });
};
