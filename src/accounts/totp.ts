import { timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s.
const PERIOD = 30;
const DIGITS = 6;

/** 160 random bits, the size RFC 4226 recommends, in base32 for typing into an app by hand. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, { issuer, account }: { issuer: string; account: string }): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: PERIOD }).toString();
}

/** "123 456" or "123456" typed; anything else is not a code. */
export function normalizeCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/**
 * The time step a code belongs to, or null. The step before and after are accepted too (a phone's
 * clock a little off), but never a step at or before `lastStep`: a code seen once, by us or by
 * someone looking over a shoulder, cannot be used again.
 */
export function matchTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const key = Secret.fromBase32(secret);
  const current = totpStep(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    const expected = TOTP.generate({ secret: key, algorithm: 'SHA1', digits: DIGITS, period: PERIOD, timestamp: step * PERIOD * 1000 });
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code))) return step;
  }
  return null;
}

/** The enrolment QR code as an SVG data URL (allowed by our CSP's img-src; no script needed). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
