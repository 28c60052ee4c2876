import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A visitor for `app.inject`: keeps cookies between requests like a browser and fills in the
 * CSRF token of the form it is submitting, so tests go through the same path as people do.
 */
export class Agent {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: 'GET', url, headers: { ...headers, cookie: this.cookieHeader() } });
    this.remember(response);
    return response;
  }

  /** Posts url-encoded fields as a form would (the CSRF token must be among them, or use `submit`). */
  async post(url: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader() },
    });
    this.remember(response);
    return response;
  }

  /**
   * Posts a multipart form (file uploads) as a browser would: the body is encoded by the platform's
   * own FormData, so boundaries and file parts are the real thing.
   */
  async postMultipart(url: string, form: FormData): Promise<LightMyRequestResponse> {
    const encoded = new Response(form);
    const payload = Buffer.from(await encoded.arrayBuffer());
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': encoded.headers.get('content-type')!, cookie: this.cookieHeader() },
    });
    this.remember(response);
    return response;
  }

  /** Opens the page holding the form, then posts it with that page's CSRF token. */
  async submit(pageUrl: string, action: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    return this.post(action, { _csrf: csrfTokenIn(page.body), ...fields });
  }

  /** Follows a redirect (POST → redirect → GET). */
  async follow(response: LightMyRequestResponse): Promise<LightMyRequestResponse> {
    const location = response.headers.location;
    if (!location) throw new Error(`pas de redirection (statut ${response.statusCode})`);
    return this.get(String(location));
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): void {
    for (const c of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }
}

export function csrfTokenIn(html: string): string {
  const match = html.match(/name="_csrf" value="([^"]+)"/);
  if (!match) throw new Error('aucun jeton CSRF dans la page');
  return match[1]!;
}
