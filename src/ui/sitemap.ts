import { FOOTER_LINKS, MAIN_NAVIGATION } from './navigation.js';

/**
 * The public pages listed on /plan-du-site, grouped by section. The navigation and footer entries are
 * taken from their own lists so a renamed link is renamed here too; a domain that publishes another
 * public page (a directory, a guide…) adds one line to OTHER_PUBLIC_PAGES.
 */
export type SiteMapSection = 'principal' | 'compte' | 'informations' | 'autres';

export interface SiteMapEntry {
  href: string;
  label: string;
  section: SiteMapSection;
}

/** The sections in the order the site map shows them, with their French headings. */
export const SITE_MAP_SECTIONS: readonly { id: SiteMapSection; title: string }[] = [
  { id: 'principal', title: 'Rubriques principales' },
  { id: 'compte', title: 'Votre compte' },
  { id: 'informations', title: 'Informations sur le site' },
  { id: 'autres', title: 'Autres pages' },
];

/** The accessibility statement, linked from every footer with the conformity state as its text. */
export const ACCESSIBILITY_PAGE = { href: '/accessibilite', label: 'Déclaration d’accessibilité' } as const;

/** Public pages that are neither in the main navigation nor in the footer. Domains add theirs here. */
export const OTHER_PUBLIC_PAGES: readonly SiteMapEntry[] = [
  { href: '/connexion', label: 'Se connecter', section: 'compte' },
  { href: '/inscription', label: 'Créer un compte', section: 'compte' },
  { href: '/activateurs/region', label: 'Les activateurs par région', section: 'autres' },
  { href: '/api/docs', label: 'API publique', section: 'autres' },
];

export const SITE_MAP: readonly SiteMapEntry[] = [
  { href: '/', label: 'Accueil', section: 'principal' },
  ...MAIN_NAVIGATION.map((item) => ({ href: item.href, label: item.label, section: 'principal' as const })),
  ...OTHER_PUBLIC_PAGES,
  { ...ACCESSIBILITY_PAGE, section: 'informations' },
  ...FOOTER_LINKS.map((link) => ({ href: link.href, label: link.label, section: 'informations' as const })),
];

/** The label the site map gives a path, so other pages (the audited pages list) never retype it. */
export function siteMapLabel(href: string): string | undefined {
  return SITE_MAP.find((entry) => entry.href === href)?.label;
}
