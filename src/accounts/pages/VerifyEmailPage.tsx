import type { PageContext } from '../../ui/context.js';
import { Button, Container, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';

/** Asks for a click before using the link, so a mail scanner opening it does not use it up. */
export function VerifyEmailPage({ ctx, token }: { ctx: PageContext; token: string }) {
  return (
    <Layout ctx={ctx} title="Confirmer votre adresse électronique">
      <Container narrow>
        <h1>Confirmer votre adresse électronique</h1>
        <p>Confirmez que cette adresse électronique est bien la vôtre pour terminer la création de votre compte.</p>
        <Form action={`/verifier-email/${token}`} csrfToken={ctx.csrfToken}>
          <Button>Confirmer mon adresse</Button>
        </Form>
      </Container>
    </Layout>
  );
}
