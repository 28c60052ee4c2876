import type { PageContext } from '../../ui/context.js';
import { Button, Container, Field, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { fieldErrorCount, FormError, ReturnField, type Errors } from './shared.js';

export function LoginCodePage({ ctx, errors = {}, returnTo }: { ctx: PageContext; errors?: Errors; returnTo: string | null }) {
  return (
    <Layout ctx={ctx} title="Code de vérification">
      <Container narrow>
        <h1>Code de vérification</h1>
        <p>Votre compte est protégé par la double authentification. Ouvrez votre application d’authentification et saisissez le code affiché pour ce site.</p>
        <Form action="/connexion/code" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <ReturnField value={returnTo} />
          <Field
            name="code"
            label="Code à 6 chiffres"
            hint="Exemple : 123456. Le code change toutes les 30 secondes."
            error={errors.code}
            autocomplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            required
          />
          <Button>Valider</Button>
        </Form>
        <form method="post" action="/deconnexion" class="fr-mt-4w">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <Button kind="tertiary">Annuler et revenir à l’accueil</Button>
        </form>
      </Container>
    </Layout>
  );
}
