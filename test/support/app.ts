import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDependencies } from '../../src/server/app.js';
import { FixedClock } from '../../src/server/clock.js';
import { testConfig, type AppConfig } from '../../src/server/config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: FixedClock;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real application on a fresh database, with a clock that only moves when told to. */
export async function createTestApp(overrides: Partial<AppConfig> = {}, dependencies: Pick<AppDependencies, 'nextSteps'> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new FixedClock();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, clock, ...dependencies });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
