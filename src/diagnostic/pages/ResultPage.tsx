import { themeLabel, type ThemeSlug } from '../../themes/index.js';
import type { PageContext } from '../../ui/context.js';
import { Badge, Breadcrumb, Button, CheckboxField, Field, Form, Table } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { memoHtml } from '../../ui/memo.js';
import { MIN_GROUP_SIZE, type Comparison, type GroupKind, type Position } from '../comparison.js';
import { CONTACT_FIELDS, type ContactDetails, type ContactErrors } from '../consent.js';
import { sectorLabel, sizeBandLabel } from '../profile.js';
import { levelFor, matchingTips, weakestThemes } from '../scoring.js';
import type { ThemeBlock, Tip } from '../questionnaire/index.js';
import type { ResultView } from '../use-cases/read-result.js';
import { formatDate, formatNumber, formatPrice, lowerFirst } from './format.js';
import { ResultNextSteps } from './NextStepsSections.js';
import { PRESENTATION_TITLE } from './PresentationPage.js';
import { ResultAccountSections, ResultPeopleSections, type ResultExtras } from './ResultAccountSections.js';
import { ScoreChart } from './ScoreChart.js';

export const RESULT_TITLE = 'Votre résultat';
export const CONSENT_FIELD = 'consentement';
const MAX_TIPS = 5;

interface ResultPageProps {
  ctx: PageContext;
  view: ResultView;
  resultUrl: string;
  consentAction: string;
  withdrawAction: string;
  consentWording: string;
  /** The nearest activators, saving the result in an account, the follow-up (account-routes.ts). */
  extras?: ResultExtras;
  /** The consent form sent back with refused contact details: what was typed, and the message of each field. */
  consentForm?: ConsentFormState;
}

export interface ConsentFormState {
  values: ContactDetails;
  errors: ContactErrors;
}

/** Who a position is among, after "des 120 …". */
function groupPhrase(group: GroupKind, sector: string, size: string): string {
  switch (group) {
    case 'secteur-taille':
      return `entreprises de votre secteur (${sector}) et de votre taille (${lowerFirst(size)})`;
    case 'secteur':
      return `entreprises de votre secteur (${sector}), toutes tailles confondues`;
    case 'taille':
      return `entreprises de votre taille (${lowerFirst(size)}), tous secteurs confondus`;
    case 'tous':
      return 'entreprises qui ont fait l’autodiagnostic';
  }
}

function positionSentence(position: Position, who: string): string {
  const n = formatNumber(position.total);
  if (position.percentBelow === 0) {
    return `Parmi les ${n} ${who}, vous êtes de ceux qui démarrent : c’est là que chaque action fait le plus de différence.`;
  }
  return `Votre niveau global dépasse celui de ${position.percentBelow} % des ${n} ${who}.`;
}

function ComparisonSection({ comparison, sector, size }: { comparison: Comparison | null; sector: string; size: string }) {
  if (!comparison) return null;
  const { overall, peers } = comparison;
  return (
    <section class="fr-mb-6w" aria-labelledby="comparaison">
      <h2 id="comparaison">Vous et les autres entreprises</h2>
      {overall ? (
        <p>{positionSentence(overall, groupPhrase('tous', sector, size))}</p>
      ) : (
        <p>
          Pas encore de comparaison : il faut au moins {MIN_GROUP_SIZE} résultats pour qu’elle ait du sens, et{' '}
          {formatNumber(comparison.overallTotal)} entreprise{comparison.overallTotal > 1 ? 's ont' : ' a'} terminé l’autodiagnostic
          pour l’instant.
        </p>
      )}
      {peers && peers.group !== 'tous' && <p>{positionSentence(peers, groupPhrase(peers.group, sector, size))}</p>}
      {peers && peers.group !== 'secteur-taille' && (
        <p class="fr-text--sm">
          Moins de {MIN_GROUP_SIZE} entreprises de votre secteur et de votre taille ont terminé l’autodiagnostic (
          {formatNumber(comparison.narrowestTotal)} pour l’instant) :{' '}
          {peers.group === 'tous'
            ? 'la comparaison avec l’ensemble des entreprises est la plus juste pour le moment.'
            : `pour une comparaison fiable, nous vous comparons aux ${groupPhrase(peers.group, sector, size)}.`}
        </p>
      )}
    </section>
  );
}

/** The consent box and the contact details it needs; what was typed and the messages when refused. */
function ConsentFields({ wording, form }: { wording: string; form?: ConsentFormState }) {
  return (
    <>
      <p>
        Un activateur (conseiller de votre chambre de commerce ou de métiers, de votre région…) peut vous aider à passer à
        l’action. Les activateurs de votre département verront seulement votre niveau par thème, le profil de votre
        entreprise et la date de ce diagnostic, jamais le détail de vos réponses. Vos coordonnées ne sont montrées qu’à
        l’activateur qui choisit de vous contacter.
      </p>
      <CheckboxField
        name={CONSENT_FIELD}
        label={wording}
        checked={Boolean(form)}
        hint="Facultatif. Vous pourrez retirer votre accord à tout moment depuis cette page."
      />
      <p class="fr-text--sm fr-mb-2w">
        Si vous cochez la case, indiquez comment vous joindre : votre nom, et une adresse e-mail ou un numéro de téléphone
        (au moins l’un des deux).
      </p>
      <Field
        name={CONTACT_FIELDS.name}
        label="Votre nom"
        autocomplete="name"
        value={form?.values.name}
        error={form?.errors.name}
        maxLength={200}
      />
      <Field
        name={CONTACT_FIELDS.email}
        label="Votre adresse e-mail"
        hint="Format attendu : nom@exemple.fr"
        type="email"
        autocomplete="email"
        value={form?.values.email}
        error={form?.errors.email}
        maxLength={254}
      />
      <Field
        name={CONTACT_FIELDS.phone}
        label="Votre numéro de téléphone"
        hint="Format attendu : 04 72 00 00 00"
        type="tel"
        autocomplete="tel"
        value={form?.values.phone}
        error={form?.errors.phone}
        maxLength={30}
      />
      <Button kind="secondary">Enregistrer mon choix</Button>
    </>
  );
}

/** A theme's concrete actions with their indicative prices (the same for every result: see memoHtml). */
function ThemeActions({ block }: { block: ThemeBlock }) {
  return (
    <>
      {block.actions.map((action) => (
        <li class="fr-mb-2w">
          <strong>{action.title}</strong>
          <br />
          {action.description}
          <br />
          <span class="fr-text--sm">
            {action.prices.map(formatPrice).join(' ; ')}.{action.priceNote && ` ${action.priceNote}`}
          </span>
        </li>
      ))}
    </>
  );
}

function TipText({ tip }: { tip: Tip }) {
  return (
    <>
      <h3 class="fr-h6 fr-mb-1w">{tip.title}</h3>
      <p class="fr-mb-1w">{tip.text}</p>
      {tip.link && (
        <p>
          <a href={tip.link.href} target="_blank" rel="noopener" title={`${tip.link.label} – nouvelle fenêtre`}>
            {tip.link.label}
          </a>
        </p>
      )}
    </>
  );
}

export function ResultPage({ ctx, view, resultUrl, consentAction, withdrawAction, consentWording, consentForm, extras }: ResultPageProps) {
  const { questionnaire, themeScores, overallScore, answers, assessment } = view;
  const overallLevel = levelFor(questionnaire, overallScore);
  const rows = questionnaire.themes.map((block) => {
    const score = themeScores[block.theme as ThemeSlug] ?? null;
    return { theme: block.theme as ThemeSlug, label: themeLabel(block.theme as ThemeSlug), score, level: score === null ? null : levelFor(questionnaire, score) };
  });
  const weak = weakestThemes(questionnaire, themeScores);
  // A few tips, those of the priority themes first: a long list would bury the ones that matter.
  const tips = matchingTips(questionnaire, answers, weak).slice(0, MAX_TIPS);
  const sector = sectorLabel(assessment.sector) ?? '';
  const size = sizeBandLabel(assessment.sizeBand) ?? '';
  return (
    <Layout ctx={ctx} title={RESULT_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/autodiagnostic', label: PRESENTATION_TITLE }, { label: RESULT_TITLE }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-10">
            <h1>{RESULT_TITLE}</h1>
            <p class="fr-text--lead fr-mb-1w">
              Votre niveau global : <strong>{overallLevel.label}</strong> ({overallScore}/100)
            </p>
            <p>{overallLevel.message}</p>
            {assessment.completedAt && (
              <p class="fr-text--sm">
                Autodiagnostic terminé le {formatDate(assessment.completedAt)}
                {sector && ` · ${sector}`}
                {size && ` · ${lowerFirst(size)}`}
              </p>
            )}

            <section class="fr-mb-6w" aria-labelledby="niveaux">
              <h2 id="niveaux">Votre niveau par thème</h2>
              <ScoreChart
                id="graphique-niveaux"
                title="Votre score par thème, sur 100 (les mêmes chiffres sont dans le tableau qui suit)"
                rows={rows.map((r) => ({ label: r.label, score: r.score, level: r.level?.label ?? '' }))}
                thresholds={questionnaire.levels}
              />
              <Table
                multiline
                caption="Votre score et votre niveau par thème"
                columns={[
                  { label: 'Thème', render: (r: (typeof rows)[number]) => r.label },
                  { label: 'Score sur 100', render: (r) => (r.score === null ? '–' : String(r.score)) },
                  { label: 'Niveau', render: (r) => r.level?.label ?? 'Non concerné pour l’instant' },
                ]}
                rows={rows}
              />
              <p class="fr-text--sm">
                Les niveaux, du premier au dernier : {questionnaire.levels.map((l) => `${l.label} (à partir de ${l.minScore})`).join(', ')}.
              </p>
            </section>

            <ComparisonSection comparison={view.comparison} sector={sector} size={size} />

            <section class="fr-mb-6w" aria-labelledby="pistes">
              <h2 id="pistes">Par où commencer ?</h2>
              {weak.length === 0 ? (
                <p>Vous êtes au plus haut niveau sur tous les thèmes qui vous concernent : partagez votre expérience autour de vous !</p>
              ) : (
                <>
                  <p>
                    Les thèmes où vous progresserez le plus vite, avec des actions concrètes. Les prix sont des fourchettes indicatives
                    hors taxes, constatées pour de petites entreprises.
                  </p>
                  {weak.map((theme) => {
                    const block = questionnaire.themes.find((b) => b.theme === theme)!;
                    const level = levelFor(questionnaire, themeScores[theme]!);
                    return (
                      <div class="fr-mb-4w">
                        <h3>{themeLabel(theme)}</h3>
                        <Badge label={`Niveau : ${level.label}`} />
                        <ul class="fr-mt-2w" dangerouslySetInnerHTML={memoHtml(block, () => <ThemeActions block={block} />)} />
                      </div>
                    );
                  })}
                </>
              )}
            </section>

            {tips.length > 0 && (
              <section class="fr-mb-6w" aria-labelledby="conseils">
                <h2 id="conseils">Nos conseils d’après vos réponses</h2>
                {tips.map((tip) => (
                  <div class="fr-mb-3w" dangerouslySetInnerHTML={memoHtml(tip, () => <TipText tip={tip} />)} />
                ))}
              </section>
            )}

            <ResultNextSteps next={extras?.next} people={<ResultPeopleSections extras={extras} />} />

            <section class="fr-mb-6w" aria-labelledby="contact">
              <h2 id="contact">Être accompagné près de chez vous</h2>
              {assessment.consent ? (
                <>
                  <p>
                    Le {formatDate(assessment.consent.givenAt)}, vous avez accepté d’être contacté par un activateur de votre territoire
                    au sujet de ce diagnostic. Vous pouvez retirer votre accord à tout moment : il prend effet immédiatement.
                  </p>
                  <Form action={withdrawAction} csrfToken={ctx.csrfToken}>
                    <Button kind="secondary">Retirer mon accord</Button>
                  </Form>
                </>
              ) : (
                <Form action={consentAction} csrfToken={ctx.csrfToken} errorCount={Object.keys(consentForm?.errors ?? {}).length}>
                  {consentForm ? (
                    <ConsentFields wording={consentWording} form={consentForm} />
                  ) : (
                    // The same blank form for every visitor: drawn once per wording.
                    <div dangerouslySetInnerHTML={memoHtml(`consentement:${consentWording}`, () => <ConsentFields wording={consentWording} />)} />
                  )}
                </Form>
              )}
            </section>

            <ResultAccountSections ctx={ctx} extras={extras} />

            <section aria-labelledby="garder">
              <h2 id="garder">Retrouver ce résultat</h2>
              <p>
                Ce lien personnel donne accès à votre résultat : gardez-le, et ne le partagez qu’avec qui vous voulez.{' '}
                <a href={resultUrl}>{resultUrl}</a>
              </p>
              <Form action="/autodiagnostic" csrfToken={ctx.csrfToken}>
                <Button kind="tertiary" icon="fr-icon-questionnaire-line">
                  Refaire l’autodiagnostic
                </Button>
              </Form>
            </section>
          </div>
        </div>
      </div>
    </Layout>
  );
}
