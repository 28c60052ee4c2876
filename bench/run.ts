import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { projectRoot } from '../src/db/paths.js';
import { parseBenchArgs, USAGE, type BenchArgs } from './args.js';
import { cpuSnapshot, othersShare } from './cpu.js';
import { loadRoute, type LoadResult } from './load.js';
import { checkTargets, kilobytes, speedTable, warnings, weightTable, type References, type RouteReport } from './report.js';
import { benchRoutes, firstPath, REFERENCE_ROUTES, type BenchRoute } from './routes.js';
import { BENCH_DATABASE, prepareDatabase, runCli, startServer, waitUntilIdle, type BenchDatabase, type RunningServer } from './server.js';
import { steadyLoad } from './steady-load.js';
import { measurePageWeight, type PageWeight } from './weight.js';

/** National seeding and the first geography import take minutes; a demo start takes seconds. */
const READY_TIMEOUT_MS = 15 * 60_000;

function selectRoutes(all: BenchRoute[], wanted: string[] | undefined): BenchRoute[] {
  if (!wanted) return all;
  const unknown = wanted.filter((name) => !all.some((r) => r.name === name));
  if (unknown.length > 0) {
    throw new Error(`Route(s) inconnue(s) : ${unknown.join(', ')}. Routes connues : ${all.map((r) => r.name).join(', ')}.`);
  }
  // The references are always measured: the other figures are read as ratios to them.
  return all.filter((r) => (REFERENCE_ROUTES as readonly string[]).includes(r.name) || wanted.includes(r.name));
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function describePath(route: BenchRoute): string {
  return typeof route.path === 'string' ? route.path : `${route.path.paths[0]!.split('?')[0]} — ${route.path.describe}`;
}

function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

async function settle(server: RunningServer): Promise<void> {
  if (!(await waitUntilIdle(server.baseUrl))) {
    console.log('⚠ le serveur répond encore lentement après 2 minutes de calme : la mesure suivante en portera la trace.');
  }
}

async function seedAndStart(root: string, args: BenchArgs, database: BenchDatabase): Promise<RunningServer> {
  const base = { ...database.env, WEB_CONCURRENCY: String(args.webConcurrency) };
  if (!database.reused) {
    // The seed CLI migrates, loads the communes of France, then generates the data of this scale.
    console.log(`Remplissage de la base (node dist/src/cli/seed.js --scale ${args.scale})…`);
    await runCli('seed.js', ['--scale', args.scale], { root, env: { ...base, LOG_LEVEL: 'warn' } });
    database.markSeeded();
  }
  return startServer({ root, env: { ...base, SEED: 'none' } }, READY_TIMEOUT_MS);
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const root = projectRoot();
  const routes = selectRoutes(benchRoutes({ seed: args.seed, queryCount: args.queries }), args.routes);
  const database = await prepareDatabase(root, args.scale, process.env.DATABASE_URL, args.reuse);
  const started = new Date();
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'inconnu', node: process.version };

  // PGlite serves one process only: start.js then ignores WEB_CONCURRENCY.
  const serverProcesses = database.engine === 'pglite' ? 1 : args.webConcurrency;
  console.log(`Banc d’essai Abeille — ${started.toLocaleString('fr-FR')}`);
  console.log(`Base : ${database.describe}${database.reused ? ' (réutilisée, déjà remplie)' : ''} ; données : ${args.scale}`);
  console.log(`Machine : ${machine.cpus} cœurs (${machine.cpuModel}), Node ${machine.node}`);
  console.log(
    `Charge : autocannon dans le processus du banc, serveur (node dist/src/cli/start.js, ${serverProcesses} processus) ` +
      `dans un processus enfant : les deux se partagent les ${machine.cpus} cœurs.`,
  );
  console.log(
    `${args.connections} connexions, ${args.warmup} s de chauffe puis ${args.duration} s mesurées par route ; ` +
      `requêtes envoyées avec Accept-Encoding: br, gzip comme un navigateur.`,
  );

  const server = await seedAndStart(root, args, database);
  const reports: RouteReport[] = [];
  let baselineAtEnd: LoadResult | undefined;
  let loadBefore = 0;
  let loadAfter = 0;
  let crash: string | null = null;
  try {
    console.log(`Serveur prêt sur ${server.baseUrl} (pid ${server.pid}).`);
    loadBefore = loadavg()[0]!;
    // Routes whose paths are samples of the seeded data ask the running server for them.
    for (const route of routes) {
      if (!route.prepare) continue;
      process.stdout.write(`Préparation de ${route.name}… `);
      const prepared = await route.prepare(server.baseUrl, { seed: args.seed, queryCount: args.queries });
      route.path = prepared.path;
      if (prepared.post) route.post = prepared.post;
      console.log(typeof prepared.path === 'string' ? prepared.path : prepared.path.describe);
    }
    console.log('');
    const weights = new Map<string, PageWeight>();
    for (const route of routes.filter((r) => r.page)) {
      weights.set(route.name, await measurePageWeight(server.baseUrl, firstPath(route)));
    }
    const options = { baseUrl: server.baseUrl, connections: args.connections, duration: args.duration, warmup: args.warmup };
    for (const route of routes) {
      await settle(server);
      process.stdout.write(`Mesure de ${route.name} (${describePath(route)})… `);
      const ourDatabase = database.engine === 'postgres' ? BENCH_DATABASE : undefined;
      const before = cpuSnapshot(server.pid, ourDatabase);
      const routeLoad = { ...options, post: route.post, expectStatus: route.expectStatus, opensOnce: route.opensOnce };
      const load = await loadRoute(route.path, routeLoad);
      const othersCpu = othersShare(before, cpuSnapshot(server.pid, ourDatabase));
      console.log(`${Math.round(load.requestsPerSecond)} req/s${load.non2xx > 0 ? ` ⚠ ${load.non2xx} non-2xx` : ''}`);
      const latency = await measureLatency(server, route, routeLoad, reports, { seed: args.seed, queryCount: args.queries });
      reports.push({
        name: route.name,
        path: describePath(route),
        load,
        ...(latency ? { latency } : {}),
        othersCpu,
        weight: weights.get(route.name),
        targets: route.targets ?? [],
      });
      const died = server.death();
      if (died) {
        crash = `⚠ Pendant la mesure de ${route.name}, ${died}`;
        console.log(crash);
        break;
      }
    }
    // Measured again last: how much the machine drifted during the run tells how far to trust the ratios.
    if (!crash && routes.length > REFERENCE_ROUTES.length) {
      await settle(server);
      process.stdout.write('Mesure de baseline à nouveau (dérive de la machine)… ');
      baselineAtEnd = await loadRoute('/bench/baseline', options);
      console.log(`${Math.round(baselineAtEnd.requestsPerSecond)} req/s`);
    }
  } finally {
    loadAfter = loadavg()[0]!;
    await server.stop();
  }

  const baselineFirst = reports.find((r) => r.name === 'baseline')?.load;
  // An end measure that got no clean answers says nothing about drift: it is shown, not used.
  if (baselineAtEnd && (baselineAtEnd.responses === 0 || baselineAtEnd.non2xx > 0 || baselineAtEnd.errors > 0)) {
    console.log('⚠ la mesure de baseline en fin de passage a échoué : les rapports utilisent la mesure du début.');
    baselineAtEnd = undefined;
  }
  const references: References = {
    baseline:
      baselineFirst && baselineAtEnd
        ? (baselineFirst.requestsPerSecond + baselineAtEnd.requestsPerSecond) / 2
        : baselineFirst?.requestsPerSecond,
    floor: reports.find((r) => r.name === 'floor')?.load.requestsPerSecond,
  };
  const drift =
    baselineFirst && baselineAtEnd && baselineFirst.requestsPerSecond > 0
      ? baselineAtEnd.requestsPerSecond / baselineFirst.requestsPerSecond - 1
      : null;

  console.log('\nVitesse (les rapports à baseline et floor sont les chiffres qui comptent)\n');
  console.log(speedTable(reports, references));
  if (drift !== null) {
    console.log(
      `\nbaseline : ${Math.round(baselineFirst!.requestsPerSecond)} req/s au début, ${Math.round(baselineAtEnd!.requestsPerSecond)} à la fin ` +
        `(dérive ${(drift * 100).toFixed(1)} %) ; les rapports utilisent la moyenne.`,
    );
  }
  console.log('\nPoids au premier chargement (compressé, Accept-Encoding: br, gzip ; 1 kB = 1000 octets)\n');
  console.log(weightTable(reports, references));
  console.log('Total = HTML + CSS + JS. Polices : déclarées par les feuilles de style (le navigateur ne charge que celles employées) ;');
  console.log('images : icônes et <img> de la page. Scripts nomodule (anciens navigateurs) non comptés.');
  const alerts = warnings(reports);
  if (crash) alerts.push(crash);
  if (alerts.length > 0) console.log('\n' + alerts.join('\n'));

  const checks = reports.flatMap((r) => checkTargets(r, references).map((c) => ({ route: r.name, ...c })));
  const failed = checks.filter((c) => !c.pass);
  console.log(
    `\nCibles : ${checks.length - failed.length} atteinte(s) sur ${checks.length}` +
      (failed.length > 0 ? ` — en échec : ${failed.map((c) => `${c.route} (${c.label})`).join(', ')}` : ''),
  );

  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${fileStamp(started)}-${database.engine}-${args.scale}.json`);
  const result = {
    date: started.toISOString(),
    engine: database.engine,
    scale: args.scale,
    commit: git(['rev-parse', 'HEAD']),
    uncommittedChanges: (git(['status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
    machine: { ...machine, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    load: {
      tool: 'autocannon (API, dans le processus du banc ; serveur dans un processus enfant)',
      connections: args.connections,
      durationSeconds: args.duration,
      warmupSeconds: args.warmup,
      webConcurrency: serverProcesses,
      acceptEncoding: 'br, gzip',
    },
    serverCrash: crash,
    references: { ...references, baselineAtEnd: baselineAtEnd?.requestsPerSecond ?? null, drift },
    routes: reports.map((r) => ({
      name: r.name,
      path: r.path,
      ...r.load,
      latencyAtStatedLoad: r.latency ?? null,
      othersCpu: r.othersCpu ?? null,
      ratioToBaseline: references.baseline ? r.load.requestsPerSecond / references.baseline : null,
      ratioToFloor: references.floor ? r.load.requestsPerSecond / references.floor : null,
      weight: r.weight
        ? { totalKb: kilobytes(r.weight.totalBytes), fontKb: kilobytes(r.weight.fontBytes), imageKb: kilobytes(r.weight.imageBytes), ...r.weight }
        : undefined,
      targets: checkTargets(r, references).map((c) => ({ ...c.target, label: c.label, actual: c.actual, pass: c.pass })),
    })),
  };
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`Résultats : ${relative(root, file)}`);

  const anyNon2xx = reports.some((r) => r.load.non2xx > 0 || r.load.errors > 0);
  if (crash) return 1;
  return args.strict && (failed.length > 0 || anyNon2xx) ? 1 : 0;
}

/**
 * A route with a latency target is loaded a second time at the rate the target states (a share of
 * floor's requests/s), after fresh samples when each path may be loaded once: its p99 at that load.
 */
async function measureLatency(
  server: RunningServer,
  route: BenchRoute,
  routeLoad: Parameters<typeof loadRoute>[1],
  measured: RouteReport[],
  options: { seed: number; queryCount: number },
): Promise<RouteReport['latency']> {
  const target = route.targets?.find((t) => t.kind === 'p99');
  const floor = measured.find((r) => r.name === 'floor')?.load.requestsPerSecond;
  if (!target || target.kind !== 'p99' || !floor) return undefined;
  let path = route.path;
  let post = route.post;
  if (route.prepare && route.opensOnce) {
    const prepared = await route.prepare(server.baseUrl, options);
    path = prepared.path;
    post = prepared.post ?? post;
  }
  await settle(server);
  const rate = floor * target.atShareOfFloor;
  process.stdout.write(`  latence à ${Math.round(rate)} req/s (${Math.round(target.atShareOfFloor * 100)} % de floor)… `);
  const load = await steadyLoad(path, { ...routeLoad, post, rate });
  console.log(`p99 ${load.p99} ms`);
  return { ...load, rate };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
