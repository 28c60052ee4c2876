import type { PageContext } from '../../ui/context.js';
import { Button, Container, Field, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { fieldErrorCount, FormError, type Errors } from './shared.js';

export interface SignUpValues {
  firstName: string;
  lastName: string;
  email: string;
}

export function SignUpPage({
  ctx,
  values,
  errors = {},
  passwordRules,
}: {
  ctx: PageContext;
  values: SignUpValues;
  errors?: Errors;
  passwordRules: string[];
}) {
  return (
    <Layout ctx={ctx} title="Créer un compte" description="Créez votre compte pour suivre vos démarches numériques.">
      <Container narrow>
        <h1>Créer un compte</h1>
        <p>
          Un compte vous permet de retrouver vos autodiagnostics et vos demandes d’accompagnement. Vous avez déjà un compte ?{' '}
          <a href="/connexion">Se connecter</a>
        </p>
        <p class="fr-hint-text">Tous les champs sont obligatoires.</p>
        <Form action="/inscription" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <Field name="prenom" label="Prénom" value={values.firstName} error={errors.firstName} autocomplete="given-name" required maxLength={100} />
          <Field name="nom" label="Nom" value={values.lastName} error={errors.lastName} autocomplete="family-name" required maxLength={100} />
          <Field
            name="email"
            type="email"
            label="Adresse électronique"
            hint="Format attendu : nom@exemple.fr. Un lien de confirmation vous y sera envoyé."
            value={values.email}
            error={errors.email}
            autocomplete="email"
            required
          />
          <PasswordField name="mot_de_passe" label="Mot de passe" autocomplete="new-password" rules={passwordRules} error={errors.password} />
          <Button>Créer mon compte</Button>
        </Form>
      </Container>
    </Layout>
  );
}
