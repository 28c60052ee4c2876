import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { sendError } from '../server/errors.js';
import { configOf, pendingSessionOf } from './http-session.js';
import { withReturn } from './safe-redirect.js';
import type { Role } from './schema.js';

/**
 * A route guard for any domain's routes: `{ preHandler: requireRole('operateur') }`.
 * A visitor is sent to log in and brought back (to the code step if the password was given
 * already); a user of another role gets the French 403 page, and the refusal is logged.
 */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    const config = configOf(request);
    const user = request.currentUser;
    if (!user) {
      const back = request.method === 'GET' ? request.url : null;
      const pending = pendingSessionOf(request);
      const step = pending ? (pending.user.totpEnabled ? '/connexion/code' : '/mon-compte/double-authentification') : '/connexion';
      return reply.redirect(withReturn(step, back), 303);
    }
    if (roles.length > 0 && !roles.includes(user.role)) {
      request.log.warn({ userId: user.id, role: user.role, url: request.url, method: request.method }, 'forbidden: role not allowed');
      return sendError(config, request, reply, 403);
    }
  };
}

/** Any logged-in user, whatever the role. */
export function requireUser(): preHandlerAsyncHookHandler {
  return requireRole();
}
