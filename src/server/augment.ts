import type { Flash } from '../ui/context.js';

export interface CurrentUser {
  id: string;
  email: string;
  role: 'entreprise' | 'activateur' | 'operateur' | 'partenaire';
  displayName: string;
  regionCode: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the accounts domain from the session cookie; null for visitors. */
    currentUser: CurrentUser | null;
  }
  interface FastifyReply {
    /** Shows a message on the next page (POST → redirect → GET). */
    flash(type: Flash['type'], message: string): FastifyReply;
    /** The message left by the previous request, read once. */
    takeFlash(): Flash | null;
  }
}
