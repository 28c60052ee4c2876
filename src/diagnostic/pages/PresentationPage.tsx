import type { PageContext } from '../../ui/context.js';
import { Breadcrumb, Button, ButtonLink, Callout, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';

export const PRESENTATION_TITLE = 'Faire le point sur mon numérique';

export type Resume =
  /** themeStep 0: the questions on the company, before the theme steps. */
  | { kind: 'en_cours'; href: string; themeStep: number; themeCount: number }
  | { kind: 'termine'; href: string }
  | null;

export function PresentationPage({
  ctx,
  themes,
  questionCount,
  resume,
}: {
  ctx: PageContext;
  themes: string[];
  questionCount: number;
  resume: Resume;
}) {
  const around = Math.round(questionCount / 5) * 5;
  return (
    <Layout
      ctx={ctx}
      title={PRESENTATION_TITLE}
      description="Un autodiagnostic gratuit de dix minutes pour connaître le niveau numérique de votre entreprise, thème par thème, et savoir par où commencer."
    >
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: PRESENTATION_TITLE }]} />
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-8">
            <h1>{PRESENTATION_TITLE}</h1>
            <p class="fr-text--lead">
              En une dizaine de minutes, faites le point sur l’usage du numérique dans votre entreprise et repartez avec des
              pistes concrètes, à votre mesure.
            </p>
            {resume && (
              <div class="fr-mb-4w">
                <Callout title={resume.kind === 'en_cours' ? 'Vous avez un autodiagnostic en cours' : 'Vous avez déjà fait l’autodiagnostic'}>
                  <p>
                    {resume.kind === 'termine'
                      ? 'Votre résultat est toujours disponible sur ce navigateur.'
                      : resume.themeStep === 0
                        ? 'Vos réponses sont enregistrées : reprenez avec les questions sur votre entreprise.'
                        : `Vos réponses sont enregistrées : reprenez à l’étape ${resume.themeStep} sur ${resume.themeCount}.`}
                  </p>
                  <ButtonLink href={resume.href} icon="fr-icon-arrow-right-line">
                    {resume.kind === 'en_cours' ? 'Reprendre où je m’étais arrêté' : 'Revoir mon résultat'}
                  </ButtonLink>
                </Callout>
              </div>
            )}
            <h2>Comment ça se passe ?</h2>
            <ul>
              <li>
                Quelques questions sur votre entreprise (taille, secteur, clients), puis environ {around} questions à choix, une
                étape par thème.
              </li>
              <li>Pas de compte à créer, pas de jargon : répondez selon votre pratique d’aujourd’hui, il n’y a pas de mauvaise réponse.</li>
              <li>Vos réponses sont enregistrées à chaque étape : vous pouvez faire une pause et reprendre plus tard.</li>
            </ul>
            <h2>Ce que vous obtenez</h2>
            <ul>
              <li>Votre niveau pour chacun des {themes.length} thèmes et un niveau global, présentés sur un graphique.</li>
              <li>Votre position par rapport aux entreprises de votre secteur et de votre taille.</li>
              <li>Des actions concrètes pour vos thèmes prioritaires, avec des fourchettes de prix indicatives.</li>
              <li>Si vous le souhaitez, un contact avec un conseiller de votre territoire.</li>
            </ul>
            <h2>Les thèmes abordés</h2>
            <ul>
              {themes.map((label) => (
                <li>{label}</li>
              ))}
            </ul>
            <Form action="/autodiagnostic" csrfToken={ctx.csrfToken}>
              <Button kind={resume ? 'secondary' : 'primary'} icon="fr-icon-questionnaire-line">
                {resume ? 'Commencer un nouvel autodiagnostic' : 'Commencer l’autodiagnostic'}
              </Button>
            </Form>
            <p class="fr-text--sm fr-mt-2w">
              Votre résultat n’est accessible que par un lien personnel. Il sert aussi, sans votre nom, aux statistiques sur le
              numérique des entreprises.
            </p>
          </div>
        </div>
      </div>
    </Layout>
  );
}
