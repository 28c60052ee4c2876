import { Breadcrumb, Container, Pagination } from '../../../ui/components.js';
import type { PageContext } from '../../../ui/context.js';
import { Layout } from '../../../ui/Layout.js';
import { KINDS } from '../../kinds.js';
import type { RegionEntry } from '../queries.js';
import { placeLabel, pluralize, profilePath, publicName } from '../present.js';

export const REGIONS_PATH = '/activateurs/region';

export function regionPath(slug: string): string {
  return `${REGIONS_PATH}/${encodeURIComponent(slug)}`;
}

export interface DepartmentSection {
  code: string;
  name: string;
  count: number;
  entries: RegionEntry[];
  /** A page listing all of them, when the section shows only the first ones. */
  moreHref: string | null;
}

function EntryList({ entries }: { entries: RegionEntry[] }) {
  return (
    <ul>
      {entries.map((e) => (
        <li>
          <a href={profilePath(e.slug)}>{publicName(e)}</a>
          {` — ${KINDS[e.kind].label}`}
          {KINDS[e.kind].pageNamedAfter === 'person' && e.structureName ? `, ${e.structureName}` : ''}
          {` — ${placeLabel(e)}`}
        </li>
      ))}
    </ul>
  );
}

export function RegionsIndexPage({ ctx, regions }: { ctx: PageContext; regions: { name: string; href: string; count: number }[] }) {
  return (
    <Layout ctx={ctx} title="Les activateurs par région" description="Les activateurs de chaque région, classés par département.">
      <Container>
        <Breadcrumb items={[{ href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' }, { label: 'Par région' }]} />
        <h1>Les activateurs par région</h1>
        <ul>
          {regions.map((r) => (
            <li>
              <a href={r.href}>{r.name}</a> ({pluralize(r.count, 'activateur', 'activateurs')})
            </li>
          ))}
        </ul>
      </Container>
    </Layout>
  );
}

export function RegionPage({
  ctx,
  region,
  total,
  sections,
}: {
  ctx: PageContext;
  region: { name: string; slug: string };
  total: number;
  sections: DepartmentSection[];
}) {
  const title = `Les activateurs en ${region.name}`;
  return (
    <Layout ctx={ctx} title={title} description={`Conseillers, financeurs et entreprises championnes de la région ${region.name}, par département.`}>
      <Container>
        <Breadcrumb
          items={[
            { href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' },
            { href: REGIONS_PATH, label: 'Par région' },
            { label: region.name },
          ]}
        />
        <h1>{title}</h1>
        <p>
          {total === 0
            ? 'Aucun activateur n’est encore inscrit dans cette région.'
            : `${pluralize(total, 'activateur', 'activateurs')} dans la région, classés par département.`}{' '}
          <a href="/trouver-un-accompagnement">Rechercher près d’une commune</a>
        </p>
        {sections.length > 0 && (
          <nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire-departements">
            <p class="fr-summary__title" id="sommaire-departements">
              Départements
            </p>
            <ol class="fr-summary__list">
              {sections.map((s) => (
                <li>
                  <a class="fr-summary__link" href={`#departement-${s.code}`}>
                    {`${s.name} (${s.code}) — ${s.count}`}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {sections.map((s) => (
          <section id={`departement-${s.code}`} class="fr-mb-4w">
            <h2 class="fr-h4">
              {s.name} ({s.code})
            </h2>
            <EntryList entries={s.entries} />
            {s.moreHref && (
              <p>
                <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={s.moreHref}>
                  {`Voir les ${s.count} activateurs du département ${s.name}`}
                </a>
              </p>
            )}
          </section>
        ))}
      </Container>
    </Layout>
  );
}

export function DepartmentListPage({
  ctx,
  region,
  department,
  total,
  entries,
  page,
  pageCount,
  hrefFor,
}: {
  ctx: PageContext;
  region: { name: string; slug: string };
  department: { code: string; name: string };
  total: number;
  entries: RegionEntry[];
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const title = `Les activateurs du département ${department.name} (${department.code})`;
  return (
    <Layout ctx={ctx} title={page > 1 ? `${title} — page ${page}` : title}>
      <Container>
        <Breadcrumb
          items={[
            { href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' },
            { href: REGIONS_PATH, label: 'Par région' },
            { href: regionPath(region.slug), label: region.name },
            { label: department.name },
          ]}
        />
        <h1>{title}</h1>
        <p>{pluralize(total, 'activateur', 'activateurs')}.</p>
        <EntryList entries={entries} />
        <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
      </Container>
    </Layout>
  );
}
