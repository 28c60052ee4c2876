import { Breadcrumb, ButtonLink, Container } from '../../ui/components.js';
import type { PageContext } from '../../ui/context.js';
import { Layout } from '../../ui/Layout.js';

/** After a request: who received it and what happens next (the acknowledgement mail says the same). */
export function ContactSentPage({ ctx, names }: { ctx: PageContext; names: string[] }) {
  return (
    <Layout ctx={ctx} title="Demande envoyée">
      <Container>
        <Breadcrumb items={[{ href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' }, { label: 'Demande envoyée' }]} />
        <h1>Votre demande est envoyée</h1>
        {names.length > 0 && <p class="fr-text--lead">{`Destinataire${names.length > 1 ? 's' : ''} : ${names.join(', ')}.`}</p>}
        <h2 class="fr-h4">Et maintenant ?</h2>
        <ol>
          <li>Vous recevez tout de suite un courriel qui récapitule votre demande. Pensez à vérifier vos indésirables.</li>
          <li>L’activateur lit votre demande et vous répond dans un délai de cinq jours ouvrés, par courriel ou par téléphone.</li>
          <li>Si votre besoin sort de ses compétences, il vous oriente vers un autre activateur, et vous en êtes informé.</li>
        </ol>
        <p>Le premier échange, pour comprendre votre besoin, est gratuit ; toute prestation payante vous est annoncée avec son prix.</p>
        <ButtonLink href="/trouver-un-accompagnement" kind="secondary">
          Revenir à l’annuaire
        </ButtonLink>
      </Container>
    </Layout>
  );
}
