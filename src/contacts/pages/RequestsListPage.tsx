import { Badge, Breadcrumb, Container, Table } from '../../ui/components.js';
import type { PageContext } from '../../ui/context.js';
import { Layout } from '../../ui/Layout.js';
import { REQUESTS_PATH } from '../mails.js';
import type { ContactRequestRow } from '../queries.js';
import { STATUS_LABELS } from '../use-cases/change-request-status.js';
import { formatDate, themeName } from './format.js';

export function StatusBadge({ status }: { status: ContactRequestRow['status'] }) {
  const color = status === 'nouvelle' ? 'info' : status === 'prise_en_charge' ? 'green-emeraude' : status === 'redirigee' ? 'purple-glycine' : 'blue-ecume';
  return <Badge label={STATUS_LABELS[status]} color={color} />;
}

/** The requests an activator received, newest first. */
export function RequestsListPage({ ctx, requests }: { ctx: PageContext; requests: ContactRequestRow[] }) {
  const waiting = requests.filter((r) => r.status === 'nouvelle').length;
  return (
    <Layout ctx={ctx} title="Demandes de contact">
      <Container>
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: 'Demandes de contact' }]} />
        <h1>Demandes de contact</h1>
        {requests.length === 0 ? (
          <p>Vous n’avez pas encore reçu de demande. Elles arrivent ici et par courriel dès qu’une entreprise vous écrit depuis votre fiche.</p>
        ) : (
          <>
            <p>
              {waiting === 0
                ? 'Aucune nouvelle demande n’attend de réponse.'
                : `${waiting} nouvelle${waiting > 1 ? 's' : ''} demande${waiting > 1 ? 's' : ''} attend${waiting > 1 ? 'ent' : ''} votre réponse : la charte prévoit une réponse sous cinq jours ouvrés.`}
            </p>
            <Table
              caption="Demandes reçues, les plus récentes d’abord"
              rows={requests}
              columns={[
                { label: 'Reçue le', render: (r) => formatDate(r.createdAt) },
                { label: 'Entreprise', render: (r) => <a href={`${REQUESTS_PATH}/${r.id}`}>{r.anonymisedAt ? 'Demande anonymisée' : `${r.company} (${r.name})`}</a> },
                { label: 'Thème', render: (r) => themeName(r.theme) },
                { label: 'Statut', render: (r) => <StatusBadge status={r.status} /> },
              ]}
            />
          </>
        )}
      </Container>
    </Layout>
  );
}
