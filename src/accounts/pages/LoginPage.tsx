import type { PageContext } from '../../ui/context.js';
import { Button, Container, Field, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { fieldErrorCount, FormError, ReturnField, type Errors } from './shared.js';

export function LoginPage({
  ctx,
  email,
  errors = {},
  returnTo,
}: {
  ctx: PageContext;
  email: string;
  errors?: Errors;
  returnTo: string | null;
}) {
  return (
    <Layout ctx={ctx} title="Se connecter">
      <Container narrow>
        <h1>Se connecter</h1>
        {returnTo && <p>Connectez-vous pour accéder à cette page.</p>}
        <Form action="/connexion" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <ReturnField value={returnTo} />
          <Field
            name="email"
            type="email"
            label="Adresse électronique"
            hint="Format attendu : nom@exemple.fr"
            value={email}
            error={errors.email}
            autocomplete="username"
            required
          />
          <PasswordField name="mot_de_passe" label="Mot de passe" autocomplete="current-password" error={errors.password}>
            <p>
              <a class="fr-link" href="/mot-de-passe-oublie">
                Mot de passe oublié ?
              </a>
            </p>
          </PasswordField>
          <Button>Se connecter</Button>
        </Form>
        <hr class="fr-mt-4w" />
        <h2 class="fr-h5">Vous n’avez pas de compte ?</h2>
        <p>
          <a class="fr-link" href="/inscription">
            Créer un compte
          </a>
        </p>
      </Container>
    </Layout>
  );
}
