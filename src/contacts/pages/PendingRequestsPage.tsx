import { Breadcrumb, Container, Table } from '../../ui/components.js';
import type { PageContext } from '../../ui/context.js';
import { Layout } from '../../ui/Layout.js';
import { formatDate, themeName } from './format.js';

export interface PendingRow {
  id: string;
  createdAt: Date;
  flaggedAt: Date;
  company: string;
  theme: string;
  activatorName: string;
  activatorEmail: string;
  activatorSlug: string;
  workingDays: number;
}

/** For the operators: requests left without answer for 10 working days, oldest first. */
export function PendingRequestsPage({ ctx, rows }: { ctx: PageContext; rows: PendingRow[] }) {
  return (
    <Layout ctx={ctx} title="Demandes de contact en attente">
      <Container>
        <Breadcrumb items={[{ label: 'Demandes de contact en attente' }]} />
        <h1>Demandes de contact en attente</h1>
        <p>Demandes restées sans réponse de l’activateur après dix jours ouvrés (une relance lui a été envoyée au cinquième jour).</p>
        {rows.length === 0 ? (
          <p>Aucune demande n’est en attente : tous les activateurs ont répondu.</p>
        ) : (
          <Table
            caption={`${rows.length} demande${rows.length > 1 ? 's' : ''} sans réponse, les plus anciennes d’abord`}
            rows={rows}
            columns={[
              { label: 'Reçue le', render: (r) => formatDate(r.createdAt) },
              { label: 'Jours ouvrés', render: (r) => String(r.workingDays) },
              { label: 'Activateur', render: (r) => (r.activatorSlug ? <a href={`/trouver-un-accompagnement/${r.activatorSlug}`}>{r.activatorName}</a> : r.activatorName) },
              { label: 'Courriel de l’activateur', render: (r) => <a href={`mailto:${r.activatorEmail}`}>{r.activatorEmail}</a> },
              { label: 'Entreprise', render: (r) => r.company || 'Anonymisée' },
              { label: 'Thème', render: (r) => themeName(r.theme) },
            ]}
          />
        )}
      </Container>
    </Layout>
  );
}
