// The result page's parts about people: the nearest activators for the weak themes, saving the result
// in an account, and the agreement that the activator it was taken with follows the business.
import { passwordMinLength } from '../../accounts/index.js';
import { formatDistance, kindLabel, type ActivatorKind, type NearbyActivator } from '../../activators/index.js';
import { themeLabel, isThemeSlug } from '../../themes/index.js';
import type { PageContext } from '../../ui/context.js';
import { Alert, Button, CheckboxField, Field, Form } from '../../ui/components.js';
import { memoHtml } from '../../ui/memo.js';
import type { NextSteps } from '../next-steps.js';

export const FOLLOW_UP_FIELD = 'suivi';

/** The profile's contact form, with the assessment's id so the request can cite it. */
export function contactHref(slug: string, assessmentId: string): string {
  return `/trouver-un-accompagnement/${encodeURIComponent(slug)}?diagnostic=${encodeURIComponent(assessmentId)}#contacter`;
}

export function NearbyActivatorsList({ nearby, assessmentId, themes }: { nearby: NearbyActivator[]; assessmentId: string; themes: string[] }) {
  return (
    <ul class="fr-raw-list">
      {nearby.map((a) => {
        const matching = a.themes.filter((t) => themes.includes(t) && isThemeSlug(t)).map((t) => themeLabel(t as never));
        return (
          <li class="fr-mb-3w">
            <p class="fr-mb-0">
              <a href={contactHref(a.slug, assessmentId)}>
                <strong>{a.name}</strong>
              </a>
              {' '}
              · {kindLabel(a.kind as ActivatorKind)}
              {a.structureName && a.structureName !== a.name && ` · ${a.structureName}`}
            </p>
            <p class="fr-text--sm fr-mb-0">
              {a.communeName ? `${a.communeName}, ` : ''}
              {formatDistance(a.distanceKm)} de chez vous
              {matching.length > 0 && ` · Accompagne : ${matching.join(', ')}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function NearbyActivatorsSection({ nearby, assessmentId, themes }: { nearby: NearbyActivator[]; assessmentId: string; themes: string[] }) {
  if (nearby.length === 0) return null;
  return (
    <section class="fr-mb-6w" aria-labelledby="activateurs-proches">
      <h2 id="activateurs-proches">Des activateurs près de chez vous</h2>
      <p>Ces conseillers accompagnent les entreprises sur vos thèmes prioritaires. Le contact est gratuit et sans engagement.</p>
      <NearbyActivatorsList nearby={nearby} assessmentId={assessmentId} themes={themes} />
    </section>
  );
}

/** Where the visitor stands about saving this result in an account. */
export type SaveState =
  | { kind: 'visiteur'; action: string; loginHref: string; values?: { firstName: string; lastName: string; email: string }; errors?: Record<string, string> }
  | { kind: 'connecte'; action: string }
  | { kind: 'enregistre' }
  /** The activator it was taken with, looking at it: what to hand over to the business. */
  | { kind: 'avec-activateur'; resultUrl: string }
  | null;

/** The account fields of the save form, with what was typed and the messages when refused. */
function AccountFields({ values, errors }: { values?: { firstName: string; lastName: string; email: string }; errors?: Record<string, string> }) {
  return (
    <>
      <Field name="prenom" label="Prénom" autocomplete="given-name" value={values?.firstName} error={errors?.firstName} maxLength={100} />
      <Field name="nom" label="Nom" autocomplete="family-name" value={values?.lastName} error={errors?.lastName} maxLength={100} />
      <Field
        name="email"
        type="email"
        label="Adresse électronique"
        hint="Format attendu : nom@exemple.fr"
        autocomplete="email"
        value={values?.email}
        error={errors?.email}
        maxLength={254}
      />
      <Field
        name="mot_de_passe"
        type="password"
        label="Mot de passe"
        hint={`${passwordMinLength('entreprise')} caractères minimum. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`}
        autocomplete="new-password"
        error={errors?.password}
        maxLength={200}
      />
      <Button icon="fr-icon-account-circle-line">Créer un compte pour enregistrer mon résultat</Button>
    </>
  );
}

export function SaveResultSection({ ctx, state }: { ctx: PageContext; state: SaveState }) {
  if (!state) return null;
  return (
    <section class="fr-mb-6w" aria-labelledby="enregistrer">
      <h2 id="enregistrer">Enregistrer mon résultat</h2>
      {state.kind === 'enregistre' && (
        <p>
          Ce résultat est enregistré dans votre compte. Retrouvez-le, avec vos progrès d’un autodiagnostic à l’autre, dans{' '}
          <a href="/mon-espace">Mon espace</a>.
        </p>
      )}
      {state.kind === 'avec-activateur' && (
        <p>
          Transmettez ce lien au dirigeant de l’entreprise : <a href={state.resultUrl}>{state.resultUrl}</a>. Il pourra enregistrer ce
          résultat dans son compte et, s’il le souhaite, accepter que vous suiviez ses progrès depuis votre espace (
          <a href="/espace-activateurs/suivis">Entreprises suivies</a>).
        </p>
      )}
      {state.kind === 'connecte' && (
        <Form action={state.action} csrfToken={ctx.csrfToken}>
          <p>Enregistrez ce résultat dans votre compte pour suivre vos progrès quand vous referez l’autodiagnostic.</p>
          <Button kind="secondary" icon="fr-icon-save-line">
            Enregistrer ce résultat dans mon espace
          </Button>
        </Form>
      )}
      {state.kind === 'visiteur' && (
        <>
          <p>
            Avec un compte, vous recevez ce résultat par courriel, vous le retrouvez quand vous voulez et vous voyez vos progrès
            quand vous refaites l’autodiagnostic.{' '}
            <a href={state.loginHref}>J’ai déjà un compte : me connecter</a>
          </p>
          {state.errors?.form && (
            <div class="fr-mb-3w">
              <Alert type="error" small title={state.errors.form} />
            </div>
          )}
          <Form action={state.action} csrfToken={ctx.csrfToken} errorCount={Object.keys(state.errors ?? {}).filter((k) => k !== 'form').length}>
            {state.values || state.errors ? (
              <AccountFields values={state.values} errors={state.errors} />
            ) : (
              // The same blank fields for every visitor: drawn once.
              <div dangerouslySetInnerHTML={memoHtml('compte-resultat:vierge', () => <AccountFields />)} />
            )}
          </Form>
        </>
      )}
    </section>
  );
}

export function FollowUpAgreementSection({ ctx, offer, action, wording }: { ctx: PageContext; offer: { activatorName: string } | null; action: string; wording: string }) {
  if (!offer) return null;
  return (
    <section class="fr-mb-6w" aria-labelledby="suivi">
      <h2 id="suivi">Suivre vos progrès avec {offer.activatorName}</h2>
      <Form action={action} csrfToken={ctx.csrfToken}>
        <p>
          Vous avez fait cet autodiagnostic avec {offer.activatorName}. Si vous êtes d’accord, cet activateur verra vos résultats
          successifs (vos niveaux et leurs dates, jamais le détail de vos réponses) pour suivre vos progrès avec vous. Vous pourrez
          arrêter ce suivi à tout moment depuis Mon espace.
        </p>
        <CheckboxField name={FOLLOW_UP_FIELD} label={wording} hint="Facultatif." />
        <Button kind="secondary">Enregistrer mon choix</Button>
      </Form>
    </section>
  );
}

/** What the result page shows about people, computed by the account routes (see account-routes.ts). */
export interface ResultExtras {
  nearby: NearbyActivator[];
  weak: string[];
  assessmentId: string;
  save: SaveState;
  followUp: { activatorName: string } | null;
  followUpAction: string;
  followUpWording: string;
  /** Guides, aids and testimonials from the domains plugged in (next-steps.ts). */
  next?: NextSteps;
}

/** The result page's next steps about people: the nearest activators (after the actions). */
export function ResultPeopleSections({ extras }: { extras?: ResultExtras }) {
  if (!extras) return null;
  return <NearbyActivatorsSection nearby={extras.nearby} assessmentId={extras.assessmentId} themes={extras.weak} />;
}

/** The result page's parts about the account: the follow-up agreement and saving the result. */
export function ResultAccountSections({ ctx, extras }: { ctx: PageContext; extras?: ResultExtras }) {
  if (!extras) return null;
  return (
    <>
      <FollowUpAgreementSection ctx={ctx} offer={extras.followUp} action={extras.followUpAction} wording={extras.followUpWording} />
      <SaveResultSection ctx={ctx} state={extras.save} />
    </>
  );
}
