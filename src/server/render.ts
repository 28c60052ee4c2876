import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Flash, PageContext } from '../ui/context.js';
import type { AppConfig } from './config.js';
import './augment.js';
import { cssBundle, DSFR_BASE } from './assets.js';

/** The RGAA conformity level stated in every footer; the audit behind it is on /accessibilite. */
// "non" until an audit shows at least half the RGAA criteria met (RGAA rules); see /accessibilite.
export const ACCESSIBILITY_CONFORMITY = 'non' as const;

export function renderDocument(page: VNode<any>): string {
  return '<!DOCTYPE html>' + renderToString(page);
}

/** `csrfToken` stands in for the visitor's token in a page kept for everyone (rendered-pages.ts). */
export function pageContext(config: AppConfig, request: FastifyRequest, reply: FastifyReply, csrfToken?: string): PageContext {
  let token: string | undefined = csrfToken;
  const user = request.currentUser;
  return {
    site: {
      name: config.siteName,
      operatorName: config.operatorName,
      stateBrand: config.stateBrand,
      accessibility: ACCESSIBILITY_CONFORMITY,
    },
    path: request.url.split('?')[0] ?? '/',
    user: user ? { displayName: user.displayName, role: user.role } : null,
    // Generated only when a form is drawn, so pages without forms set no cookie and can be cached.
    get csrfToken() {
      token ??= reply.generateCsrf();
      return token;
    },
    flash: reply.takeFlash(),
    assets: { css: cssBundle().path, dsfrBase: DSFR_BASE },
  };
}

export function sendPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}

export type { Flash };
