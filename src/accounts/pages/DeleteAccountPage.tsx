import type { PageContext } from '../../ui/context.js';
import { Alert, Breadcrumb, Button, Container, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { fieldErrorCount, FormError, type Errors } from './shared.js';

export function DeleteAccountPage({ ctx, errors = {} }: { ctx: PageContext; errors?: Errors }) {
  return (
    <Layout ctx={ctx} title="Supprimer mon compte">
      <Container narrow>
        <Breadcrumb items={[{ href: '/mon-compte', label: 'Mon compte' }, { label: 'Supprimer mon compte' }]} />
        <h1>Supprimer mon compte</h1>
        <Alert type="warning" title="La suppression est immédiate et définitive">
          <p>
            Votre compte et les données qui lui sont liées (sessions, résultats d’autodiagnostic, demandes de contact…) seront effacés
            tout de suite. Toutes vos sessions seront fermées. Cette action ne peut pas être annulée.
          </p>
        </Alert>
        <p class="fr-mt-3w">
          Avant de supprimer votre compte, vous pouvez{' '}
          <a class="fr-link" href="/mon-compte/donnees" download>
            télécharger toutes vos données (JSON)
          </a>
          .
        </p>
        <Form action="/mon-compte/supprimer" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <PasswordField
            name="mot_de_passe"
            label="Mot de passe"
            hint="Saisissez de nouveau votre mot de passe pour confirmer."
            autocomplete="current-password"
            error={errors.password}
          />
          <div class="fr-mt-3w">
            <Button>Supprimer définitivement mon compte</Button>
            <a class="fr-btn fr-btn--secondary fr-ml-2w" href="/mon-compte">
              Annuler
            </a>
          </div>
        </Form>
      </Container>
    </Layout>
  );
}

export function AccountDeletedPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Compte supprimé">
      <Container narrow>
        <h1>Compte supprimé</h1>
        <Alert type="success" title="Votre compte a été supprimé">
          <p>Votre compte et les données qui lui étaient liées ont été effacés, et toutes vos sessions sont fermées. Un courriel vous le confirme.</p>
        </Alert>
        <p class="fr-mt-3w">
          <a class="fr-link" href="/">
            Revenir à l’accueil
          </a>
        </p>
      </Container>
    </Layout>
  );
}
