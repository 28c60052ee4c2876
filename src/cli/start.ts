import cluster from 'node:cluster';
import { buildApp } from '../server/app.js';
import { describeDatabase, openAppDatabase } from '../server/boot.js';
import { systemClock } from '../server/clock.js';
import { loadConfig, type AppConfig } from '../server/config.js';
import { jobHandlers, scheduleRecurringJobs } from '../server/job-handlers.js';
import { startWorker } from '../jobs/index.js';
import { prepareData } from './prepare-data.js';

/**
 * `npm start`: migrates, loads the geography and (on an empty database) the demo data, then serves.
 * With DATABASE_URL and WEB_CONCURRENCY=n, n processes share the port; sessions, rate limits and
 * jobs live in PostgreSQL, so any process serves any user.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const processes = effectiveConcurrency(config);
  if (cluster.isPrimary) {
    console.log(`${config.siteName} : ${describeDatabase(config)}`);
    const database = await openAppDatabase(config);
    await prepareData(database, config);
    if (processes > 1) {
      await database.shutdown();
      console.log(`Démarrage de ${processes} processus…`);
      superviseWorkers(processes);
      return;
    }
    await serve(config, database);
    return;
  }
  const database = await openAppDatabase(config, { migrate: false });
  await serve(config, database);
}

/**
 * Forks the processes (they share the port: the primary hands connections out in turn) and replaces
 * one that stops unexpectedly. One that stops within seconds of starting is not replaced (a fault at
 * start would only repeat); once none is left, the primary stops too, so a supervisor sees it.
 */
function superviseWorkers(processes: number): void {
  const startedAt = new Map<number, number>();
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  for (let i = 0; i < processes; i++) fork();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    console.error(`Le processus ${worker.process.pid} s’est arrêté (${signal ?? code}).`);
    if (lived > 10_000) fork();
    else if (startedAt.size === 0) {
      console.error('Aucun processus n’a pu démarrer : arrêt.');
      process.exit(1);
    }
  });
}

function effectiveConcurrency(config: AppConfig): number {
  if (config.webConcurrency > 1 && !config.databaseUrl) {
    console.warn('WEB_CONCURRENCY est ignoré avec la base embarquée (PGlite ne sert qu’un processus) : un seul processus démarre.');
    return 1;
  }
  return config.webConcurrency;
}

async function serve(config: AppConfig, database: Awaited<ReturnType<typeof openAppDatabase>>): Promise<void> {
  const app = await buildApp({ config, database, clock: systemClock });
  const ctx = { config, db: database.db, engine: database.engine, clock: systemClock };
  const stopWorker = startWorker({ db: database.db, clock: systemClock, handlers: jobHandlers(ctx), log: app.log });
  await scheduleRecurringJobs(ctx);
  const scheduler = setInterval(() => scheduleRecurringJobs(ctx).catch((err) => app.log.error({ err }, 'scheduling failed')), 3_600_000);
  scheduler.unref();
  await app.listen({ port: config.port, host: config.host });
  const where = cluster.isWorker ? ` (processus ${process.pid})` : '';
  console.log(`${config.siteName} écoute sur ${config.publicUrl}${where}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Arrêt (${signal})…`);
    clearInterval(scheduler);
    await app.close();
    await stopWorker();
    await database.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
