import type { PageContext } from '../../../ui/context.js';
import { Alert, Breadcrumb, Button, ButtonLink, Field, Form, SelectField } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import { PasswordField } from '../../../ui/PasswordField.js';
import { KINDS } from '../../kinds.js';
import { ACTIVATOR_KINDS } from '../../schema.js';
import { errorCount } from './parts.js';

export interface StartValues {
  prenom: string;
  nom: string;
  email: string;
  categorie: string;
}

export function StartRegistrationPage({
  ctx,
  values,
  errors = {},
  passwordRules,
}: {
  ctx: PageContext;
  values: StartValues;
  errors?: Partial<Record<string, string>>;
  passwordRules: string[];
}) {
  return (
    <Layout ctx={ctx} title="Créer mon compte activateur">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: 'Créer mon compte activateur' }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <h1>Créer mon compte activateur</h1>
            <p>
              Première étape de votre inscription : votre compte. Vous remplirez ensuite votre dossier, à votre rythme. Vous avez déjà un compte ?{' '}
              <a href="/connexion?retour=%2Fespace-activateurs%2Fdossier">Se connecter</a>
            </p>
            <p class="fr-hint-text">Tous les champs sont obligatoires.</p>
            <Form action="/espace-activateurs/inscription" csrfToken={ctx.csrfToken} errorCount={errorCount(errors)}>
              {errors.form && <Alert type="error" small title={errors.form} />}
              <Field name="prenom" label="Prénom" value={values.prenom} error={errors.prenom} autocomplete="given-name" required maxLength={100} />
              <Field name="nom" label="Nom" value={values.nom} error={errors.nom} autocomplete="family-name" required maxLength={100} />
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
              <SelectField
                name="categorie"
                label="Vous êtes"
                hint="Vous pourrez la modifier dans votre dossier avant de l’envoyer."
                value={values.categorie}
                error={errors.categorie}
                options={ACTIVATOR_KINDS.map((k) => ({ value: k, label: KINDS[k].label }))}
                required
              />
              <PasswordField name="mot_de_passe" label="Mot de passe" autocomplete="new-password" rules={passwordRules} error={errors.mot_de_passe} />
              <Button>Créer mon compte</Button>
            </Form>
          </div>
        </div>
      </div>
    </Layout>
  );
}

export function StartRegistrationSentPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Compte activateur demandé">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: 'Compte activateur demandé' }]} />
        <h1>Vérifiez votre messagerie</h1>
        <p>
          Si cette adresse n’avait pas encore de compte, votre compte activateur est créé et un lien de confirmation vient de vous être envoyé (il
          est valable 24 heures).
        </p>
        <p>
          Connectez-vous pour remplir votre dossier d’inscription. Si vous aviez déjà un compte avec cette adresse, connectez-vous avec lui, ou
          choisissez un nouveau mot de passe si vous l’avez oublié.
        </p>
        <div class="fr-btns-group fr-btns-group--inline-md">
          <ButtonLink href="/connexion?retour=%2Fespace-activateurs%2Fdossier">Me connecter et remplir mon dossier</ButtonLink>
        </div>
      </div>
    </Layout>
  );
}
