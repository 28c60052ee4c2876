import type { AppConfig } from './config.js';

/**
 * Cookies are `__Host-` prefixed (Secure, Path=/, no Domain) when the site is served over HTTPS or
 * on localhost, which browsers treat as secure. A plain-HTTP public address cannot hold them.
 */
export function cookiePolicy(config: AppConfig): { secure: boolean; name: (base: string) => string } {
  const url = new URL(config.publicUrl);
  const secure = url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  return { secure, name: (base) => (secure ? `__Host-${base}` : base) };
}
