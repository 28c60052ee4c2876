import { MAIN_NAVIGATION } from '../ui/navigation.js';

type MainHref = (typeof MAIN_NAVIGATION)[number]['href'];

/**
 * Main-navigation sections whose own issue has not landed yet: each gets a short "opens soon" page so
 * the menu never leads to a 404. The issue that builds a section deletes its line here; a route the
 * section's domain registered before the site plugin is detected and left alone (see routes.ts).
 */
export const UPCOMING_SECTIONS: readonly { href: MainHref; promise: string }[] = [
  {
    href: '/ressources',
    promise:
      'Cette rubrique rassemblera des guides pratiques et des témoignages d’entreprises, classés par thème, pour avancer à votre rythme.',
  },
  {
    href: '/aides-et-financements',
    promise:
      'Cette rubrique présentera les aides publiques au numérique auxquelles votre entreprise peut prétendre, avec leurs conditions et leurs dates.',
  },
];

/** The section's title is its main-navigation label, never retyped. */
export function upcomingSectionTitle(href: MainHref): string {
  return MAIN_NAVIGATION.find((item) => item.href === href)!.label;
}
