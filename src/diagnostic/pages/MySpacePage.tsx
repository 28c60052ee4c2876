import { themeLabel } from '../../themes/index.js';
import type { PageContext } from '../../ui/context.js';
import { Badge, Breadcrumb, Button, ButtonLink, Callout, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { levelFor } from '../scoring.js';
import type { MySpace, SectionKey } from '../use-cases/my-space.js';
import { formatDate, formatPrice } from './format.js';
import { AidList, EventList, GuideList, TestimonialList } from './NextStepsSections.js';
import { ProgressChart, ProgressTable } from './ProgressChart.js';
import { NearbyActivatorsList } from './ResultAccountSections.js';

export const MY_SPACE_TITLE = 'Mon espace';

export const SECTION_TITLES: Record<SectionKey, string> = {
  niveau: 'Mon niveau et mes progrès',
  temoignages: 'Des entreprises comme la mienne témoignent',
  ressources: 'Ressources pour mes thèmes prioritaires',
  activateur: 'Mon activateur',
  solutions: 'Solutions et fourchettes de prix',
  evenements: 'Événements près de chez moi',
};

interface MySpacePageProps {
  ctx: PageContext;
  space: MySpace;
  firstName: string;
  resultHref: (token: string) => string;
  resumeHref: (token: string, step: number) => string;
  withdrawConsentAction: (assessmentId: string) => string;
  endFollowUpAction: (followUpId: string) => string;
}

function LevelSection({ space, resultHref, withdrawConsentAction, ctx }: MySpacePageProps) {
  const { latest, questionnaire, results } = space;
  if (!latest || !questionnaire) return null;
  const level = levelFor(questionnaire, latest.overallScore);
  const first = results[0]!;
  return (
    <>
      <p class="fr-text--lead fr-mb-1w">
        Votre niveau global : <strong>{level.label}</strong> ({latest.overallScore}/100), le {formatDate(latest.completedAt)}.
      </p>
      {results.length >= 2 ? (
        <p>
          Depuis votre premier autodiagnostic, le {formatDate(first.completedAt)}, votre score global est passé de {first.overallScore} à{' '}
          {latest.overallScore}/100.
        </p>
      ) : (
        <p>Refaites l’autodiagnostic dans quelques mois : vos progrès s’afficheront ici, thème par thème.</p>
      )}
      <ProgressChart
        id="graphique-progres"
        title="Vos scores par thème à chaque autodiagnostic, sur 100 (les mêmes chiffres sont dans le tableau qui suit)"
        questionnaire={questionnaire}
        results={results}
      />
      <ProgressTable caption="Vos scores par thème, d’un autodiagnostic à l’autre" questionnaire={questionnaire} results={results} />
      <h3 class="fr-h6">Mes résultats</h3>
      <ul>
        {[...results].reverse().map((r) => (
          <li class="fr-mb-1w">
            <a href={resultHref(r.token)}>Résultat du {formatDate(r.completedAt)}</a> · {r.overallScore}/100
            {r.consentGivenAt && (
              <Form action={withdrawConsentAction(r.id)} csrfToken={ctx.csrfToken}>
                <p class="fr-text--sm fr-mb-1w">
                  Vous avez accepté, le {formatDate(r.consentGivenAt)}, d’être contacté par un activateur de votre territoire au sujet de ce
                  diagnostic.
                </p>
                <Button kind="tertiary">Retirer mon accord</Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ActivatorSection({ space, ctx, endFollowUpAction }: MySpacePageProps) {
  const { contacted, followUps, nearby, latest, weak } = space;
  return (
    <>
      {followUps.length > 0 && (
        <>
          <h3 class="fr-h6">Les activateurs qui suivent vos progrès</h3>
          <ul>
            {followUps.map((f) => (
              <li>
                <Form action={endFollowUpAction(f.id)} csrfToken={ctx.csrfToken}>
                  <p class="fr-mb-1w">
                    {f.activatorName} voit vos résultats successifs depuis le {formatDate(f.agreedAt)}.
                  </p>
                  <Button kind="tertiary">Arrêter ce suivi</Button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
      {contacted.length > 0 && (
        <>
          <h3 class="fr-h6">Les activateurs que vous avez contactés</h3>
          <ul>
            {contacted.map((c) => (
              <li>
                <a href={`/trouver-un-accompagnement/${encodeURIComponent(c.activatorSlug)}`}>{c.activatorName}</a>, le {formatDate(c.sentAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      {nearby.length > 0 && latest && (
        <>
          <h3 class="fr-h6">Près de chez vous, pour vos thèmes prioritaires</h3>
          <NearbyActivatorsList nearby={nearby} assessmentId={latest.id} themes={weak} />
        </>
      )}
      <p>
        <a href="/trouver-un-accompagnement">Trouver d’autres accompagnements</a>
      </p>
    </>
  );
}

function SolutionsSection({ space }: MySpacePageProps) {
  const { questionnaire, weak, latest } = space;
  if (!questionnaire || !latest) return null;
  return (
    <>
      <p>Des actions concrètes pour vos thèmes prioritaires, les plus utiles d’abord. Prix indicatifs hors taxes pour une petite entreprise.</p>
      {weak.map((theme) => {
        const block = questionnaire.themes.find((b) => b.theme === theme);
        if (!block) return null;
        const score = latest.themeScores[theme];
        return (
          <div class="fr-mb-3w">
            <h3 class="fr-h6 fr-mb-1w">{themeLabel(theme)}</h3>
            {typeof score === 'number' && <Badge label={`Niveau : ${levelFor(questionnaire, score).label}`} />}
            <ul class="fr-mt-1w">
              {block.actions.map((action) => (
                <li>
                  <strong>{action.title}</strong> — {action.prices.map(formatPrice).join(' ; ')}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function ResourcesSection({ space }: MySpacePageProps) {
  const { guides, aids } = space.next;
  return (
    <>
      {guides.length > 0 && (
        <>
          <h3 class="fr-h6">Des guides</h3>
          <GuideList guides={guides} />
        </>
      )}
      {aids.length > 0 && (
        <>
          <h3 class="fr-h6">Des aides pour lesquelles vous pourriez être éligible</h3>
          <AidList aids={aids} />
        </>
      )}
    </>
  );
}

const SECTIONS: Record<SectionKey, (props: MySpacePageProps) => ReturnType<typeof LevelSection>> = {
  niveau: LevelSection,
  temoignages: ({ space }) => <TestimonialList testimonials={space.next.testimonials} />,
  ressources: ResourcesSection,
  activateur: ActivatorSection,
  solutions: SolutionsSection,
  evenements: ({ space }) => <EventList events={space.next.events} />,
};

export function MySpacePage(props: MySpacePageProps) {
  const { ctx, space, firstName, resumeHref } = props;
  return (
    <Layout ctx={ctx} title={MY_SPACE_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: MY_SPACE_TITLE }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-10">
            <h1>{firstName ? `Bonjour ${firstName}` : MY_SPACE_TITLE}</h1>
            {space.inProgress && (
              <div class="fr-mb-4w">
                <Callout title="Vous avez un autodiagnostic en cours">
                  <p>Vos réponses sont enregistrées : reprenez où vous vous étiez arrêté.</p>
                  <ButtonLink href={resumeHref(space.inProgress.token, space.inProgress.currentStep)} icon="fr-icon-arrow-right-line">
                    Reprendre mon autodiagnostic
                  </ButtonLink>
                </Callout>
              </div>
            )}
            {!space.latest && (
              <div class="fr-mb-4w">
                <p>Faites l’autodiagnostic : en dix minutes, vous saurez où en est votre entreprise et par où commencer.</p>
                <Form action="/autodiagnostic" csrfToken={ctx.csrfToken}>
                  <Button icon="fr-icon-questionnaire-line">Faire l’autodiagnostic</Button>
                </Form>
              </div>
            )}
            {space.sections.map((key) => {
              const Section = SECTIONS[key];
              return (
                <section class="fr-mb-6w" aria-labelledby={`section-${key}`} data-section={key}>
                  <h2 id={`section-${key}`}>{SECTION_TITLES[key]}</h2>
                  <Section {...props} />
                </section>
              );
            })}
            {space.latest && (
              <Form action="/autodiagnostic" csrfToken={ctx.csrfToken}>
                <Button kind="secondary" icon="fr-icon-questionnaire-line">
                  Refaire l’autodiagnostic
                </Button>
              </Form>
            )}
          </div>
        </div>
      </div>
    </Layout>
  );
}
