import { THEMES, themeLabel } from '../../themes/index.js';
import type { PageContext } from '../../ui/context.js';
import { Alert, Badge, Breadcrumb, Button, CsrfField, Pagination, SelectField, Table } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { sectorLabel, sizeBandLabel } from '../profile.js';
import { departmentName } from '../territory-names.js';
import type { BusinessToSupport } from '../use-cases/businesses-to-support.js';
import { formatDate, formatNumber } from './format.js';

export const BUSINESSES_PATH = '/espace-activateurs/entreprises-a-accompagner';
export const BUSINESSES_TITLE = 'Entreprises à accompagner';
export const ALREADY_CONTACTED = 'Déjà contacté par un activateur';

export const contactActionOf = (id: string) => `${BUSINESSES_PATH}/${id}/contact`;

export function listHref(theme: string | null, page: number): string {
  const query = new URLSearchParams();
  if (theme) query.set('theme', theme);
  if (page > 1) query.set('page', String(page));
  const qs = query.toString();
  return qs ? `${BUSINESSES_PATH}?${qs}` : BUSINESSES_PATH;
}

function place(b: BusinessToSupport): string {
  const department = departmentName(b.departmentCode);
  const area = b.postalCode ? `Secteur du code postal ${b.postalCode}` : 'Code postal non précisé';
  return department ? `${area} (${department})` : area;
}

function ContactCell({ business, ctx, theme, page }: { business: BusinessToSupport; ctx: PageContext; theme: string | null; page: number }) {
  if (business.contactedByMeAt && business.contact) {
    const { name, email, phone } = business.contact;
    return (
      <div id={`entreprise-${business.id}`}>
        <p class="fr-mb-1w">
          <strong>{name ?? 'Nom non précisé'}</strong>
        </p>
        {email && (
          <p class="fr-mb-1w">
            <a href={`mailto:${email}`}>{email}</a>
          </p>
        )}
        {phone && (
          <p class="fr-mb-1w">
            <a href={`tel:${phone}`}>{phone}</a>
          </p>
        )}
        <p class="fr-text--xs fr-mb-0">Vous avez pris contact le {formatDate(business.contactedByMeAt)}.</p>
      </div>
    );
  }
  return (
    <div id={`entreprise-${business.id}`}>
      {business.contacted && (
        <p class="fr-mb-1w">
          <Badge label={ALREADY_CONTACTED} color="info" />
        </p>
      )}
      <form method="post" action={contactActionOf(business.id)}>
        <CsrfField token={ctx.csrfToken} />
        {theme && <input type="hidden" name="theme" value={theme} />}
        {page > 1 && <input type="hidden" name="page" value={String(page)} />}
        <Button kind="secondary">
          Je prends contact<span class="fr-sr-only"> avec l’entreprise du {formatDate(business.completedAt)}, {place(business)}</span>
        </Button>
      </form>
    </div>
  );
}

export function BusinessesToSupportPage({
  ctx,
  departments,
  theme,
  page,
  pageCount,
  total,
  businesses,
}: {
  ctx: PageContext;
  departments: string[];
  theme: string | null;
  page: number;
  pageCount: number;
  total: number;
  businesses: BusinessToSupport[];
}) {
  const departmentList = departments.map((d) => `${departmentName(d) ?? d} (${d})`).join(', ');
  return (
    <Layout ctx={ctx} title={BUSINESSES_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: BUSINESSES_TITLE }]} />
        <h1>{BUSINESSES_TITLE}</h1>
        <p>
          Les entreprises de votre territoire, {departmentList || 'aucun département renseigné'}, qui ont fait l’autodiagnostic et accepté
          d’être contactées par un activateur. Vous voyez leur profil, leurs thèmes à travailler et la date du diagnostic, jamais le détail
          de leurs réponses. Leurs coordonnées s’affichent quand vous cliquez sur « Je prends contact » : ce contact est enregistré, et les
          autres activateurs voient que l’entreprise a déjà été contactée.
        </p>
        <form method="get" action={BUSINESSES_PATH} class="fr-mb-4w">
          <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div class="fr-col-12 fr-col-md-6">
              <SelectField
                name="theme"
                label="Thème à travailler"
                value={theme ?? ''}
                emptyLabel="Tous les thèmes"
                options={THEMES.map((t) => ({ value: t.slug, label: t.label }))}
              />
            </div>
            <div class="fr-col-12 fr-col-md-3">
              <Button kind="secondary">Filtrer</Button>
            </div>
          </div>
        </form>
        {businesses.length === 0 ? (
          <Alert type="info" title="Aucune entreprise à accompagner pour le moment">
            <p>
              {theme
                ? `Aucune entreprise de votre territoire n’a « ${themeLabel(theme as never)} » parmi ses thèmes à travailler.`
                : 'Aucune entreprise de votre territoire n’a encore accepté d’être contactée. Revenez plus tard : la liste se met à jour dès qu’une entreprise donne son accord.'}
            </p>
          </Alert>
        ) : (
          <>
            <p>
              {formatNumber(total)} entreprise{total > 1 ? 's' : ''}
              {pageCount > 1 && ` · page ${page} sur ${pageCount}`}
            </p>
            <Table
              caption={theme ? `Entreprises à accompagner sur le thème « ${themeLabel(theme as never)} »` : 'Entreprises à accompagner'}
              columns={[
                { label: 'Diagnostic du', render: (b: BusinessToSupport) => formatDate(b.completedAt) },
                { label: 'Taille', render: (b) => sizeBandLabel(b.sizeBand) ?? 'Non précisée' },
                { label: 'Secteur', render: (b) => sectorLabel(b.sector) ?? 'Non précisé' },
                { label: 'Lieu', render: (b) => place(b) },
                {
                  label: 'Thèmes à travailler',
                  render: (b) =>
                    b.weakThemes.length === 0 ? (
                      'Au plus haut niveau partout'
                    ) : (
                      <ul class="fr-mb-0">
                        {b.weakThemes.map((t) => (
                          <li>{themeLabel(t)}</li>
                        ))}
                      </ul>
                    ),
                },
                { label: 'Contact', render: (b) => <ContactCell business={b} ctx={ctx} theme={theme} page={page} /> },
              ]}
              rows={businesses}
              multiline
            />
            <Pagination page={page} pageCount={pageCount} hrefFor={(p) => listHref(theme, p)} />
          </>
        )}
      </div>
    </Layout>
  );
}

export function InactiveActivatorPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={BUSINESSES_TITLE}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: BUSINESSES_TITLE }]} />
        <h1>{BUSINESSES_TITLE}</h1>
        <Alert type="info" title="Votre fiche doit être active">
          <p>
            Les entreprises qui acceptent d’être contactées sont présentées aux activateurs dont la fiche est active. Retrouvez l’état de
            votre inscription dans <a href="/espace-activateurs/dossier">votre dossier</a>.
          </p>
        </Alert>
      </div>
    </Layout>
  );
}
