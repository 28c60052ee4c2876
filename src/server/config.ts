import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Everything an Abeille instance can be told through its environment (listed in the README). */
export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string;
  /** Absent: the embedded PGlite database stored in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Absent: mails stay in the outbox table, listed on the operators' page. */
  smtpUrl?: string;
  mailFrom: string;
  sessionSecret: string;
  siteName: string;
  operatorName: string;
  /** false removes the Marianne block and the "République française" mention (non-State operators). */
  stateBrand: boolean;
  webConcurrency: number;
  logLevel: string;
  /** Demo data loaded at first start on an empty database. */
  seedOnStart: 'none' | 'demo';
  /** Street-level geocoding through the national address API, when the network allows. */
  geocoder: 'offline' | 'ign';
  environment: 'development' | 'production' | 'test';
  /** The address visitors write to (accessibility feedback, personal data requests). */
  contactEmail: string;
  /** Absent: the legal notice names the operator's legal representative. */
  publicationDirector?: string;
  /** Name, address and phone of the host, required in the legal notice; absent: the notice says it is not yet given. */
  hostingProvider?: string;
  /** Public repository of this instance's source code, linked from the legal notice. */
  sourceUrl?: string;
  /** Absent: requests to the data protection officer go to `contactEmail`. */
  dpoEmail?: string;
  /** Registers /bench/baseline and /bench/floor, the reference routes of `npm run bench`. */
  benchRoutes: boolean;
  /**
   * A tile server for the directory's map ({z}/{x}/{y} template). Not used yet: the map draws its own
   * SVG of France and calls no third party (privacy); this is where a tile layer will read its address.
   */
  mapTileUrl?: string;
  /** Proxies in front of the app whose X-Forwarded-For is believed (hops count or addresses); false: none. */
  trustProxy: boolean | number | string;
  /** Company registry for activators' SIRETs: absent or "offline", nothing is called. */
  companyRegistry?: 'offline' | 'recherche-entreprises';
  /** Background check of activators' websites (legal notice, broken links); absent: "non vérifié". */
  websiteCheck?: boolean;
}

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().default('data'),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET doit contenir au moins 32 caractères').optional(),
  SITE_NAME: z.string().min(1).default('Abeille'),
  OPERATOR_NAME: z.string().min(1).default('Direction générale des Entreprises'),
  STATE_BRAND: booleanText.default(true),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED: z.enum(['none', 'demo']).default('demo'),
  GEOCODER: z.enum(['offline', 'ign']).default('offline'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  TRUST_PROXY: z.string().optional(),
  CONTACT_EMAIL: z.string().email().optional(),
  PUBLICATION_DIRECTOR: z.string().min(1).optional(),
  HOSTING_PROVIDER: z.string().min(1).optional(),
  SOURCE_URL: z.string().url().optional(),
  DPO_EMAIL: z.string().email().optional(),
  BENCH_ROUTES: booleanText.default(false),
  MAP_TILE_URL: z.string().url().optional(),
  COMPANY_REGISTRY: z.enum(['offline', 'recherche-entreprises']).default('offline'),
  WEBSITE_CHECK: booleanText.default(false),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? `${e.SITE_NAME} <ne-pas-repondre@${new URL(publicUrl).hostname}>`,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    siteName: e.SITE_NAME,
    operatorName: e.OPERATOR_NAME,
    stateBrand: e.STATE_BRAND,
    webConcurrency: e.WEB_CONCURRENCY,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED,
    geocoder: e.GEOCODER,
    environment: e.NODE_ENV,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    contactEmail: e.CONTACT_EMAIL ?? `contact@${new URL(publicUrl).hostname}`,
    publicationDirector: e.PUBLICATION_DIRECTOR,
    hostingProvider: e.HOSTING_PROVIDER,
    sourceUrl: e.SOURCE_URL,
    dpoEmail: e.DPO_EMAIL,
    benchRoutes: e.BENCH_ROUTES,
    mapTileUrl: e.MAP_TILE_URL,
    companyRegistry: e.COMPANY_REGISTRY,
    websiteCheck: e.WEBSITE_CHECK,
  };
}

/**
 * Per-IP rate limits rely on the client's address: X-Forwarded-For is believed only from the
 * proxies named here ("1" = one hop, or addresses/CIDR like "10.0.0.0/8"), never by default.
 */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A secret generated on first start and kept in the data folder, so sessions survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** A configuration for tests: no file written, nothing sent. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://localhost:3000',
    dataDir: 'memory://',
    mailFrom: 'Abeille <ne-pas-repondre@localhost>',
    sessionSecret: 'test-secret-test-secret-test-secret-test-secret',
    siteName: 'Abeille',
    operatorName: 'Direction générale des Entreprises',
    stateBrand: true,
    webConcurrency: 1,
    logLevel: 'silent',
    seedOnStart: 'none',
    geocoder: 'offline',
    environment: 'test',
    // Tests play clients behind a proxy (X-Forwarded-For) to check per-IP limits.
    trustProxy: true,
    contactEmail: 'contact@localhost',
    benchRoutes: false,
    ...overrides,
  };
}
