const BASE = 'http://abeille.invalid';

/**
 * The page to go back to after logging in (`?retour=`): only a path of this site. Anything that
 * could leave it ("//evil.example", "/\\evil.example", "https://…", "javascript:…") gives null,
 * so the login form can never be used to send people elsewhere.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // Browsers drop tabs and new lines inside URLs, which would turn "/\t/evil" into "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return url.pathname + url.search + url.hash;
}

/** "/connexion?retour=%2Fmon-compte" when there is somewhere to go back to. */
export function withReturn(path: string, returnTo: string | null): string {
  return returnTo ? `${path}?retour=${encodeURIComponent(returnTo)}` : path;
}
