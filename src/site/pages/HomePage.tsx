import type { PageContext } from '../../ui/context.js';
import { ButtonLink, Callout, Tile } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';

const STEPS = [
  {
    title: 'Faites le point',
    text: 'Répondez à une trentaine de questions simples sur votre usage du numérique : vous obtenez votre niveau par thème et des pistes concrètes.',
  },
  {
    title: 'Trouvez un accompagnement',
    text: 'Des conseillers engagés par une charte, près de chez vous : chambres de commerce et de métiers, consultants, financeurs, entreprises qui partagent leur expérience.',
  },
  {
    title: 'Passez à l’action',
    text: 'Guides pratiques, témoignages d’entreprises comme la vôtre et aides financières auxquelles vous pouvez prétendre.',
  },
];

export function HomePage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title="Accueil"
      description="Faites le point sur le numérique de votre entreprise et trouvez un accompagnement près de chez vous."
    >
      <div class="abeille-hero fr-py-8w">
        <div class="fr-container">
          <div class="fr-grid-row">
            <div class="fr-col-12 fr-col-lg-8">
              <h1>Le numérique au service de votre entreprise</h1>
              <p class="fr-text--lead">
                TPE et PME : faites le point en 10 minutes, puis trouvez près de chez vous un conseiller de confiance
                pour avancer, à votre rythme.
              </p>
              <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
                <li>
                  <ButtonLink href="/autodiagnostic" icon="fr-icon-questionnaire-line">
                    Faire le point sur mon numérique
                  </ButtonLink>
                </li>
                <li>
                  <ButtonLink href="/trouver-un-accompagnement" kind="secondary" icon="fr-icon-map-pin-2-line">
                    Trouver un accompagnement
                  </ButtonLink>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
      <div class="fr-container fr-my-6w">
        <h2>Comment ça marche ?</h2>
        <ol class="fr-grid-row fr-grid-row--gutters abeille-steps">
          {STEPS.map((step, i) => (
            <li class="fr-col-12 fr-col-md-4">
              <p class="abeille-figure" aria-hidden="true">
                {i + 1}
              </p>
              <h3 class="fr-h5">{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </div>
      <div class="fr-container fr-mb-6w">
        <h2>Par où commencer ?</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-4">
            <Tile
              title="Trouver un accompagnement"
              href="/trouver-un-accompagnement"
              description="Des activateurs près de chez vous, par domaine d’expertise."
            />
          </div>
          <div class="fr-col-12 fr-col-md-4">
            <Tile title="Ressources" href="/ressources" description="Guides pratiques, témoignages et événements." />
          </div>
          <div class="fr-col-12 fr-col-md-4">
            <Tile
              title="Aides et financements"
              href="/aides-et-financements"
              description="Les aides auxquelles votre entreprise peut prétendre."
            />
          </div>
        </div>
      </div>
      <div class="fr-container fr-mb-8w">
        <Callout title="Vous accompagnez des entreprises ?">
          <p>
            Conseillers, financeurs, offreurs de solutions, entreprises championnes : rejoignez les activateurs de{' '}
            {ctx.site.name} et soyez visible des entreprises de votre territoire.
          </p>
          <ButtonLink href="/espace-activateurs" kind="secondary">
            Découvrir l’espace activateurs
          </ButtonLink>
        </Callout>
      </div>
    </Layout>
  );
}
