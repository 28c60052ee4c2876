import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { createUser, type CreateUserInput } from '../../src/accounts/index.js';
import { outboxMails, users } from '../../src/db/schema.js';
import type { Clock } from '../../src/server/clock.js';
import { Agent } from '../support/agent.js';
import type { TestApp } from '../support/app.js';

export const SESSION_COOKIE = '__Host-session';

/** An agent whose requests come from the given IP (the app trusts X-Forwarded-For, as behind a proxy). */
export function agentFrom(app: FastifyInstance, ip: string): Agent {
  const viaProxy = {
    inject: (options: { headers?: Record<string, string> }) =>
      app.inject({ ...options, headers: { ...options.headers, 'x-forwarded-for': ip } } as never),
  } as unknown as FastifyInstance;
  return new Agent(viaProxy);
}

let counter = 0;
/** A fresh address for each test, so tests sharing a database never meet. */
export function anEmail(prefix = 'camille'): string {
  counter += 1;
  return `${prefix}.${counter}.${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
}

/** A password no list knows, long enough for every role. */
export const GOOD_PASSWORD = 'ruche bleue sous le tilleul';

export async function aUser(t: TestApp, overrides: Partial<CreateUserInput> = {}) {
  const input: CreateUserInput = {
    email: anEmail(),
    password: GOOD_PASSWORD,
    role: 'entreprise',
    firstName: 'Camille',
    lastName: 'Martin',
    emailVerified: true,
    ...overrides,
  };
  const result = await createUser({ db: t.database.db, clock: t.clock }, input);
  if (!result.ok) throw new Error(`utilisateur non créé : ${result.message}`);
  return { ...result.user, password: input.password };
}

export async function logIn(agent: Agent, email: string, password: string, returnTo?: string): Promise<LightMyRequestResponse> {
  const page = returnTo ? `/connexion?retour=${encodeURIComponent(returnTo)}` : '/connexion';
  return agent.submit(page, '/connexion', { email, mot_de_passe: password, ...(returnTo ? { retour: returnTo } : {}) });
}

export async function mailsTo(t: TestApp, to: string, template?: string) {
  return t.database.db
    .select()
    .from(outboxMails)
    .where(template ? and(eq(outboxMails.recipient, to), eq(outboxMails.template, template)) : eq(outboxMails.recipient, to))
    .orderBy(asc(outboxMails.createdAt));
}

/** The path of the link in a mail ("/verifier-email/…"), as a person would click it. */
export function linkIn(mail: { textBody: string }, path: string): string {
  const match = mail.textBody.match(new RegExp(`https?://[^\\s]+(${path}/[A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`aucun lien ${path} dans le courriel`);
  return match[1]!;
}

export async function userRow(t: TestApp, email: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  return row!;
}

/** The code an authenticator app would show now for this key. */
export function codeFor(secret: string, clock: Clock): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret.replace(/\s/g, '')), timestamp: clock.now().getTime() });
}

/** The key shown for typing by hand on the enrolment page. */
export function secretOnPage(html: string): string {
  const match = html.match(/Clé à saisir à la main : <code>([A-Z2-7 ]+)<\/code>/);
  if (!match) throw new Error('aucune clé sur la page');
  return match[1]!.replace(/\s/g, '');
}

export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
}

export const OPERATOR_PASSWORD = 'une ruche bien gardée';

/** An operator logged in with the second factor set up, as after their first login. */
export async function aLoggedInOperator(t: TestApp, overrides: Partial<CreateUserInput> = {}, app: FastifyInstance = t.app) {
  const operator = await aUser(t, { role: 'operateur', password: OPERATOR_PASSWORD, firstName: 'Dominique', lastName: 'Opérat', ...overrides });
  const agent = new Agent(app);
  await logIn(agent, operator.email, operator.password);
  const page = await agent.get('/mon-compte/double-authentification');
  const secret = secretOnPage(page.body);
  const res = await agent.submit('/mon-compte/double-authentification', '/mon-compte/double-authentification', { code: codeFor(secret, t.clock) });
  if (res.statusCode !== 303) throw new Error(`double authentification non activée (statut ${res.statusCode})`);
  return { operator, agent, secret };
}
