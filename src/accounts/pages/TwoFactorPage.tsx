import type { PageContext } from '../../ui/context.js';
import { Breadcrumb, Button, Container, Field, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { fieldErrorCount, FormError, ReturnField, type Errors } from './shared.js';

export type TwoFactorView =
  | { state: 'enrol'; secret: string; qrCode: string; mandatory: boolean; returnTo: string | null }
  | { state: 'enabled'; canDisable: boolean };

/** Groups of four characters, easier to copy by hand. */
const spaced = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function TwoFactorPage({ ctx, view, errors = {} }: { ctx: PageContext; view: TwoFactorView; errors?: Errors }) {
  return (
    <Layout ctx={ctx} title="Double authentification">
      <Container>
        {ctx.user && <Breadcrumb items={[{ href: '/mon-compte', label: 'Mon compte' }, { label: 'Double authentification' }]} />}
        <h1>Double authentification</h1>
        {view.state === 'enrol' ? <Enrol ctx={ctx} view={view} errors={errors} /> : <Enabled ctx={ctx} view={view} errors={errors} />}
      </Container>
    </Layout>
  );
}

function Enrol({ ctx, view, errors }: { ctx: PageContext; view: Extract<TwoFactorView, { state: 'enrol' }>; errors: Errors }) {
  return (
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-8">
        {view.mandatory && (
          <p class="fr-text--lead">
            Les comptes opérateur sont protégés par un second facteur : mettez-le en place pour terminer votre connexion.
          </p>
        )}
        <ol>
          <li>
            Installez sur votre téléphone une application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator ou
            Microsoft Authenticator).
          </li>
          <li>Dans l’application, ajoutez un compte en scannant le code QR ci-dessous, ou en saisissant la clé à la main.</li>
          <li>Saisissez ici le code à 6 chiffres que l’application affiche.</li>
        </ol>
        <p>
          <img src={view.qrCode} width={200} height={200} alt="Code QR à scanner avec votre application d’authentification (la clé est aussi écrite ci-dessous)" />
        </p>
        <p>
          Clé à saisir à la main : <code>{spaced(view.secret)}</code>
        </p>
        <Form action="/mon-compte/double-authentification" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
          <FormError message={errors.form} />
          <ReturnField value={view.returnTo} />
          <Field
            name="code"
            label="Code à 6 chiffres"
            hint="Exemple : 123456"
            error={errors.code}
            autocomplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            required
          />
          <Button>Activer la double authentification</Button>
        </Form>
        {view.mandatory && (
          <form method="post" action="/deconnexion" class="fr-mt-4w">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <Button kind="tertiary">Annuler et revenir à l’accueil</Button>
          </form>
        )}
      </div>
    </div>
  );
}

function Enabled({ ctx, view, errors }: { ctx: PageContext; view: Extract<TwoFactorView, { state: 'enabled' }>; errors: Errors }) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-8">
        <p>La double authentification est activée : un code de votre application vous est demandé à chaque connexion.</p>
        {view.canDisable ? (
          <>
            <h2>Désactiver la double authentification</h2>
            <Form action="/mon-compte/double-authentification/desactiver" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
              <FormError message={errors.form} />
              <Field
                name="code"
                label="Code à 6 chiffres de votre application"
                error={errors.code}
                autocomplete="one-time-code"
                inputMode="numeric"
                maxLength={7}
                required
              />
              <Button kind="secondary">Désactiver</Button>
            </Form>
          </>
        ) : (
          <p>Elle est obligatoire pour les comptes opérateur et ne peut pas être désactivée.</p>
        )}
      </div>
    </div>
  );
}
