import type { PageContext } from '../../../ui/context.js';
import { Alert, ButtonLink, Callout } from '../../../ui/components.js';
import type { RegistrationStatus } from '../../schema.js';
import { SpaceFrame } from './SpaceFrame.js';

export const BADGE_PATH = '/espace-activateurs/badge';
export const BADGE_SVG_PATH = `${BADGE_PATH}/badge-activateur.svg`;
export const BADGE_PNG_PATH = `${BADGE_PATH}/badge-activateur.png`;

/** The badge to download with its rules of use, or why it is not (or no longer) available. */
export function BadgePage({
  ctx,
  siteName,
  status,
  allowed,
  profileUrl,
  fileName,
  contactEmail,
}: {
  ctx: PageContext;
  siteName: string;
  status: RegistrationStatus;
  allowed: boolean;
  /** The public profile's full address, for the link around the badge. */
  profileUrl: string | null;
  /** The downloaded files' name, without extension. */
  fileName: string;
  contactEmail: string;
}) {
  const label = `Activateur ${siteName}`;
  return (
    <SpaceFrame ctx={ctx} title={`Le badge « ${label} »`}>
      <p class="fr-text--lead">
        La charte d’engagement vous permet de montrer que vous êtes un activateur reconnu : sur votre site, vos documents, vos réseaux sociaux.
      </p>
      {allowed ? (
        <>
          <figure class="fr-content-media fr-my-4w" role="group" aria-label={label}>
            <img src={BADGE_SVG_PATH} alt={label} width={300} height={100} />
          </figure>
          <div class="fr-btns-group fr-btns-group--inline-md">
            <ButtonLink href={BADGE_SVG_PATH} kind="primary">
              Télécharger le badge en SVG (vectoriel)
            </ButtonLink>
            <ButtonLink href={BADGE_PNG_PATH} kind="secondary">
              Télécharger le badge en PNG (1200 × 400 pixels)
            </ButtonLink>
          </div>
          {profileUrl && (
            <>
              <h2 class="fr-mt-6w">Sur votre site</h2>
              <p>Placez le badge avec un lien vers votre fiche, par exemple :</p>
              <pre class="fr-p-2w abeille-code">
                <code>{`<a href="${profileUrl}">\n  <img src="${fileName}.svg"\n       alt="${label}" width="300" height="100">\n</a>`}</code>
              </pre>
            </>
          )}
        </>
      ) : status === 'retiree' ? (
        <Alert type="warning" title="Votre fiche est retirée : le badge ne peut plus être utilisé">
          <p>Retirez-le de votre site et de vos documents. Il redevient disponible si votre fiche est de nouveau validée.</p>
        </Alert>
      ) : (
        <Alert type="info" title="Le badge est disponible une fois votre dossier validé">
          <p>
            Il se télécharge ici dès que l’équipe a validé votre dossier. <a href="/espace-activateurs/dossier">Voir où en est mon dossier</a>
          </p>
        </Alert>
      )}

      <h2 class="fr-mt-6w">Les règles d’utilisation</h2>
      <ul>
        <li>Le badge est personnel : il est réservé aux activateurs dont le dossier est validé, pour la durée de leur engagement.</li>
        <li>
          Utilisez-le tel qu’il est téléchargé : sans en changer les couleurs, les proportions ni le texte, sans le recadrer, sur un fond clair, et
          assez grand pour que le texte se lise (150 pixels de large au moins à l’écran, 3 cm sur papier).
        </li>
        <li>Placez-le près de votre nom ou de celui de votre structure, de préférence avec un lien vers votre fiche sur {siteName}.</li>
        <li>
          Il atteste votre engagement à respecter la charte : premier diagnostic gratuit, réponse rapide, réorientation quand la demande sort de
          votre champ de compétence, prix clairs. Il ne signifie ni label, ni certification, ni recommandation de vos offres par l’État ou
          l’opérateur de {siteName}.
        </li>
        <li>Il ne s’utilise pas pour une autre personne ou une autre structure, ni dans une publicité comparative.</li>
        <li>
          Quand votre fiche est retirée (changement de situation, départ de la structure, arrêt de l’activité ou décision de l’équipe), vous retirez
          le badge de tous vos supports.
        </li>
      </ul>
      <Callout title="Une question sur l’usage du badge ?">
        <p>
          Écrivez à l’équipe qui anime la plateforme, à <a href={`mailto:${contactEmail}`}>{contactEmail}</a> : elle vous répond, et peut retirer le
          droit d’usage en cas d’abus.
        </p>
      </Callout>
    </SpaceFrame>
  );
}
