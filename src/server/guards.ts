import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { AppConfig } from './config.js';
import type { CurrentUser } from './augment.js';
import { sendError } from './errors.js';

/**
 * Route guards as data: a route names the roles allowed; a visitor is sent to log in (and back),
 * a user with another role gets a 403 page and the refusal is logged.
 */
export function requireRole(config: AppConfig, ...roles: CurrentUser['role'][]): preHandlerHookHandler {
  return function guard(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
    const user = request.currentUser;
    if (!user) {
      const back = encodeURIComponent(request.url);
      reply.redirect(`/connexion?retour=${back}`, 303);
      return;
    }
    if (roles.length > 0 && !roles.includes(user.role)) {
      request.log.warn({ userId: user.id, role: user.role, url: request.url, method: request.method }, 'forbidden: role not allowed');
      sendError(config, request, reply, 403);
      return;
    }
    done();
  };
}
