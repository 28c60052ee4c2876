// The "Activateur <site name>" badge the charter promises to validated activators: one drawing in SVG,
// and a PNG rendered from it (kept once rendered: it is the same for every activator of the instance).
import sharp from 'sharp';
import type { RegistrationStatus } from '../schema.js';

/** Only a validated profile may show the badge; it is taken back when the profile is withdrawn. */
export function mayUseBadge(status: RegistrationStatus): boolean {
  return status === 'validee' || status === 'active';
}

export const BADGE_WIDTH = 600;
export const BADGE_HEIGHT = 200;
/** The PNG is drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const BADGE_PNG_SCALE = 2;

const BLUE = '#000091';
const RED = '#e1000f';
const YELLOW = '#ffca00';
const INK = '#161616';
const GREY = '#3a3a3a';
const FONT = 'Marianne, Arial, &apos;DejaVu Sans&apos;, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function hexagon(cx: number, cy: number, r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i - Math.PI / 2;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/** The badge's drawing: a honeycomb cell with a bee, "Activateur" and the site's name. */
export function badgeSvg(siteName: string): string {
  const name = siteName.trim() || 'Abeille';
  // The name fills the space on the right at most; a long name gets a smaller size.
  const nameSize = Math.max(22, Math.min(56, Math.floor(360 / (0.66 * name.length))));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" role="img" aria-labelledby="badge-titre">
  <title id="badge-titre">Activateur ${escapeXml(name)}</title>
  <rect x="2" y="2" width="${BADGE_WIDTH - 4}" height="${BADGE_HEIGHT - 4}" rx="18" fill="#ffffff" stroke="${BLUE}" stroke-width="4"/>
  <polygon points="${hexagon(104, 100, 78)}" fill="${BLUE}"/>
  <polygon points="${hexagon(104, 100, 66)}" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2"/>
  <g transform="translate(112 102) rotate(-18)">
    <ellipse cx="-10" cy="-24" rx="17" ry="26" fill="#ffffff" fill-opacity="0.92" transform="rotate(-25 -10 -24)"/>
    <ellipse cx="12" cy="-24" rx="17" ry="26" fill="#ffffff" fill-opacity="0.75" transform="rotate(25 12 -24)"/>
    <ellipse cx="0" cy="6" rx="24" ry="32" fill="${YELLOW}"/>
    <path d="M -22 -4 Q 0 4 22 -4 L 23.5 4 Q 0 12 -23.5 4 Z" fill="${INK}"/>
    <path d="M -21 14 Q 0 22 21 14 L 18.5 22 Q 0 29 -18.5 22 Z" fill="${INK}"/>
    <path d="M -7 37 L 0 50 L 7 37 Z" fill="${INK}"/>
    <circle cx="0" cy="-30" r="13" fill="${INK}"/>
    <path d="M -5 -41 Q -10 -54 -18 -56 M 5 -41 Q 10 -54 18 -56" stroke="${INK}" stroke-width="3" fill="none" stroke-linecap="round"/>
  </g>
  <text x="212" y="66" font-family="${FONT}" font-size="22" font-weight="bold" letter-spacing="4" fill="${BLUE}">ACTIVATEUR</text>
  <text x="210" y="${Math.round(106 + nameSize * 0.36)}" font-family="${FONT}" font-size="${nameSize}" font-weight="bold" fill="${INK}">${escapeXml(name)}</text>
  <rect x="212" y="146" width="48" height="5" fill="${RED}"/>
  <text x="212" y="176" font-family="${FONT}" font-size="15" fill="${GREY}">Accompagnement numérique des TPE et PME</text>
</svg>
`;
}

const pngs = new Map<string, Promise<Buffer>>();

/** The PNG rendering of the badge, at twice its size. */
export function badgePng(siteName: string): Promise<Buffer> {
  let png = pngs.get(siteName);
  if (!png) {
    png = sharp(Buffer.from(badgeSvg(siteName)), { density: 72 * BADGE_PNG_SCALE })
      .png({ compressionLevel: 9 })
      .toBuffer();
    png.catch(() => pngs.delete(siteName));
    pngs.set(siteName, png);
  }
  return png;
}
