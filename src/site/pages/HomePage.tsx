import type { PageContext } from '../../ui/context.js';
import { ButtonLink, Tile } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';

export function HomePage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Accueil" description="Faites le point sur le numérique de votre entreprise et trouvez un accompagnement près de chez vous.">
      <div class="abeille-hero fr-py-8w">
        <div class="fr-container">
          <h1>Le numérique au service de votre entreprise</h1>
          <p class="fr-text--lead">
            Faites le point en 10 minutes, puis trouvez près de chez vous un conseiller de confiance pour avancer.
          </p>
          <ButtonLink href="/autodiagnostic" icon="fr-icon-arrow-right-line">
            Faire le point sur mon numérique
          </ButtonLink>
        </div>
      </div>
      <div class="fr-container fr-my-6w">
        <h2>Par où commencer ?</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-4">
            <Tile title="Trouver un accompagnement" href="/trouver-un-accompagnement" description="Des activateurs près de chez vous." />
          </div>
          <div class="fr-col-12 fr-col-md-4">
            <Tile title="Ressources" href="/ressources" description="Guides pratiques et témoignages." />
          </div>
          <div class="fr-col-12 fr-col-md-4">
            <Tile title="Aides et financements" href="/aides-et-financements" description="Les aides auxquelles vous avez droit." />
          </div>
        </div>
      </div>
    </Layout>
  );
}
