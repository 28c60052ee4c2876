/** The main navigation, the same on every page (the glossary's five entry points). */
export const MAIN_NAVIGATION = [
  { href: '/autodiagnostic', label: 'Faire le point sur mon numérique' },
  { href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' },
  { href: '/ressources', label: 'Ressources' },
  { href: '/aides-et-financements', label: 'Aides et financements' },
  { href: '/espace-activateurs', label: 'Espace activateurs' },
] as const;

export const FOOTER_LINKS = [
  { href: '/plan-du-site', label: 'Plan du site' },
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/donnees-personnelles', label: 'Données personnelles' },
  { href: '/donnees-ouvertes', label: 'Données ouvertes' },
] as const;

export function isCurrent(path: string, href: string): boolean {
  return path === href || path.startsWith(href + '/');
}
