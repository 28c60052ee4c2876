import type { PageContext } from '../../../ui/context.js';
import { Alert, Breadcrumb, Button, CheckboxField, Form, RadioGroup, TextareaField } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import { SITUATION_CHANGES } from '../use-cases/declare-change.js';

export function SituationChangePage({
  ctx,
  values = { situation: '', precisions: '' },
  errors = {},
}: {
  ctx: PageContext;
  values?: { situation: string; precisions: string };
  errors?: Partial<Record<string, string>>;
}) {
  return (
    <Layout ctx={ctx} title="Déclarer un changement de situation">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb
          items={[
            { href: '/espace-activateurs', label: 'Espace activateurs' },
            { href: '/espace-activateurs/dossier', label: 'Mon dossier' },
            { label: 'Changement de situation' },
          ]}
        />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-8">
            <h1>Déclarer un changement de situation</h1>
            <p>
              La charte vous demande de signaler tout changement : votre fiche est alors retirée aussitôt, et les entreprises ne peuvent plus vous
              contacter par la plateforme.
            </p>
            <Form action="/espace-activateurs/changement-de-situation" csrfToken={ctx.csrfToken} errorCount={Object.keys(errors).filter((k) => k !== 'form').length}>
              {errors.form && <Alert type="error" small title={errors.form} />}
              <RadioGroup
                name="situation"
                legend="Qu’est-ce qui a changé ?"
                value={values.situation}
                error={errors.situation}
                options={Object.entries(SITUATION_CHANGES).map(([value, label]) => ({ value, label }))}
              />
              <TextareaField name="precisions" label="Précisions (facultatif, sauf pour « Autre »)" value={values.precisions} error={errors.precisions} rows={3} />
              <CheckboxField name="confirmation" label="Je comprends que ma fiche sera retirée et ne sera plus visible" error={errors.confirmation} />
              <Button>Retirer ma fiche</Button>
            </Form>
          </div>
        </div>
      </div>
    </Layout>
  );
}
