import type { PageContext } from '../../ui/context.js';
import { Table } from '../../ui/components.js';
import { ContentPage, Section, Summary } from '../../ui/ContentPage.js';
import { ACCOUNT_SELF_SERVICE, CNIL, COOKIES, frenchDate, PERSONAL_DATA_UPDATED, PROCESSINGS } from '../legal-content.js';
import type { OperatorFacts } from '../operator-facts.js';

const SECTIONS = [
  { id: 'responsable', title: 'Qui est responsable de vos données ?' },
  { id: 'donnees-collectees', title: 'Quelles données, pourquoi et pour combien de temps ?' },
  { id: 'destinataires', title: 'Qui reçoit vos données ?' },
  { id: 'hebergement', title: 'Où sont hébergées vos données ?' },
  { id: 'cookies', title: 'Cookies' },
  { id: 'vos-droits', title: 'Vos droits et comment les exercer' },
] as const;

const RIGHTS = [
  ['le droit d’accès', 'obtenir une copie des données qui vous concernent'],
  ['le droit de rectification', 'faire corriger des données inexactes ou incomplètes'],
  ['le droit à l’effacement', 'faire supprimer vos données'],
  ['le droit d’opposition', 'vous opposer à leur utilisation, pour des raisons tenant à votre situation'],
  ['le droit à la limitation', 'faire suspendre leur utilisation le temps d’un examen'],
  ['le droit à la portabilité', 'recevoir vos données dans un format ouvert et réutilisable'],
] as const;

/** DSFR table cells never wrap by default; these hold sentences, which must wrap instead of scrolling. */
function Multiline({ children }: { children: string }) {
  return <span class="fr-cell--multiline">{children}</span>;
}

const selfService = [
  ACCOUNT_SELF_SERVICE.viewDetails && 'consulter les informations de votre compte',
  ACCOUNT_SELF_SERVICE.downloadData && 'télécharger vos données',
  ACCOUNT_SELF_SERVICE.deleteAccount && 'supprimer votre compte',
].filter((item): item is string => Boolean(item));

/** "a", "a et b", "a, b et c". */
function listInFrench(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

export function PersonalDataPage({ ctx, facts }: { ctx: PageContext; facts: OperatorFacts }) {
  const title = (id: (typeof SECTIONS)[number]['id']) => SECTIONS.find((x) => x.id === id)!.title;
  const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>;
  return (
    <ContentPage
      ctx={ctx}
      title="Données personnelles"
      description={`Les données personnelles collectées par ${facts.siteName}, leurs durées de conservation, les cookies et vos droits.`}
      lead={`${facts.siteName} collecte le moins de données possible. Cette page vous dit lesquelles, pourquoi, combien de temps nous les gardons et comment exercer vos droits.`}
    >
      <Summary items={SECTIONS} />

      <Section id="responsable" title={title('responsable')}>
        <p>
          Le responsable du traitement des données collectées sur {facts.siteName} est {facts.operatorName}.
        </p>
        <p>Vous pouvez joindre son délégué à la protection des données (DPO) à l’adresse {mail(facts.dpoEmail)}.</p>
      </Section>

      <Section id="donnees-collectees" title={title('donnees-collectees')}>
        {PROCESSINGS.map((p) => (
          <Section id={p.id} title={p.title} level={3}>
            <ul>
              <li>
                <strong>Données :</strong> {p.data}
              </li>
              <li>
                <strong>Pourquoi :</strong> {p.purpose}
              </li>
              <li>
                <strong>Base légale :</strong> {p.legalBasis}
              </li>
              <li>
                <strong>Durée de conservation :</strong> {p.retention}
              </li>
            </ul>
          </Section>
        ))}
      </Section>

      <Section id="destinataires" title={title('destinataires')}>
        <ul>
          <li>
            L’équipe de {facts.operatorName} qui fait fonctionner le site (validation des activateurs, modération,
            assistance), pour ce qui relève de sa mission.
          </li>
          <li>
            L’activateur que vous avez choisi, pour votre seule demande de contact. Si votre demande est réorientée vers
            un autre activateur, celui-ci la reçoit à son tour.
          </li>
          <li>Les partenaires régionaux, qui ne voient que des chiffres globaux, sans aucune donnée personnelle.</li>
          <li>
            L’hébergeur du site et, le cas échéant, le prestataire d’envoi des e-mails, qui n’agissent que sur
            instruction de {facts.operatorName}.
          </li>
        </ul>
        <p>Vos données ne sont jamais vendues ni utilisées à des fins publicitaires.</p>
      </Section>

      <Section id="hebergement" title={title('hebergement')}>
        {facts.hostingProvider ? (
          <p>Vos données sont hébergées par : {facts.hostingProvider}.</p>
        ) : (
          <p>
            Vos données sont hébergées par l’hébergeur choisi par {facts.operatorName}, indiqué dans les{' '}
            <a href="/mentions-legales#hebergement">mentions légales</a>.
          </p>
        )}
      </Section>

      <Section id="cookies" title={title('cookies')}>
        <p>
          Le site ne dépose que des cookies strictement nécessaires à son fonctionnement. Ces cookies sont dispensés de
          consentement (article 82 de la loi Informatique et Libertés) : c’est pourquoi aucun bandeau de cookies ne vous
          est présenté. Le site n’utilise aucun cookie de mesure d’audience, de publicité ou de réseau social.
        </p>
        <Table
          caption="Cookies déposés par le site"
          columns={[
            { label: 'Cookie', render: (c: (typeof COOKIES)[number]) => <Multiline>{c.name}</Multiline> },
            { label: 'À quoi il sert', render: (c) => <Multiline>{c.purpose}</Multiline> },
            { label: 'Durée', render: (c) => <Multiline>{c.lifetime}</Multiline> },
          ]}
          rows={[...COOKIES]}
        />
      </Section>

      <Section id="vos-droits" title={title('vos-droits')}>
        <p>Vous disposez sur vos données des droits suivants :</p>
        <ul>
          {RIGHTS.map(([right, meaning], i) => (
            <li>
              {right} : {meaning}
              {i === RIGHTS.length - 1 ? '.' : ' ;'}
            </li>
          ))}
        </ul>
        <p>Pour les exercer :</p>
        <ul>
          {selfService.length > 0 && (
            <li>
              si vous avez un compte, la page <a href={ACCOUNT_SELF_SERVICE.href}>Mon compte</a> vous permet de{' '}
              {listInFrench(selfService)} ;
            </li>
          )}
          <li>
            pour toute autre demande{ACCOUNT_SELF_SERVICE.deleteAccount ? '' : ', y compris la suppression de votre compte'},
            ou si vous n’avez pas de compte (par exemple pour une demande de contact), écrivez à{' '}
            {mail(facts.contactEmail)}.
          </li>
        </ul>
        <p>
          {facts.dpoEmail !== facts.contactEmail && (
            <>Vous pouvez aussi écrire au délégué à la protection des données : {mail(facts.dpoEmail)}. </>
          )}
          Nous vous répondons dans un délai d’un mois.
        </p>
        <Section id="reclamation-cnil" title="Réclamation auprès de la CNIL" level={3}>
          <p>
            Si, après nous avoir contactés, vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une
            réclamation à la {CNIL.name} :
          </p>
          <ul>
            <li>
              en ligne, avec le <a href={CNIL.complaintUrl}>service de plainte de la CNIL</a> ;
            </li>
            <li>
              par courrier :
              <address>
                {CNIL.postalAddress.map((line, i) => (
                  <>
                    {i > 0 && <br />}
                    {line}
                  </>
                ))}
              </address>
            </li>
          </ul>
        </Section>
      </Section>

      <p class="fr-mt-6w fr-text--sm">Dernière mise à jour : {frenchDate(PERSONAL_DATA_UPDATED)}.</p>
    </ContentPage>
  );
}
