import type { PageContext } from '../../ui/context.js';
import { ButtonLink } from '../../ui/components.js';
import { ContentPage, Notice } from '../../ui/ContentPage.js';

/** The honest stand-in for a main section that another issue has not delivered yet. */
export function UpcomingSectionPage({ ctx, title, promise }: { ctx: PageContext; title: string; promise: string }) {
  return (
    <ContentPage
      ctx={ctx}
      title={title}
      description={promise}
      banner={<Notice title="Cette rubrique ouvre prochainement" />}
    >
      <p>{promise}</p>
      <p>En attendant, vous pouvez revenir à l’accueil ou parcourir les pages déjà ouvertes depuis le plan du site.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <ButtonLink href="/">Revenir à l’accueil</ButtonLink>
        </li>
        <li>
          <ButtonLink href="/plan-du-site" kind="secondary">
            Consulter le plan du site
          </ButtonLink>
        </li>
      </ul>
    </ContentPage>
  );
}
