import type { PageContext } from '../../ui/context.js';
import { ContentPage, Section } from '../../ui/ContentPage.js';
import { ACCESSIBILITY_PAGE } from '../../ui/sitemap.js';
import { frenchDate, LEGAL_NOTICE_UPDATED, LICENCES } from '../legal-content.js';
import type { OperatorFacts } from '../operator-facts.js';

export function LegalNoticePage({
  ctx,
  facts,
  dsfrVersion,
}: {
  ctx: PageContext;
  facts: OperatorFacts;
  dsfrVersion: string;
}) {
  return (
    <ContentPage
      ctx={ctx}
      title="Mentions légales"
      description={`Mentions légales du site ${facts.siteName} : éditeur, direction de la publication, hébergement et licences.`}
    >
      <Section id="editeur" title="Éditeur du site">
        <p>
          Le site {facts.siteName}, à l’adresse <a href={`${facts.siteUrl}/`}>{facts.siteUrl}</a>, est édité par{' '}
          {facts.operatorName}.
        </p>
        <p>
          Pour nous écrire : <a href={`mailto:${facts.contactEmail}`}>{facts.contactEmail}</a>
        </p>
      </Section>

      <Section id="direction-de-la-publication" title="Direction de la publication">
        <p>
          {facts.publicationDirector
            ? `Directeur ou directrice de la publication : ${facts.publicationDirector}.`
            : `La direction de la publication est assurée par le représentant légal de ${facts.operatorName}.`}
        </p>
      </Section>

      <Section id="hebergement" title="Hébergement">
        {facts.hostingProvider ? (
          <p>Le site est hébergé par : {facts.hostingProvider}.</p>
        ) : (
          <p>
            L’hébergeur est choisi par {facts.operatorName}, qui exploite ce site. Ses coordonnées ne sont pas encore
            indiquées sur cette page : vous pouvez les obtenir en écrivant à{' '}
            <a href={`mailto:${facts.contactEmail}`}>{facts.contactEmail}</a>.
          </p>
        )}
      </Section>

      <Section id="licence-des-contenus" title="Licence des contenus">
        <p>
          Sauf mention explicite de propriété intellectuelle détenue par des tiers (par exemple la photo d’un activateur
          ou le logo d’une structure), les contenus de ce site sont proposés sous{' '}
          <a href={LICENCES.contents.url}>{LICENCES.contents.name}</a>. Vous pouvez les réutiliser librement, y compris
          à des fins commerciales, à condition de citer leur source et la date de leur dernière mise à jour.
        </p>
      </Section>

      <Section id="code-source" title="Code source">
        <p>
          {facts.siteName} est un logiciel libre, publié sous <a href={LICENCES.code.url}>{LICENCES.code.name}</a>.
          {facts.sourceUrl && (
            <>
              {' '}
              Son code source est disponible à l’adresse <a href={facts.sourceUrl}>{facts.sourceUrl}</a>.
            </>
          )}
        </p>
      </Section>

      <Section id="donnees-geographiques" title="Données géographiques">
        <p>
          La liste des communes, leurs codes postaux et leur population viennent du{' '}
          <a href={LICENCES.geography.cog.url}>{LICENCES.geography.cog.name}</a> ({LICENCES.geography.cog.licence}). La position
          des communes vient de <a href={LICENCES.geography.geonames.url}>{LICENCES.geography.geonames.name}</a>, sous licence{' '}
          <a href={LICENCES.geography.geonames.licenceUrl}>{LICENCES.geography.geonames.licence}</a> : elle est exacte pour les
          communes dont GeoNames connaît le chef-lieu, et approximative (signalée comme telle) pour les autres.
        </p>
      </Section>

      <Section id="accessibilite" title="Accessibilité">
        <p>
          Le site est {ctx.site.accessibility} conforme au référentiel général d’amélioration de l’accessibilité
          (RGAA). Pour en savoir plus et nous signaler une difficulté, consultez la{' '}
          <a href={ACCESSIBILITY_PAGE.href}>{ACCESSIBILITY_PAGE.label.toLowerCase()}</a>.
        </p>
      </Section>

      <Section id="donnees-personnelles" title="Données personnelles et cookies">
        <p>
          Le site ne dépose que des cookies strictement nécessaires à son fonctionnement. Pour savoir quelles données
          nous collectons, pourquoi, combien de temps nous les gardons et comment exercer vos droits, consultez la page{' '}
          <a href="/donnees-personnelles">Données personnelles</a>.
        </p>
      </Section>

      <Section id="systeme-de-design" title="Système de design de l’État">
        <p>
          Ce site est construit avec le <a href={LICENCES.dsfrUrl}>Système de design de l’État (DSFR)</a>, version{' '}
          {dsfrVersion}.
        </p>
      </Section>

      <p class="fr-mt-6w fr-text--sm">Dernière mise à jour : {frenchDate(LEGAL_NOTICE_UPDATED)}.</p>
    </ContentPage>
  );
}
