import type { PageContext } from '../../ui/context.js';
import { Container } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';

export function SignUpSentPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Consultez votre messagerie">
      <Container narrow>
        <h1>Consultez votre messagerie</h1>
        <p class="fr-text--lead">Un courriel vient de vous être envoyé à l’adresse indiquée.</p>
        <p>
          Ouvrez le lien qu’il contient pour confirmer votre adresse électronique. Le lien est valable 24 heures. Vous pouvez déjà{' '}
          <a href="/connexion">vous connecter</a>.
        </p>
        <p class="fr-text--sm">
          Rien reçu après quelques minutes ? Regardez dans les courriers indésirables. Si vous aviez déjà un compte avec cette adresse, le
          courriel vous le rappelle et vous propose de choisir un nouveau mot de passe.
        </p>
      </Container>
    </Layout>
  );
}
