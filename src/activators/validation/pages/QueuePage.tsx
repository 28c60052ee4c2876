import type { PageContext } from '../../../ui/context.js';
import { Badge, Breadcrumb, Table } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';

export interface QueueEntry {
  id: string;
  reference: string;
  name: string;
  structure: string;
  kindLabel: string;
  submittedOn: string;
  waitingDays: number;
  /** Days left before the 15-day promise is broken (negative: late). */
  daysLeft: number;
  flags: string[];
}

export function QueuePage({ ctx, entries, promiseDays }: { ctx: PageContext; entries: QueueEntry[]; promiseDays: number }) {
  return (
    <Layout ctx={ctx} title="Dossiers d’activateurs à valider">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: 'Dossiers d’activateurs à valider' }]} />
        <h1>Dossiers d’activateurs à valider</h1>
        <p>
          {entries.length === 0
            ? 'Aucun dossier n’attend de décision.'
            : `${entries.length} dossier${entries.length > 1 ? 's' : ''} en attente, du plus ancien au plus récent. Une décision est promise sous ${promiseDays} jours.`}
        </p>
        {entries.length > 0 && (
          <Table<QueueEntry>
            caption="Dossiers en attente de décision"
            rows={entries}
            columns={[
              { label: 'Dossier', render: (e) => <a href={`/operateur/activateurs/${e.id}`}>{`${e.name} (n° ${e.reference})`}</a> },
              { label: 'Structure', render: (e) => e.structure },
              { label: 'Catégorie', render: (e) => e.kindLabel },
              {
                label: 'Attente',
                render: (e) => (
                  <>
                    {`${e.waitingDays} jour${e.waitingDays > 1 ? 's' : ''} (envoyé le ${e.submittedOn}) `}
                    {e.daysLeft < 0 ? (
                      <Badge label={`En retard de ${-e.daysLeft} j`} color="purple-glycine" />
                    ) : (
                      <Badge label={`Reste ${e.daysLeft} j`} color="info" />
                    )}
                  </>
                ),
              },
              {
                label: 'Signalements',
                render: (e) =>
                  e.flags.length === 0 ? (
                    'Aucun'
                  ) : (
                    <ul class="fr-mb-0">
                      {e.flags.map((f) => (
                        <li>{f}</li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        )}
      </div>
    </Layout>
  );
}
