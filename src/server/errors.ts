import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ERROR_TEXTS, ErrorPage } from '../ui/ErrorPage.js';
import type { AppConfig } from './config.js';
import { pageContext, sendPage } from './render.js';

const CSRF_CODES = new Set(['FST_CSRF_INVALID_TOKEN', 'FST_CSRF_MISSING_SECRET']);

/** The French message a visitor sees for an error, by status (JSON for the API, a DSFR page otherwise). */
function messageFor(status: number, error?: FastifyError): string {
  if (error && CSRF_CODES.has(error.code)) {
    return 'Le formulaire a expiré ou n’a pas été envoyé depuis ce site. Rechargez la page et recommencez.';
  }
  return (ERROR_TEXTS[status] ?? ERROR_TEXTS[500]!).lead;
}

export function sendError(config: AppConfig, request: FastifyRequest, reply: FastifyReply, status: number, error?: FastifyError) {
  if (request.url.startsWith('/api/')) {
    return reply.code(status).send({ erreur: messageFor(status, error), statut: status });
  }
  const texts = ERROR_TEXTS[status] ?? ERROR_TEXTS[500]!;
  const lead = messageFor(status, error);
  return sendPage(reply, h(ErrorPage, { ctx: pageContext(config, request, reply), status, ...texts, lead }), status);
}

export function registerErrorPages(app: FastifyInstance, config: AppConfig): void {
  app.setNotFoundHandler((request, reply) => sendError(config, request, reply, 404));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (CSRF_CODES.has(error.code)) {
      request.log.warn({ url: request.url }, 'CSRF token refused');
      return sendError(config, request, reply, 403, error);
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) return sendError(config, request, reply, 413, error);
    if (error.statusCode === 429) return sendError(config, request, reply, 429, error);
    if (error.validation) return sendError(config, request, reply, 400, error);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(config, request, reply, error.statusCode, error);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(config, request, reply, 500, error);
  });
}
