// The activator's side of a follow-up: the businesses that agreed to be followed, and one business's
// successive results (levels and dates, never the answers).
import type { PageContext } from '../../ui/context.js';
import { Breadcrumb, Button, Form, Table } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import type { SavedResult } from '../account-queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { levelFor } from '../scoring.js';
import type { FollowedBusiness } from '../use-cases/follow-ups.js';
import type { FollowUp } from '../account-queries.js';
import { formatDate } from './format.js';
import { ProgressChart, ProgressTable } from './ProgressChart.js';

export const FOLLOW_UPS_TITLE = 'Entreprises suivies';
const SPACE = { href: '/espace-activateurs', label: 'Espace activateurs' };

export function FollowUpsPage({
  ctx,
  list,
  startAction,
  pageHref,
  levelLabel,
}: {
  ctx: PageContext;
  list: FollowedBusiness[];
  startAction: string;
  pageHref: (id: string) => string;
  levelLabel: (score: number) => string;
}) {
  return (
    <Layout ctx={ctx} title={FOLLOW_UPS_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[SPACE, { label: FOLLOW_UPS_TITLE }]} />
        <h1>{FOLLOW_UPS_TITLE}</h1>
        <p>
          Faites l’autodiagnostic avec une entreprise : à la fin, son dirigeant enregistre le résultat dans son compte et peut accepter que
          vous suiviez ses progrès. Vous verrez alors ici ses résultats successifs (niveaux et dates, jamais le détail des réponses).
        </p>
        <Form action={startAction} csrfToken={ctx.csrfToken}>
          <Button icon="fr-icon-questionnaire-line">Faire l’autodiagnostic avec une entreprise</Button>
        </Form>
        <h2 class="fr-mt-6w">Les entreprises qui vous ont donné leur accord</h2>
        {list.length === 0 ? (
          <p>Aucune entreprise ne vous a encore donné son accord pour suivre ses progrès.</p>
        ) : (
          <Table
            caption="Entreprises suivies et leur dernier résultat"
            columns={[
              { label: 'Entreprise', render: (f: FollowedBusiness) => <a href={pageHref(f.id)}>{f.ownerName}</a> },
              { label: 'Suivie depuis le', render: (f) => formatDate(f.agreedAt) },
              {
                label: 'Dernier résultat',
                render: (f) => (f.latest ? `${levelLabel(f.latest.overallScore)} (${f.latest.overallScore}/100), le ${formatDate(f.latest.completedAt)}` : '–'),
              },
            ]}
            rows={list}
          />
        )}
      </div>
    </Layout>
  );
}

export function FollowUpPage({ ctx, followUp, questionnaire, results }: { ctx: PageContext; followUp: FollowUp; questionnaire: Questionnaire | null; results: SavedResult[] }) {
  const latest = results[results.length - 1];
  return (
    <Layout ctx={ctx} title={`${followUp.ownerName} – ${FOLLOW_UPS_TITLE}`}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[SPACE, { href: '/espace-activateurs/suivis', label: FOLLOW_UPS_TITLE }, { label: followUp.ownerName }]} />
        <h1>{followUp.ownerName}</h1>
        <p>Suivi avec son accord depuis le {formatDate(followUp.agreedAt)}.</p>
        {!latest || !questionnaire ? (
          <p>Aucun résultat enregistré pour l’instant.</p>
        ) : (
          <>
            <p class="fr-text--lead">
              Dernier niveau global : <strong>{levelFor(questionnaire, latest.overallScore).label}</strong> ({latest.overallScore}/100), le{' '}
              {formatDate(latest.completedAt)}.
            </p>
            <ProgressChart
              id="graphique-suivi"
              title="Scores par thème à chaque autodiagnostic, sur 100 (les mêmes chiffres sont dans le tableau qui suit)"
              questionnaire={questionnaire}
              results={results}
            />
            <ProgressTable caption="Scores par thème, d’un autodiagnostic à l’autre" questionnaire={questionnaire} results={results} />
          </>
        )}
      </div>
    </Layout>
  );
}
