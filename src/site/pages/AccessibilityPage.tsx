import type { PageContext } from '../../ui/context.js';
import { ContentPage, Section, Summary } from '../../ui/ContentPage.js';
import { siteMapLabel } from '../../ui/sitemap.js';
import { ACCESSIBILITY_STATEMENT, DEFENSEUR_DES_DROITS, frenchDate } from '../legal-content.js';
import type { OperatorFacts } from '../operator-facts.js';

// Follows the structure and the mandatory wording of the RGAA model statement
// (accessibilite.numerique.gouv.fr); the conformity state is the one every footer shows.

const SECTIONS = [
  { id: 'etat-de-conformite', title: 'État de conformité' },
  { id: 'contenus-non-accessibles', title: 'Contenus non accessibles' },
  { id: 'etablissement', title: 'Établissement de cette déclaration d’accessibilité' },
  { id: 'contact', title: 'Retour d’information et contact' },
  { id: 'voies-de-recours', title: 'Voies de recours' },
] as const;

export function AccessibilityPage({ ctx, facts }: { ctx: PageContext; facts: OperatorFacts }) {
  const s = ACCESSIBILITY_STATEMENT;
  const audit = s.manualAudit;
  const conformity = `${ctx.site.accessibility} conforme`;
  const title = (id: (typeof SECTIONS)[number]['id']) => SECTIONS.find((x) => x.id === id)!.title;
  return (
    <ContentPage
      ctx={ctx}
      title="Déclaration d’accessibilité"
      description={`Déclaration d’accessibilité du site ${facts.siteName} : état de conformité au RGAA, contenus non accessibles et recours.`}
    >
      <p>
        {facts.operatorName} s’engage à rendre ses sites internet, intranet, extranet et ses progiciels accessibles
        conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>
        Cette déclaration d’accessibilité s’applique au site {facts.siteName} (<a href={`${facts.siteUrl}/`}>{facts.siteUrl}</a>).
      </p>
      <Summary items={SECTIONS} />

      <Section id="etat-de-conformite" title={title('etat-de-conformite')}>
        <p>
          Le site {facts.siteName} ({facts.siteUrl}) est <strong>{conformity}</strong> avec le référentiel général
          d’amélioration de l’accessibilité (RGAA), version {s.rgaaVersion}.
        </p>
        <Section title="Résultats des tests" level={3}>
          {audit ? (
            <p>
              L’audit de conformité réalisé le {frenchDate(audit.date)} par {audit.auditor} révèle que{' '}
              {audit.conformityRate} % des critères du RGAA version {s.rgaaVersion} sont respectés.
            </p>
          ) : (
            <>
              <p>
                Aucun audit de conformité complet n’a encore été réalisé : le taux de critères du RGAA respectés
                n’est donc pas encore connu.
              </p>
              <p>
                Les vérifications automatisées du {frenchDate(s.automatedChecksDate)}{' '}
                {s.nonConformities.length === 0
                  ? 'n’ont relevé aucune non-conformité'
                  : 'ont relevé les non-conformités listées plus bas'}{' '}
                sur les pages vérifiées. Elles ne couvrent qu’une partie des critères du RGAA : un audit manuel
                complet sera mené et ses résultats seront publiés sur cette page.
              </p>
            </>
          )}
        </Section>
      </Section>

      <Section id="contenus-non-accessibles" title={title('contenus-non-accessibles')}>
        <Section title="Non-conformités" level={3}>
          {s.nonConformities.length > 0 ? (
            <ul>
              {s.nonConformities.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : (
            <p>
              À la date de cette déclaration, aucune non-conformité n’est connue : les vérifications automatisées
              n’en ont relevé aucune.{' '}
              {!audit &&
                'L’audit manuel n’ayant pas encore été réalisé, des défauts peuvent toutefois exister. Si vous en rencontrez un, signalez-le-nous : il sera listé ici jusqu’à sa correction.'}
            </p>
          )}
        </Section>
        <Section title="Dérogations pour charge disproportionnée" level={3}>
          <p>Aucune dérogation pour charge disproportionnée n’est invoquée.</p>
        </Section>
        <Section title="Contenus non soumis à l’obligation d’accessibilité" level={3}>
          <p>Aucun contenu du site n’est exempté de l’obligation d’accessibilité.</p>
        </Section>
        {s.plannedAlternatives.length > 0 && (
          <Section title="Contenus à venir" level={3}>
            <p>Des contenus seront bientôt ajoutés au site. Ils seront publiés avec une alternative accessible :</p>
            <ul>
              {s.plannedAlternatives.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          </Section>
        )}
      </Section>

      <Section id="etablissement" title={title('etablissement')}>
        <p>Cette déclaration a été établie le {frenchDate(s.statementDate)}.</p>
        <Section title={`Technologies utilisées pour la réalisation du site ${facts.siteName}`} level={3}>
          <ul>
            {s.technologies.map((t) => (
              <li>{t}</li>
            ))}
          </ul>
        </Section>
        <Section title="Environnement de test" level={3}>
          <p>Les vérifications automatisées sont réalisées avec : {s.automatedEnvironment}.</p>
          <p>
            Les vérifications de restitution de contenus {audit ? 'ont été' : 'seront'} réalisées sur la base de la
            combinaison fournie par la base de référence du RGAA, avec les versions suivantes :
          </p>
          <ul>
            {s.manualEnvironment.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </Section>
        <Section title="Outils pour évaluer l’accessibilité" level={3}>
          <ul>
            <li>{s.automatedTool}</li>
            <li>
              Vérifications manuelles{audit ? '' : ', prévues lors de l’audit'} : {s.manualChecks.join(' ; ')}
            </li>
          </ul>
        </Section>
        <Section title="Pages du site ayant fait l’objet de la vérification de conformité" level={3}>
          <ol>
            {s.auditedPages.map((path) => (
              <li>
                {siteMapLabel(path) ?? path} : <a href={path}>{`${facts.siteUrl}${path}`}</a>
              </li>
            ))}
          </ol>
        </Section>
      </Section>

      <Section id="contact" title={title('contact')}>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site{' '}
          {facts.siteName} pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
        </p>
        <ul>
          <li>
            Envoyer un message : <a href={`mailto:${facts.contactEmail}`}>{facts.contactEmail}</a>
          </li>
        </ul>
      </Section>

      <Section id="voies-de-recours" title={title('voies-de-recours')}>
        <p>
          Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut
          d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services du site, et vous n’avez pas
          obtenu de réponse satisfaisante.
        </p>
        <p>Vous pouvez alors saisir le Défenseur des droits :</p>
        <ul>
          <li>
            <a href={DEFENSEUR_DES_DROITS.formUrl}>Écrire un message au Défenseur des droits</a> (formulaire en ligne) ;
          </li>
          <li>
            <a href={DEFENSEUR_DES_DROITS.delegatesUrl}>Contacter le délégué du Défenseur des droits dans votre région</a> ;
          </li>
          <li>
            Appeler le Défenseur des droits au{' '}
            <a href={`tel:+33${DEFENSEUR_DES_DROITS.phone.replace(/\s/g, '').slice(1)}`}>{DEFENSEUR_DES_DROITS.phone}</a> ;
          </li>
          <li>
            Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
            <address>
              {DEFENSEUR_DES_DROITS.postalAddress.map((line, i) => (
                <>
                  {i > 0 && <br />}
                  {line}
                </>
              ))}
            </address>
          </li>
        </ul>
      </Section>
    </ContentPage>
  );
}
