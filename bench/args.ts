import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface BenchArgs {
  scale: 'demo' | 'national';
  /** Route names to measure; the two references are always added. Absent: every route. */
  routes?: string[];
  /** Seconds measured per route. */
  duration: number;
  /** Seconds of warm-up per route, not counted. */
  warmup: number;
  connections: number;
  /** Distinct search queries (at least 500). */
  queries: number;
  seed: number;
  webConcurrency: number;
  /** Keep a database already seeded at this scale by an earlier run (seeding national takes long). */
  reuse: boolean;
  /** Exit with code 1 when a target fails or a route answers non-2xx. */
  strict: boolean;
  help: boolean;
}

const schema = z.object({
  scale: z.enum(['demo', 'national']).default('demo'),
  routes: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined)),
  duration: z.coerce.number().positive().max(600).default(10),
  warmup: z.coerce.number().min(0).max(60).default(2),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  queries: z.coerce.number().int().min(500, 'au moins 500 requêtes distinctes').max(20_000).default(1000),
  seed: z.coerce.number().int().min(0).default(1),
  'web-concurrency': z.coerce.number().int().min(1).max(64).default(1),
  reuse: z.boolean().default(false),
  strict: z.boolean().default(false),
  help: z.boolean().default(false),
});

export const USAGE = `Utilisation : npm run bench -- [options]
  --scale demo|national   données chargées (défaut demo)
  --routes a,b            routes mesurées (baseline et floor sont toujours ajoutées)
  --duration <s>          secondes mesurées par route (défaut 10)
  --warmup <s>            secondes de chauffe par route, non comptées (défaut 2)
  --connections <n>       connexions simultanées (défaut 50)
  --queries <n>           requêtes de recherche distinctes, 500 au moins (défaut 1000)
  --seed <n>              graine du mélange de requêtes (défaut 1)
  --web-concurrency <n>   processus serveur (PostgreSQL seulement ; défaut 1)
  --reuse                 garder la base déjà remplie à cette échelle par un passage précédent
  --strict                code de sortie 1 si une cible échoue ou si une route répond non 2xx
Base : PostgreSQL (base abeille_bench) si DATABASE_URL est défini, sinon PGlite.`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      routes: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      queries: { type: 'string' },
      seed: { type: 'string' },
      'web-concurrency': { type: 'string' },
      reuse: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- --${i.path.join('.')} : ${i.message}`);
    throw new Error(`Options invalides :\n${lines.join('\n')}\n\n${USAGE}`);
  }
  const v = parsed.data;
  return {
    scale: v.scale,
    routes: v.routes,
    duration: v.duration,
    warmup: v.warmup,
    connections: v.connections,
    queries: v.queries,
    seed: v.seed,
    webConcurrency: v['web-concurrency'],
    reuse: v.reuse,
    strict: v.strict,
    help: v.help,
  };
}
