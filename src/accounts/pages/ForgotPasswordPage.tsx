import type { PageContext } from '../../ui/context.js';
import { Button, Container, Field, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { fieldErrorCount, FormError, type Errors } from './shared.js';

export function ForgotPasswordPage({ ctx, email, errors = {} }: { ctx: PageContext; email: string; errors?: Errors }) {
  return (
    <Layout ctx={ctx} title="Mot de passe oublié">
      <Container narrow>
        <h1>Mot de passe oublié</h1>
        <p>Indiquez l’adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</p>
        <Form action="/mot-de-passe-oublie" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <Field
            name="email"
            type="email"
            label="Adresse électronique"
            hint="Format attendu : nom@exemple.fr"
            value={email}
            error={errors.email}
            autocomplete="email"
            required
          />
          <Button>Recevoir un lien</Button>
        </Form>
        <p class="fr-mt-4w">
          <a class="fr-link" href="/connexion">
            Revenir à la connexion
          </a>
        </p>
      </Container>
    </Layout>
  );
}
