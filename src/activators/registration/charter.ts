// The activators' charter of commitment, as data: each version keeps its text, so the version an
// activator accepted (stored with the date) can always be shown again as it was.

export interface CharterVersion {
  version: string;
  /** ISO date from which this version is the one to accept. */
  publishedOn: string;
  title: string;
  preamble: string;
  commitments: { title: string; text: string }[];
  /** What the platform gives in return. */
  counterparts: string[];
}

export const CHARTER_VERSIONS: readonly CharterVersion[] = [
  {
    version: '2026-01',
    publishedOn: '2026-01-01',
    title: 'Charte d’engagement des activateurs',
    preamble:
      'Les activateurs accompagnent les très petites, petites et moyennes entreprises dans leur passage au numérique. En rejoignant la plateforme, l’activateur et sa structure s’engagent à respecter les principes suivants.',
    commitments: [
      {
        title: 'Un premier diagnostic gratuit',
        text: 'Le premier échange avec une entreprise, pour comprendre son besoin et lui indiquer des pistes, est gratuit et sans engagement.',
      },
      {
        title: 'Une réponse rapide',
        text: 'Toute demande de contact reçue par la plateforme reçoit une réponse dans un délai de cinq jours ouvrés.',
      },
      {
        title: 'Une orientation quand la demande sort de ses compétences',
        text: 'L’activateur qui ne peut pas répondre au besoin oriente l’entreprise vers un autre activateur ou un autre dispositif adapté.',
      },
      {
        title: 'Des prix clairs',
        text: 'Toute prestation payante est annoncée comme telle, avec son prix, avant d’être engagée. Aucune vente n’est faite sous couvert de conseil neutre.',
      },
      {
        title: 'Des informations exactes et à jour',
        text: 'L’activateur tient sa fiche à jour et signale tout changement de situation (départ de la structure, arrêt de l’activité).',
      },
      {
        title: 'Le respect des données des entreprises',
        text: 'Les informations transmises par les entreprises ne servent qu’à répondre à leur demande ; elles ne sont ni revendues ni utilisées pour de la prospection.',
      },
    ],
    counterparts: [
      'une fiche publique dans l’annuaire « Trouver un accompagnement » (selon la catégorie) ;',
      'les demandes de contact des entreprises de son territoire ;',
      'le badge « Activateur » et ses règles d’usage ;',
      'des ressources et des temps d’échange entre activateurs.',
    ],
  },
];

/** The version in force at a date: the latest one already published. */
export function charterInForce(at: Date): CharterVersion {
  const day = at.toISOString().slice(0, 10);
  const published = CHARTER_VERSIONS.filter((c) => c.publishedOn <= day);
  return published[published.length - 1] ?? CHARTER_VERSIONS[0]!;
}

export function charterVersion(version: string): CharterVersion | undefined {
  return CHARTER_VERSIONS.find((c) => c.version === version);
}
