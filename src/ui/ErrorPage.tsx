import type { PageContext } from './context.js';
import { Layout } from './Layout.js';

export interface ErrorPageProps {
  ctx: PageContext;
  status: number;
  title: string;
  lead: string;
  detail: string;
}

export function ErrorPage({ ctx, status, title, lead, detail }: ErrorPageProps) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="fr-container">
        <div class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
          <div class="fr-py-0 fr-col-12 fr-col-md-8">
            <h1>{title}</h1>
            <p class="fr-text--sm fr-mb-3w">Erreur {status}</p>
            <p class="fr-text--lead fr-mb-3w">{lead}</p>
            <p class="fr-text--sm fr-mb-5w">{detail}</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <a class="fr-btn" href="/">
                  Page d’accueil
                </a>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href="/plan-du-site">
                  Plan du site
                </a>
              </li>
            </ul>
          </div>
        </div>
      </div>
    </Layout>
  );
}

export const ERROR_TEXTS: Record<number, Omit<ErrorPageProps, 'ctx' | 'status'>> = {
  400: {
    title: 'Demande incorrecte',
    lead: 'Les informations envoyées ne peuvent pas être traitées.',
    detail: 'Revenez à la page précédente, vérifiez ce que vous avez saisi et réessayez.',
  },
  403: {
    title: 'Accès refusé',
    lead: 'Vous n’avez pas le droit d’accéder à cette page ou d’effectuer cette action.',
    detail: 'Si vous pensez qu’il s’agit d’une erreur, connectez-vous avec le bon compte ou contactez l’équipe du site.',
  },
  404: {
    title: 'Page non trouvée',
    lead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
    detail:
      'Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible. Pour continuer votre visite, vous pouvez consulter la page d’accueil ou le plan du site.',
  },
  413: {
    title: 'Fichier trop volumineux',
    lead: 'Le fichier envoyé dépasse la taille autorisée.',
    detail: 'Réduisez la taille du fichier (5 Mo au plus) puis envoyez-le de nouveau.',
  },
  429: {
    title: 'Trop de tentatives',
    lead: 'Vous avez fait trop de demandes en peu de temps.',
    detail: 'Pour protéger ce service, patientez quelques minutes avant de réessayer.',
  },
  500: {
    title: 'Erreur inattendue',
    lead: 'Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.',
    detail: 'Essayez de rafraîchir la page ou bien réessayez plus tard. Ce que vous avez saisi n’a peut-être pas été enregistré.',
  },
  503: {
    title: 'Service indisponible',
    lead: 'Le service est momentanément indisponible.',
    detail: 'Réessayez dans quelques minutes.',
  },
};
