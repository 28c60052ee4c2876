import type { PageContext } from '../../ui/context.js';
import { Alert, Button, ButtonLink, Container, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { PasswordField } from '../../ui/PasswordField.js';
import { fieldErrorCount, FormError, type Errors } from './shared.js';

export function ResetPasswordPage({
  ctx,
  token,
  passwordRules,
  errors = {},
}: {
  ctx: PageContext;
  token: string;
  passwordRules: string[];
  errors?: Errors;
}) {
  return (
    <Layout ctx={ctx} title="Choisir un nouveau mot de passe">
      <Container narrow>
        <h1>Choisir un nouveau mot de passe</h1>
        <p>Une fois le nouveau mot de passe enregistré, toutes les sessions ouvertes sur votre compte seront fermées.</p>
        <Form action={`/reinitialiser-mot-de-passe/${token}`} csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <PasswordField name="mot_de_passe" label="Nouveau mot de passe" autocomplete="new-password" rules={passwordRules} error={errors.password} />
          <Button>Enregistrer le mot de passe</Button>
        </Form>
      </Container>
    </Layout>
  );
}

/** A mailed link that opens nothing any more (used, expired or mistyped). */
export function ExpiredLinkPage({ ctx, title, again }: { ctx: PageContext; title: string; again: { href: string; label: string } }) {
  return (
    <Layout ctx={ctx} title={title}>
      <Container narrow>
        <h1>{title}</h1>
        <Alert type="warning" title="Ce lien n’est plus valable">
          <p>Il a déjà servi, ou il a expiré : un lien envoyé par courriel est valable 24 heures et ne sert qu’une fois.</p>
        </Alert>
        <p class="fr-mt-4w">
          <ButtonLink href={again.href}>{again.label}</ButtonLink>
        </p>
      </Container>
    </Layout>
  );
}
