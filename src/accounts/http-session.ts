import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../server/augment.js';
import type { AppConfig } from '../server/config.js';
import type { AppContext } from '../server/context.js';
import { cookiePolicy } from '../server/cookies.js';
import { findLiveSession, type SessionWithUser } from './queries.js';
import { hashToken, TOKEN_PATTERN } from './tokens.js';

interface RequestState {
  config: AppConfig;
  /** The visitor's session, fully authenticated or waiting for the second factor. */
  session: SessionWithUser | null;
}

// Per-request state of this domain, kept out of the shared request type.
const states = new WeakMap<FastifyRequest, RequestState>();

export function sessionCookieName(config: AppConfig): string {
  return cookiePolicy(config).name('session');
}

function cookieOptions(config: AppConfig) {
  return { path: '/', httpOnly: true, secure: cookiePolicy(config).secure, sameSite: 'lax' as const };
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, session: { token: string; maxAgeSeconds: number }): void {
  reply.setCookie(sessionCookieName(config), session.token, { ...cookieOptions(config), maxAge: session.maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(sessionCookieName(config), cookieOptions(config));
}

export function toCurrentUser(user: SessionWithUser['user']): CurrentUser {
  const displayName = `${user.firstName} ${user.lastName}`.trim() || user.email;
  return { id: user.id, email: user.email, role: user.role, displayName, regionCode: user.regionCode };
}

/** Assets never need to know who is asking: no database round trip for them. */
function isAsset(url: string): boolean {
  return url.startsWith('/dsfr/') || url.startsWith('/static/') || url.startsWith('/assets/') || url === '/favicon.ico';
}

/**
 * Reads the session cookie on every request (any process: the session is in the database) and
 * sets `request.currentUser` — only once the session is fully authenticated, so a visitor who gave
 * the password but not yet the code is a visitor to every other page.
 */
export function sessionHook(ctx: AppContext) {
  const name = sessionCookieName(ctx.config);
  return async function loadSession(request: FastifyRequest): Promise<void> {
    const state: RequestState = { config: ctx.config, session: null };
    states.set(request, state);
    if (isAsset(request.url)) return;
    const token = request.cookies[name];
    if (!token || !TOKEN_PATTERN.test(token)) return;
    const session = await findLiveSession(ctx.db, hashToken(token), ctx.clock.now());
    if (!session) return;
    state.session = session;
    if (session.fullyAuthenticated) request.currentUser = toCurrentUser(session.user);
  };
}

export function sessionOf(request: FastifyRequest): SessionWithUser | null {
  return states.get(request)?.session ?? null;
}

/** The session waiting for its second factor, if that is where this visitor stands. */
export function pendingSessionOf(request: FastifyRequest): SessionWithUser | null {
  const session = sessionOf(request);
  return session && !session.fullyAuthenticated ? session : null;
}

export function configOf(request: FastifyRequest): AppConfig {
  const state = states.get(request);
  if (!state) throw new Error('accountsPlugin n’est pas enregistré : les gardes de rôle ne peuvent pas fonctionner.');
  return state.config;
}
