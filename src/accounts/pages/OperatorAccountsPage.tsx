import type { PageContext } from '../../ui/context.js';
import { Badge, Breadcrumb, Button, Container, CsrfField, Field, Pagination, SelectField, Table } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { ROLES } from '../schema.js';
import type { AccountEventItem, AccountListItem, AccountSearch } from '../use-cases/manage-accounts.js';
import { ROLE_LABELS } from './AccountPage.js';

const dateTime = (d: Date) =>
  d.toLocaleString('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const date = (d: Date | null) => (d ? d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Paris' }) : 'jamais');

const ACTION_LABELS: Record<AccountEventItem['action'], string> = { desactivation: 'Désactivé', reactivation: 'Réactivé' };

export function searchQuery(search: Pick<AccountSearch, 'email' | 'role'>, page = 1): string {
  const params = new URLSearchParams();
  if (search.email) params.set('email', search.email);
  if (search.role) params.set('role', search.role);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return `/operateur/comptes${text ? `?${text}` : ''}`;
}

export function OperatorAccountsPage({
  ctx,
  search,
  accounts,
  total,
  pageCount,
  currentUserId,
}: {
  ctx: PageContext;
  search: AccountSearch;
  accounts: (AccountListItem & { events: AccountEventItem[] })[];
  total: number;
  pageCount: number;
  currentUserId: string;
}) {
  const back = searchQuery(search, search.page);
  return (
    <Layout ctx={ctx} title="Comptes">
      <Container>
        <Breadcrumb items={[{ label: 'Opérateur' }, { label: 'Comptes' }]} />
        <h1>Comptes</h1>
        <form method="get" action="/operateur/comptes" role="search" class="fr-mb-4w">
          <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div class="fr-col-12 fr-col-md-6">
              <Field name="email" label="Adresse électronique" hint="Tout ou partie de l’adresse" value={search.email} />
            </div>
            <div class="fr-col-12 fr-col-md-4">
              <SelectField
                name="role"
                label="Type de compte"
                value={search.role}
                emptyLabel="Tous les types"
                options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              />
            </div>
            <div class="fr-col-12 fr-col-md-2 fr-mb-3w">
              <Button icon="fr-icon-search-line">Rechercher</Button>
            </div>
          </div>
        </form>
        <p role="status">{total === 0 ? 'Aucun compte ne correspond.' : total === 1 ? '1 compte' : `${total} comptes`}</p>
        {accounts.length > 0 && (
          <Table
            caption="Comptes trouvés"
            rows={accounts}
            columns={[
              {
                label: 'Compte',
                render: (a) => (
                  <>
                    <strong>{a.email}</strong>
                    <br />
                    {`${a.firstName} ${a.lastName}`.trim()}
                  </>
                ),
              },
              { label: 'Type', render: (a) => ROLE_LABELS[a.role] },
              { label: 'Créé le', render: (a) => date(a.createdAt) },
              { label: 'Dernière connexion', render: (a) => date(a.lastLoginAt) },
              {
                label: 'État',
                render: (a) =>
                  a.disabledAt ? (
                    <p class="fr-badge fr-badge--error fr-badge--sm">Désactivé</p>
                  ) : (
                    <Badge label="Actif" color="success" />
                  ),
              },
              {
                label: 'Historique',
                render: (a) =>
                  a.events.length === 0 ? (
                    '—'
                  ) : (
                    <ul class="fr-text--sm fr-mb-0">
                      {a.events.slice(0, 5).map((e) => (
                        <li>
                          {ACTION_LABELS[e.action]} le {dateTime(e.createdAt)} par {e.actorEmail ?? 'un compte supprimé'}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                label: 'Action',
                render: (a) =>
                  a.id === currentUserId ? (
                    'Votre compte'
                  ) : (
                    <form method="post" action={`/operateur/comptes/${a.id}/${a.disabledAt ? 'reactiver' : 'desactiver'}`}>
                      <CsrfField token={ctx.csrfToken} />
                      <input type="hidden" name="retour" value={back} />
                      <button class={`fr-btn fr-btn--sm${a.disabledAt ? '' : ' fr-btn--secondary'}`} type="submit">
                        {a.disabledAt ? 'Réactiver' : 'Désactiver'}
                        <span class="fr-sr-only"> le compte {a.email}</span>
                      </button>
                    </form>
                  ),
              },
            ]}
          />
        )}
        <Pagination page={search.page} pageCount={pageCount} hrefFor={(p) => searchQuery(search, p)} />
      </Container>
    </Layout>
  );
}
