import type { PageContext } from '../../ui/context.js';
import { Breadcrumb, Button, ButtonLink, Container, Form } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { PasswordField } from '../../ui/PasswordField.js';
import type { Role } from '../schema.js';
import { fieldErrorCount, FormError, type Errors } from './shared.js';

export const ROLE_LABELS: Record<Role, string> = {
  entreprise: 'Entreprise',
  activateur: 'Activateur',
  operateur: 'Opérateur de la plateforme',
  partenaire: 'Partenaire régional',
};

export interface AccountView {
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  regionCode: string | null;
  emailVerified: boolean;
  totpEnabled: boolean;
}

export function AccountPage({
  ctx,
  account,
  passwordRules,
  errors = {},
}: {
  ctx: PageContext;
  account: AccountView;
  passwordRules: string[];
  errors?: Errors;
}) {
  return (
    <Layout ctx={ctx} title="Mon compte">
      <Container>
        <Breadcrumb items={[{ label: 'Mon compte' }]} />
        <h1>Mon compte</h1>

        <h2>Mes informations</h2>
        <dl>
          <dt class="fr-text--bold">Nom</dt>
          <dd class="fr-mb-2w">
            {account.firstName} {account.lastName}
          </dd>
          <dt class="fr-text--bold">Adresse électronique</dt>
          <dd class="fr-mb-2w">
            {account.email}{' '}
            {account.emailVerified ? (
              <p class="fr-badge fr-badge--success fr-badge--sm">Confirmée</p>
            ) : (
              <p class="fr-badge fr-badge--warning fr-badge--sm">À confirmer</p>
            )}
          </dd>
          <dt class="fr-text--bold">Type de compte</dt>
          <dd class="fr-mb-2w">
            {ROLE_LABELS[account.role]}
            {account.regionCode && ` (région ${account.regionCode})`}
          </dd>
        </dl>
        {!account.emailVerified && (
          <Form action="/mon-compte/verification-email" csrfToken={ctx.csrfToken}>
            <p>Vous n’avez pas encore confirmé votre adresse électronique avec le lien reçu par courriel.</p>
            <Button kind="secondary">Recevoir un nouveau lien</Button>
          </Form>
        )}

        {account.role === 'operateur' && (
          <>
            <h2 class="fr-mt-6w">Administration</h2>
            <ul>
              <li>
                <a class="fr-link" href="/operateur/comptes">
                  Comptes : rechercher, désactiver, réactiver
                </a>
              </li>
              <li>
                <a class="fr-link" href="/operateur/courriels">
                  Courriels envoyés et conservés
                </a>
              </li>
              <li>
                <a class="fr-link" href="/operateur/demandes-en-attente">
                  Demandes de contact sans réponse après dix jours ouvrés
                </a>
              </li>
              <li>
                <a class="fr-link" href="/operateur/indicateurs">
                  Indicateurs de l’autodiagnostic
                </a>
              </li>
            </ul>
          </>
        )}
        {account.role === 'partenaire' && (
          <>
            <h2 class="fr-mt-6w">Les chiffres de votre région</h2>
            <p>
              <a class="fr-link" href="/operateur/indicateurs">
                Indicateurs de l’autodiagnostic (lecture seule)
              </a>
            </p>
          </>
        )}

        <h2 class="fr-mt-6w">Double authentification</h2>
        <p>
          {account.totpEnabled
            ? 'Activée : à chaque connexion, un code de votre application d’authentification vous est demandé.'
            : 'Non activée. Avec une application d’authentification, un code vous sera demandé en plus du mot de passe.'}
        </p>
        <ButtonLink href="/mon-compte/double-authentification" kind="secondary" icon="fr-icon-shield-line">
          {account.totpEnabled ? 'Gérer la double authentification' : 'Activer la double authentification'}
        </ButtonLink>

        <h2 class="fr-mt-6w" id="mot-de-passe">
          Changer de mot de passe
        </h2>
        <p>Toutes vos autres sessions seront fermées ; vous resterez connecté sur ce navigateur.</p>
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <Form action="/mon-compte/mot-de-passe" csrfToken={ctx.csrfToken} errorCount={fieldErrorCount(errors)}>
              <FormError message={errors.form} />
              <PasswordField name="mot_de_passe_actuel" label="Mot de passe actuel" autocomplete="current-password" error={errors.currentPassword} />
              <PasswordField
                name="nouveau_mot_de_passe"
                label="Nouveau mot de passe"
                autocomplete="new-password"
                rules={passwordRules}
                error={errors.newPassword}
              />
              <Button>Changer de mot de passe</Button>
            </Form>
          </div>
        </div>

        <h2 class="fr-mt-6w" id="mes-donnees">
          Mes données
        </h2>
        <p>Vous pouvez télécharger tout ce que le site garde sur vous, dans un fichier JSON lisible par d’autres outils.</p>
        <ButtonLink href="/mon-compte/donnees" kind="secondary" icon="fr-icon-download-line">
          Télécharger mes données
        </ButtonLink>
        <p class="fr-mt-3w">
          Un compte inutilisé pendant deux ans est supprimé, après un avertissement par courriel 30 jours avant. Vous pouvez aussi le
          supprimer vous-même, tout de suite.
        </p>
        <ButtonLink href="/mon-compte/supprimer" kind="tertiary" icon="fr-icon-delete-line">
          Supprimer mon compte
        </ButtonLink>
      </Container>
    </Layout>
  );
}
