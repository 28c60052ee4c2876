import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../ui/context.js';
import { Breadcrumb } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';

/** A page of the activator's own space: the breadcrumb leads back to the space's home. */
export function SpaceFrame({ ctx, title, children }: { ctx: PageContext; title: string; children: ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: title }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-10">
            <h1>{title}</h1>
            {children}
          </div>
        </div>
      </div>
    </Layout>
  );
}
