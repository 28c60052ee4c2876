import type { PageContext } from '../../../ui/context.js';
import { ButtonLink, Callout } from '../../../ui/components.js';
import { ContentPage, Section } from '../../../ui/ContentPage.js';
import { KINDS } from '../../kinds.js';
import { ACTIVATOR_KINDS } from '../../schema.js';
import { PHOTO_MAX_BYTES, LETTER_MAX_BYTES } from '../uploads.js';

const mb = (n: number) => `${n / 1024 / 1024} Mo`;

const KIND_DESCRIPTIONS: Record<(typeof ACTIVATOR_KINDS)[number], string> = {
  conseiller:
    'conseillers des chambres consulaires (CCI, CMA), consultants, revendeurs informatiques, fab labs… qui accompagnent les entreprises dans leurs projets numériques ;',
  conseiller_financement: 'conseillers des banques, de Bpifrance, des opérateurs régionaux ou du microcrédit, qui aident à financer ces projets ;',
  championne: 'entreprises qui ont réussi leur passage au numérique et partagent leur expérience avec d’autres ;',
  offreur_solutions: 'éditeurs et fournisseurs de solutions numériques : ils sont listés dans l’annuaire avec un lien vers leurs offres ;',
  institutionnel: 'services de l’État, Régions, organisations professionnelles : ils ont accès à l’espace activateurs sans fiche publique.',
};

/**
 * The activators' space seen from outside: what it is, who can join, the steps and what to have at hand.
 * A signed-in activator gets their own space's home instead (space/pages/DashboardPage).
 */
export function SpacePage({ ctx, siteName, state }: { ctx: PageContext; siteName: string; state: 'visiteur' | 'autre' }) {
  return (
    <ContentPage
      ctx={ctx}
      title="Espace activateurs"
      description={`Comment devenir activateur ${siteName} : qui peut s’inscrire, les étapes et les pièces à préparer.`}
      lead={`Les activateurs sont les conseillers, structures et entreprises qui aident les TPE et PME à passer au numérique. Inscrits sur ${siteName}, ils sont visibles des entreprises de leur territoire et reçoivent leurs demandes.`}
    >
      <div class="fr-btns-group fr-btns-group--inline-md">
        <ButtonLink href="/espace-activateurs/inscription">Commencer mon inscription</ButtonLink>
        <ButtonLink href="/connexion?retour=%2Fespace-activateurs" kind="secondary">
          J’ai déjà un compte : me connecter
        </ButtonLink>
      </div>
      {state === 'autre' && (
        <p class="fr-mt-2w">
          Vous êtes connecté avec un compte qui n’est pas un compte activateur. Pour vous inscrire comme activateur, déconnectez-vous puis créez
          un compte activateur avec une autre adresse électronique.
        </p>
      )}

      <Section id="qui" title="Qui peut devenir activateur ?">
        <p>Une personne, rattachée à une structure identifiée par son numéro SIRET. Cinq catégories d’activateurs :</p>
        <ul>
          {ACTIVATOR_KINDS.map((kind) => (
            <li>
              <strong>{KINDS[kind].pluralLabel}</strong> : {KIND_DESCRIPTIONS[kind]}
            </li>
          ))}
        </ul>
        <p>Chaque personne s’inscrit en son nom : plusieurs conseillers d’une même structure ont chacun leur fiche.</p>
      </Section>

      <Section id="etapes" title="Les étapes">
        <ol>
          <li>
            <strong>Créer votre compte activateur</strong> : nom, adresse électronique, mot de passe et catégorie. Un lien de confirmation vous est
            envoyé.
          </li>
          <li>
            <strong>Remplir votre dossier</strong>, section par section : vous, votre structure, votre activité, la charte et la lettre
            d’engagement. Chaque section s’enregistre : vous pouvez vous arrêter et reprendre plus tard.
          </li>
          <li>
            <strong>Envoyer votre dossier</strong> : un accusé de réception vous est envoyé et l’équipe qui anime la plateforme le relit. Elle
            s’engage à répondre sous 15 jours : validation, demande de corrections ou refus motivé.
          </li>
          <li>
            <strong>Activer votre fiche</strong> grâce au lien reçu par courriel après la validation (valable 24 heures ; un nouveau lien peut être
            demandé). Votre fiche devient alors visible selon votre catégorie.
          </li>
        </ol>
      </Section>

      <Section id="pieces" title="Ce qu’il faut avoir sous la main">
        <ul>
          <li>le numéro SIRET de votre structure (14 chiffres, sur un extrait Kbis ou un avis de situation Sirene) et son adresse ;</li>
          <li>une photo de vous (JPEG, PNG ou WebP, {mb(PHOTO_MAX_BYTES)} au plus), de préférence un portrait nommé à votre nom ;</li>
          <li>une présentation de votre accompagnement en quelques phrases claires : ce que vous proposez, à qui, comment, à quel prix ;</li>
          <li>le lien vers la page de votre offre, et si vous en avez, votre site web, un réseau social, des vidéos, des références de clients ;</li>
          <li>
            le nom et la fonction de la personne qui dirige votre structure : elle signe la lettre d’engagement, que vous renvoyez numérisée en
            PDF ({mb(LETTER_MAX_BYTES)} au plus).
          </li>
        </ul>
        <Callout title="Trois domaines au plus">
          <p>
            Choisissez au plus trois domaines d’intervention, ceux où vous êtes le plus compétent : les entreprises s’y retrouvent mieux et vous
            recevez des demandes qui vous correspondent.
          </p>
        </Callout>
      </Section>
    </ContentPage>
  );
}
