import type { PageContext } from '../../../ui/context.js';
import { Badge, Breadcrumb, Tile } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import { STATUS_LABELS } from '../../registration/pages/parts.js';
import type { RegistrationStatus } from '../../schema.js';

export interface DashboardLink {
  title: string;
  href: string;
  description: string;
}

const STATUS_EXPLANATIONS: Record<RegistrationStatus, string> = {
  brouillon: 'Votre dossier n’est pas encore envoyé : complétez-le section par section, puis envoyez-le à l’équipe.',
  en_attente: 'Votre dossier est en cours d’examen par l’équipe, qui s’engage à répondre sous 15 jours.',
  a_corriger: 'L’équipe vous demande des corrections : ouvrez votre dossier pour les voir, corrigez puis renvoyez-le.',
  validee: 'Votre dossier est validé : activez votre fiche grâce au lien reçu par courriel.',
  active: 'Votre fiche est active : les entreprises peuvent vous trouver.',
  retiree: 'Votre fiche est retirée : elle n’est plus visible des entreprises.',
  refusee: 'Votre dossier n’a pas été retenu : le motif est dans votre dossier.',
};

/** The signed-in activator's home: where the file stands and every part of the space one click away. */
export function DashboardPage({
  ctx,
  firstName,
  status,
  reference,
  links,
}: {
  ctx: PageContext;
  firstName: string;
  status: RegistrationStatus;
  reference: string | null;
  links: DashboardLink[];
}) {
  return (
    <Layout ctx={ctx} title="Mon espace activateur">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: 'Espace activateurs' }]} />
        <h1>Mon espace activateur</h1>
        <p class="fr-text--lead">Bonjour {firstName}.</p>
        <div class="fr-callout fr-mb-6w">
          <h2 class="fr-callout__title">Mon dossier</h2>
          <Badge label={STATUS_LABELS[status]} color={status === 'active' ? 'success' : 'info'} />
          <p class="fr-callout__text fr-mt-1w">{STATUS_EXPLANATIONS[status]}</p>
          {reference && <p class="fr-text--sm fr-mb-0">Dossier n° {reference}</p>}
        </div>
        <h2>Mon espace</h2>
        <ul class="fr-grid-row fr-grid-row--gutters fr-raw-list" aria-label="Les rubriques de mon espace">
          {links.map((link) => (
            <li class="fr-col-12 fr-col-md-6 fr-col-lg-4">
              <Tile title={link.title} href={link.href} description={link.description} />
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}
