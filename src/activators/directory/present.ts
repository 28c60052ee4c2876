// How the directory names and places an activator, the same on the page, the profile and the API.
import { isThemeSlug, themeLabel } from '../../themes/index.js';
import { KINDS, type ActivatorKind } from '../kinds.js';
import { sectorLabel } from '../../sectors/index.js';

export function profilePath(slug: string): string {
  return `/trouver-un-accompagnement/${encodeURIComponent(slug)}`;
}

/** A person's page carries their name; a solution provider's page its company's (issue 4's table). */
export function publicName(a: { kind: ActivatorKind; firstName: string; lastName: string; structureName: string | null }): string {
  if (KINDS[a.kind].pageNamedAfter === 'company' && a.structureName) return a.structureName;
  return `${a.firstName} ${a.lastName}`.trim();
}

const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "à moins d’1 km", "à 3,4 km", "à 27 km": as precise as a distance between commune centres deserves. */
export function formatDistance(km: number): string {
  if (km < 1) return 'à moins d’1 km';
  if (km < 10) return `à ${oneDecimal.format(km)} km`;
  return `à ${whole.format(km)} km`;
}

/** The distance given by the API: km with one decimal, like the page's figure. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}

export function themeLabels(slugs: string[]): string[] {
  return slugs.filter(isThemeSlug).map(themeLabel);
}

export function sectorLabels(codes: string[]): string[] {
  return codes.map(sectorLabel);
}

export function placeLabel(a: { communeName: string | null; postalCode: string }): string {
  if (a.communeName && a.postalCode) return `${a.communeName} (${a.postalCode})`;
  return a.communeName ?? a.postalCode;
}

export function pluralize(count: number, singular: string, plural: string): string {
  return `${whole.format(count)} ${count === 1 ? singular : plural}`;
}

/** An address typed by an activator, linked only when it is a web address (never javascript: or data:). */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
