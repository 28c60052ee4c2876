import type { PageContext } from '../../../ui/context.js';
import { Button, ButtonLink, Container, Form } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';

export function ActivationPage({ ctx, token }: { ctx: PageContext; token: string }) {
  return (
    <Layout ctx={ctx} title="Activer ma fiche d’activateur">
      <Container narrow>
        <h1>Activer ma fiche d’activateur</h1>
        <p>Votre dossier a été validé par l’équipe. En activant votre fiche, vous la rendez visible selon votre catégorie.</p>
        <Form action={`/espace-activateurs/activation/${token}`} csrfToken={ctx.csrfToken}>
          <Button>Activer ma fiche</Button>
        </Form>
      </Container>
    </Layout>
  );
}

export function ExpiredActivationPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Lien d’activation expiré">
      <Container narrow>
        <h1>Ce lien d’activation ne fonctionne plus</h1>
        <p>
          Un lien d’activation est valable 24 heures et ne sert qu’une fois ; seul le dernier lien envoyé fonctionne. Connectez-vous à votre
          espace pour en recevoir un nouveau, ou pour voir votre fiche si elle est déjà active.
        </p>
        <ButtonLink href="/connexion?retour=%2Fespace-activateurs%2Fdossier">Me connecter</ButtonLink>
      </Container>
    </Layout>
  );
}
