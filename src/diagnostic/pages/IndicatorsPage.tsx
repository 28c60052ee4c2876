import { themeLabel, type ThemeSlug } from '../../themes/index.js';
import type { PageContext } from '../../ui/context.js';
import { Alert, Breadcrumb, Button, SelectField, Table } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { percent, type IndicatorGroup, type Indicators } from '../indicators.js';
import { sectorLabel, sizeBandLabel } from '../profile.js';
import { CURRENT_QUESTIONNAIRE } from '../questionnaire/index.js';
import { levelFor } from '../scoring.js';
import { REGIONS, regionName } from '../territory-names.js';
import { PERIODS, THEME_ORDER, type Period } from '../use-cases/read-indicators.js';
import { formatNumber } from './format.js';

export const INDICATORS_PATH = '/operateur/indicateurs';
export const INDICATORS_TITLE = 'Indicateurs de l’autodiagnostic';
export const NOT_AVAILABLE = 'non disponible';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const share = (value: number | null) => (value === null ? '–' : `${decimal.format(value)} %`);
const score = (value: number | null) => (value === null ? '–' : decimal.format(value));

function groupColumns(label: string, name: (key: string | null) => string, contactedKnown: boolean) {
  return [
    { label, render: (g: IndicatorGroup) => name(g.key) },
    { label: 'Commencés', render: (g: IndicatorGroup) => formatNumber(g.started) },
    { label: 'Terminés', render: (g: IndicatorGroup) => formatNumber(g.completed) },
    { label: 'Score global moyen (sur 100)', render: (g: IndicatorGroup) => score(g.overallAverage) },
    { label: 'Part d’accord pour être contacté', render: (g: IndicatorGroup) => share(percent(g.consenting, g.completed)) },
    {
      label: 'Part ayant ensuite contacté un activateur',
      render: (g: IndicatorGroup) => (contactedKnown ? share(percent(g.contacted, g.completed)) : NOT_AVAILABLE),
    },
  ];
}

export function IndicatorsPage({
  ctx,
  indicators,
  regionCode,
  regionLocked,
  period,
  contactedKnown,
}: {
  ctx: PageContext;
  indicators: Indicators;
  regionCode: string | null;
  regionLocked: boolean;
  period: Period;
  contactedKnown: boolean;
}) {
  const { total } = indicators;
  const scope = regionCode ? `la région ${regionName(regionCode) ?? regionCode}` : 'toute la France';
  const themeRows = THEME_ORDER.map((theme) => ({ theme, ...total.themes[theme]! }));
  return (
    <Layout ctx={ctx} title={INDICATORS_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: INDICATORS_TITLE }]} />
        <h1>{INDICATORS_TITLE}</h1>
        <p>
          Les autodiagnostics de {scope}, {PERIODS[period].toLowerCase()}.
          {regionLocked && ' En tant que partenaire régional, vous consultez les chiffres de votre région, en lecture seule.'} Les mêmes
          chiffres agrégés, sans les petits effectifs, sont publiés en <a href="/donnees-ouvertes">données ouvertes</a>. Les chiffres sont
          recalculés au plus toutes les dix minutes.
        </p>
        <form method="get" action={INDICATORS_PATH} class="fr-mb-4w">
          <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div class="fr-col-12 fr-col-md-4">
              <SelectField
                name="periode"
                label="Période"
                value={period}
                options={Object.entries(PERIODS).map(([value, label]) => ({ value, label }))}
              />
            </div>
            {!regionLocked && (
              <div class="fr-col-12 fr-col-md-5">
                <SelectField
                  name="region"
                  label="Région"
                  value={regionCode ?? ''}
                  emptyLabel="Toutes les régions"
                  options={REGIONS.map((r) => ({ value: r.code, label: r.name }))}
                />
              </div>
            )}
            <div class="fr-col-12 fr-col-md-3">
              <Button kind="secondary">Afficher</Button>
            </div>
          </div>
        </form>

        <h2>En résumé</h2>
        <Table
          caption={`Autodiagnostics, ${scope}`}
          columns={[
            { label: 'Indicateur', render: (r: { label: string; value: string }) => r.label },
            { label: 'Valeur', render: (r) => r.value },
          ]}
          rows={[
            { label: 'Autodiagnostics commencés', value: formatNumber(total.started) },
            { label: 'Autodiagnostics terminés', value: formatNumber(total.completed) },
            { label: 'Score global moyen (sur 100)', value: score(total.overallAverage) },
            { label: 'Part des entreprises d’accord pour être contactées', value: share(percent(total.consenting, total.completed)) },
            {
              label: 'Part des entreprises ayant ensuite contacté un activateur',
              value: contactedKnown ? share(percent(total.contacted, total.completed)) : NOT_AVAILABLE,
            },
          ]}
        />
        {!contactedKnown && (
          <p class="fr-text--sm">La part des entreprises ayant contacté un activateur n’est pas disponible : les demandes de contact ne sont pas reliées.</p>
        )}

        <h2>Niveaux moyens par thème</h2>
        <Table
          caption="Score moyen par thème des autodiagnostics terminés"
          columns={[
            { label: 'Thème', render: (r: (typeof themeRows)[number]) => themeLabel(r.theme as ThemeSlug) },
            { label: 'Score moyen (sur 100)', render: (r) => score(r.average) },
            { label: 'Niveau correspondant', render: (r) => (r.average === null ? '–' : levelFor(CURRENT_QUESTIONNAIRE, r.average).label) },
            { label: 'Entreprises concernées', render: (r) => formatNumber(r.count) },
          ]}
          rows={themeRows}
        />

        {!regionCode && (
          <>
            <h2>Par région</h2>
            <Table
              caption="Autodiagnostics par région"
              multiline
              columns={groupColumns('Région', (k) => regionName(k) ?? 'Non renseignée', contactedKnown)}
              rows={indicators.byRegion}
            />
          </>
        )}
        <h2>Par secteur d’activité</h2>
        <Table
          caption="Autodiagnostics par secteur d’activité (sections de la NAF rév. 2)"
              multiline
          columns={groupColumns('Secteur', (k) => (k ? `${k} – ${sectorLabel(k) ?? k}` : 'Non renseigné'), contactedKnown)}
          rows={indicators.bySector}
        />
        <h2>Par taille d’entreprise</h2>
        <Table
          caption="Autodiagnostics par tranche d’effectif salarié"
              multiline
          columns={groupColumns('Taille', (k) => sizeBandLabel(k) ?? 'Non renseignée', contactedKnown)}
          rows={indicators.bySize}
        />
      </div>
    </Layout>
  );
}

export function NoRegionPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={INDICATORS_TITLE}>
      <div class="fr-container fr-mb-8w">
        <h1>{INDICATORS_TITLE}</h1>
        <Alert type="info" title="Aucune région n’est associée à votre compte">
          <p>Un partenaire régional consulte les chiffres de sa région : demandez à l’équipe de la plateforme de l’associer à votre compte.</p>
        </Alert>
      </div>
    </Layout>
  );
}
