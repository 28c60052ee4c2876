import { KINDS } from '../../kinds.js';
import type { ActivatorRow } from '../../registration/queries.js';
import { mayUseBadge } from '../badge.js';
import { BADGE_PATH } from '../pages/BadgePage.js';
import type { DashboardLink } from '../pages/DashboardPage.js';
import { STATISTICS_PATH } from '../pages/StatisticsPage.js';

export const REQUESTS_PATH = '/espace-activateurs/demandes';
export const BUSINESSES_PATH = '/espace-activateurs/entreprises-a-accompagner';
export const SITUATION_PATH = '/espace-activateurs/changement-de-situation';
/** The businesses that agreed to be followed (the diagnostic domain's page). */
export const FOLLOW_UPS_PATH = '/espace-activateurs/suivis';

/** The parts of the space an activator can use, given where the file stands and the kind of activator. */
export function dashboardLinks(activator: Pick<ActivatorRow, 'status' | 'kind' | 'slug'> | null): DashboardLink[] {
  const status = activator?.status ?? 'brouillon';
  const kind = KINDS[activator?.kind ?? 'conseiller'];
  const active = status === 'active';
  const links: DashboardLink[] = [
    active
      ? { title: 'Modifier ma fiche', href: '/espace-activateurs/dossier', description: 'Votre présentation, vos domaines, votre structure, vos coordonnées.' }
      : { title: 'Mon dossier', href: '/espace-activateurs/dossier', description: 'Où en est votre dossier, ce qu’il reste à compléter.' },
  ];
  if (active && activator?.slug && kind.pageNamedAfter) {
    links.push({ title: 'Ma fiche publique', href: `/trouver-un-accompagnement/${activator.slug}`, description: 'Votre fiche telle que les entreprises la voient.' });
  }
  if (active && kind.contactable) {
    links.push({ title: 'Demandes de contact', href: REQUESTS_PATH, description: 'Les demandes des entreprises : répondre, réorienter, clore.' });
  }
  if (active) {
    links.push({ title: 'Entreprises à accompagner', href: BUSINESSES_PATH, description: 'Les entreprises de votre territoire qui acceptent d’être contactées.' });
    links.push({
      title: 'Entreprises suivies',
      href: FOLLOW_UPS_PATH,
      description: 'Faire l’autodiagnostic avec une entreprise, puis suivre ses progrès avec son accord.',
    });
  }
  if ((active || status === 'retiree') && kind.inDirectory) {
    links.push({ title: 'Statistiques', href: STATISTICS_PATH, description: 'Les vues de votre fiche et les demandes reçues, mois par mois.' });
  }
  if (mayUseBadge(status)) {
    links.push({ title: 'Mon badge d’activateur', href: BADGE_PATH, description: 'Le badge à télécharger (SVG, PNG) et ses règles d’utilisation.' });
  }
  if (active || status === 'validee') {
    links.push({ title: 'Changement de situation', href: SITUATION_PATH, description: 'Vous quittez votre structure ou arrêtez votre activité : votre fiche est retirée.' });
  }
  return links;
}
