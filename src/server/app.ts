import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/client.js';
import { accountsPlugin, type PersonalDataContributor } from '../accounts/index.js';
import { contactsOfBusinessEmail, contactsRoutes } from '../contacts/index.js';
import { diagnosticInsightsPlugin, diagnosticRoutes, type NextStepsSources } from '../diagnostic/index.js';
import { contactedAssessmentIds, contactStatistics } from '../contacts/index.js';
import { activatorsPublicRoutes, activatorsRegistrationPlugin } from '../activators/index.js';
import { geoRoutes } from '../geo/index.js';
import { mailRoutes } from '../mail/index.js';
import { siteRoutes } from '../site/index.js';
import type { Flash } from '../ui/context.js';
import './augment.js';
import { cssBundle, DSFR_BASE, DSFR_DIST, DSFR_PAGE_SCRIPTS, publicDir } from './assets.js';
import { benchRoutes } from './bench-routes.js';
import type { AppConfig } from './config.js';
import { systemClock, type Clock } from './clock.js';
import type { AppContext } from './context.js';
import { CompressedAsset } from './compressed-asset.js';
import { cookiePolicy } from './cookies.js';
import { registerErrorPages } from './errors.js';
import { healthRoutes } from './health.js';
import { personalDataContributors } from './personal-data.js';
import { rememberUploadedFile } from './uploaded-files.js';

export interface AppDependencies {
  config: AppConfig;
  database: Database;
  clock?: Clock;
  /** Each domain's share of a person's data; tests may pass their own. */
  personalData?: PersonalDataContributor[];
  /**
   * Guides, aids, testimonials and events for a result's next steps and "Mon espace". No domain
   * provides them yet (content, aids and community will plug theirs in here): those sections are hidden.
   */
  nextSteps?: NextStepsSources;
}

export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The whole web application, used by the server and by the tests alike. */
export async function buildApp({ config, database, clock = systemClock, personalData = personalDataContributors(config.dataDir), nextSteps }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'] },
    genReqId: () => randomUUID(),
    // The cast picks the plain-HTTP overload; Fastify accepts a boolean, hop count or addresses here.
    trustProxy: config.trustProxy as boolean,
    bodyLimit: 1024 * 1024,
  });
  const ctx: AppContext = { config, db: database.db, engine: database.engine, clock };
  const cookies = cookiePolicy(config);
  const https = config.publicUrl.startsWith('https:');

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Pages up to 128 kB are compressed in one synchronous call (well under a millisecond at this quality):
  // the plugin's default on a 2-core machine (8 kB) sent most pages through zlib streams, which cost
  // several times more per request than the compression itself. Brotli quality 0 (BROTLI_PARAM_QUALITY
  // is param 1): a 25 kB result page in 0.07 ms, against 0.15 ms at quality 2 and 0.31 ms at 4, for
  // 7.8 kB instead of 7.1 and 6.8; measured under load, the floor page went from 2,200 to 2,800 req/s.
  await app.register(compress, {
    threshold: 1024,
    syncThreshold: 128 * 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { 1: 0 } } as never,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 3, fields: 100 },
    onFile: rememberUploadedFile,
  });
  await app.register(csrf, {
    cookieKey: cookies.name('csrf'),
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: cookies.secure, signed: true },
    sessionPlugin: '@fastify/cookie',
  });

  registerFlash(app, cookies);
  app.decorateRequest('currentUser', null);

  // Every state-changing form carries the CSRF token; JSON API calls carry no cookie authority.
  app.addHook('preHandler', (request, reply, done) => {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (!unsafe || request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });

  await app.register(fastifyStatic, {
    root: DSFR_DIST,
    prefix: `${DSFR_BASE}/`,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  await app.register(fastifyStatic, {
    root: publicDir(),
    prefix: '/static/',
    maxAge: '1h',
    decorateReply: false,
    index: false,
  });
  const css = cssBundle();
  const stylesheet = new CompressedAsset(Buffer.from(css.body, 'utf8'), 'text/css; charset=utf-8');
  app.get(css.path, (request, reply) => stylesheet.send(request, reply));
  // The scripts every page names, compressed once at the best quality (the rest of DSFR: fastifyStatic above).
  for (const script of DSFR_PAGE_SCRIPTS) {
    const asset = new CompressedAsset(readFileSync(join(DSFR_DIST, script)), 'text/javascript; charset=utf-8');
    app.get(`${DSFR_BASE}/${script}`, (request, reply) => asset.send(request, reply));
  }

  registerErrorPages(app, config);
  await app.register(healthRoutes, { ctx });
  // Each domain's share of a person's data (listed in personal-data.ts), downloaded with the account and erased with it.
  await app.register(accountsPlugin, { ctx, personalData });
  await app.register(siteRoutes, { ctx });
  await app.register(geoRoutes, { ctx });
  await app.register(activatorsPublicRoutes, { ctx });
  await app.register(activatorsRegistrationPlugin, { ctx, contactStatistics });
  await app.register(mailRoutes, { ctx });
  await app.register(diagnosticRoutes, { ctx, contactsOfBusinessEmail, nextSteps });
  await app.register(contactsRoutes, { ctx });
  await app.register(diagnosticInsightsPlugin, { ctx, contactedAssessmentIds });
  if (config.benchRoutes) await app.register(benchRoutes, { ctx });
  return app;
}

function registerFlash(app: FastifyInstance, cookies: ReturnType<typeof cookiePolicy>): void {
  const name = cookies.name('flash');
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: cookies.secure, signed: true };
  app.decorateReply('flash', function (type: Flash['type'], message: string) {
    return this.setCookie(name, JSON.stringify({ type, message }), { ...options, maxAge: 60 });
  });
  app.decorateReply('takeFlash', function (): Flash | null {
    const raw = this.request.cookies[name];
    if (!raw) return null;
    this.clearCookie(name, options);
    const unsigned = this.request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return null;
    try {
      return JSON.parse(unsigned.value) as Flash;
    } catch {
      return null;
    }
  });
}
