import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.js';
import { Breadcrumb } from './components.js';
import { Layout } from './Layout.js';

// The frame of the site's text pages (legal pages, site map, sections still to open): one title used for
// the document, the breadcrumb and the h1, so the three never disagree.

export function ContentPage({
  ctx,
  title,
  description,
  lead,
  banner,
  children,
}: {
  ctx: PageContext;
  title: string;
  description?: string;
  lead?: ComponentChildren;
  /** A full-width DSFR notice shown above the breadcrumb. */
  banner?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title} description={description}>
      {banner}
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: title }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-10">
            <h1>{title}</h1>
            {lead && <p class="fr-text--lead">{lead}</p>}
            {children}
          </div>
        </div>
      </div>
    </Layout>
  );
}

/** A titled part of a text page; `id` is the anchor the page's summary links to. */
export function Section({
  id,
  title,
  level = 2,
  children,
}: {
  id?: string;
  title: string;
  level?: 2 | 3;
  children: ComponentChildren;
}) {
  const Heading = `h${level}` as 'h2';
  return (
    <section class={level === 2 ? 'fr-mt-6w' : 'fr-mt-4w'}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}

/** The DSFR summary: links to the sections of a long page. */
export function Summary({ items }: { items: readonly { id: string; title: string }[] }) {
  return (
    <nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire-titre">
      <p class="fr-summary__title" id="sommaire-titre">
        Sommaire
      </p>
      <ol>
        {items.map((item) => (
          <li>
            <a class="fr-summary__link" href={`#${item.id}`}>
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A DSFR information banner (no close button: it would need inline script, which our CSP forbids). */
export function Notice({ title, description }: { title: string; description?: ComponentChildren }) {
  return (
    <div class="fr-notice fr-notice--info">
      <div class="fr-container">
        <div class="fr-notice__body">
          <div>
            <p class="fr-notice__title">{title}</p>
            {description && <p class="fr-notice__desc">{description}</p>}
          </div>
        </div>
      </div>
    </div>
  );
}
