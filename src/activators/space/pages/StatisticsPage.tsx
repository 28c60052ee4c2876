import type { PageContext } from '../../../ui/context.js';
import { Alert, Table } from '../../../ui/components.js';
import type { ActivatorStatistics } from '../use-cases/get-statistics.js';
import { MonthlyChart } from './MonthlyChart.js';
import { SpaceFrame } from './SpaceFrame.js';

export const STATISTICS_PATH = '/espace-activateurs/statistiques';

/** "2 h", "1 j 3 h": a median time to a first answer in words a reader takes in at once. */
export function formatHours(hours: number): string {
  if (hours < 1) return 'moins d’une heure';
  const rounded = Math.round(hours);
  if (rounded < 24) return `${rounded} h`;
  const days = Math.floor(rounded / 24);
  const rest = rounded % 24;
  return rest === 0 ? `${days} j` : `${days} j ${rest} h`;
}

export function StatisticsPage({ ctx, statistics, hasPublicPage }: { ctx: PageContext; statistics: ActivatorStatistics; hasPublicPage: boolean }) {
  const { months, contacts } = statistics;
  const period = `de ${months[0]!.label} à ${months[months.length - 1]!.label}`;
  const totalViews = months.reduce((sum, m) => sum + m.views, 0);
  const totalRequests = contacts.available ? months.reduce((sum, m) => sum + (m.requests ?? 0), 0) : null;
  return (
    <SpaceFrame ctx={ctx} title="Mes statistiques">
      <p class="fr-text--lead">Les douze derniers mois, {period}.</p>
      {!hasPublicPage && (
        <Alert type="info" small title="Votre catégorie n’a pas de fiche publique : aucune vue n’est comptée." />
      )}

      <h2 class="fr-h4">L’essentiel</h2>
      <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div class="fr-col-12 fr-col-md-4">
          <div class="fr-tile fr-tile--no-icon">
            <div class="fr-tile__body">
              <p class="fr-tile__title">{String(totalViews)}</p>
              <p class="fr-tile__desc">vues de votre fiche sur 12 mois</p>
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <div class="fr-tile fr-tile--no-icon">
            <div class="fr-tile__body">
              <p class="fr-tile__title">{totalRequests === null ? '—' : String(totalRequests)}</p>
              <p class="fr-tile__desc">demandes de contact sur 12 mois</p>
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <div class="fr-tile fr-tile--no-icon">
            <div class="fr-tile__body">
              <p class="fr-tile__title">
                {!contacts.available ? '—' : contacts.medianFirstAnswerHours === null ? 'aucune réponse' : formatHours(contacts.medianFirstAnswerHours)}
              </p>
              <p class="fr-tile__desc">délai médian de première réponse</p>
            </div>
          </div>
        </div>
      </div>
      {!contacts.available && (
        <Alert type="info" title="Les chiffres des demandes de contact ne sont pas disponibles">
          <p>Le nombre de demandes reçues et le délai de première réponse ne peuvent pas être affichés pour le moment.</p>
        </Alert>
      )}

      <h2 class="fr-mt-6w">Vues de ma fiche par mois</h2>
      <p>Chaque affichage de votre fiche publique par un visiteur ; les robots d’indexation ne sont pas comptés.</p>
      <MonthlyChart id="graphique-vues" title={`Vues de ma fiche par mois, ${period}`} columns={months.map((m) => ({ month: m.month, shortLabel: m.shortLabel, value: m.views }))} />

      {contacts.available && (
        <>
          <h2 class="fr-mt-6w">Demandes de contact par mois</h2>
          <MonthlyChart
            id="graphique-demandes"
            title={`Demandes de contact par mois, ${period}`}
            color="#6a6af4"
            columns={months.map((m) => ({ month: m.month, shortLabel: m.shortLabel, value: m.requests ?? 0 }))}
          />
        </>
      )}

      <h2 class="fr-mt-6w">Les chiffres mois par mois</h2>
      <Table
        caption={`Vues de la fiche${contacts.available ? ' et demandes de contact' : ''} par mois`}
        columns={[
          { label: 'Mois', render: (m: (typeof months)[number]) => m.label },
          { label: 'Vues de la fiche', render: (m) => String(m.views) },
          ...(contacts.available ? [{ label: 'Demandes de contact', render: (m: (typeof months)[number]) => String(m.requests ?? 0) }] : []),
        ]}
        rows={months}
      />
    </SpaceFrame>
  );
}
