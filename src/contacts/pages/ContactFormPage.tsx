import { Alert, Breadcrumb, Button, CheckboxField, Container, Field, Form, SelectField, TextareaField } from '../../ui/components.js';
import type { PageContext } from '../../ui/context.js';
import { Layout } from '../../ui/Layout.js';
import { THEMES } from '../../themes/index.js';
import { CONTACT_CONSENT } from '../consent.js';
import type { ContactFormValues } from '../use-cases/send-contact-request.js';

/** Where the contact form posts. Its fields are a contract: nom, entreprise, siret, email, telephone,
 * besoin, theme, consentement ("oui"), activateurs (slugs, comma-separated), diagnostic (an assessment's
 * uuid, optional) and the hidden `site_internet` that only robots fill. */
export const CONTACT_PATH = '/contacter';
export const HONEYPOT_FIELD = 'site_internet';

export interface ContactFormTarget {
  slug: string;
  name: string;
  detail: string;
}

/** What the form shows back: what was typed (the self-assessment reference and the honeypot travel apart). */
export type ContactFormValuesView = Omit<ContactFormValues, 'diagnostic' | 'piege'>;

export const EMPTY_VALUES: ContactFormValuesView = { nom: '', entreprise: '', siret: '', email: '', telephone: '', besoin: '', theme: '', consentement: false };

export function ContactFormPage({
  ctx,
  targets,
  commitments,
  slugs,
  diagnostic,
  values = EMPTY_VALUES,
  errors = {},
  selectionError,
}: {
  ctx: PageContext;
  targets: ContactFormTarget[];
  commitments: string[];
  slugs: string[];
  diagnostic: string;
  values?: ContactFormValuesView;
  errors?: Partial<Record<string, string>>;
  /** Why the chosen activators cannot be written to (too many, not contactable): no form then. */
  selectionError?: string;
}) {
  const title = targets.length === 1 ? `Contacter ${targets[0]!.name}` : 'Envoyer une demande de contact';
  const fieldErrors = Object.keys(errors).filter((k) => k !== 'form').length;
  return (
    <Layout ctx={ctx} title={title}>
      <Container>
        <Breadcrumb items={[{ href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' }, { label: 'Demande de contact' }]} />
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-8">
            <h1>{title}</h1>
            {selectionError ? (
              <>
                <Alert type="error" title="Cette demande ne peut pas être envoyée">
                  <p>{selectionError}</p>
                </Alert>
                <p class="fr-mt-3w">
                  <a class="fr-link" href="/trouver-un-accompagnement">
                    Revenir à l’annuaire pour choisir les activateurs
                  </a>
                </p>
              </>
            ) : (
              <>
                {targets.length > 1 && (
                  <>
                    <p>Votre demande sera envoyée séparément à chacun de ces activateurs :</p>
                    <ul>
                      {targets.map((t) => (
                        <li>
                          <a href={`/trouver-un-accompagnement/${t.slug}`}>{t.name}</a> — {t.detail}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {targets.length === 1 && <p>{targets[0]!.detail}</p>}
                <p class="fr-text--sm">Tous les champs sont obligatoires, sauf mention contraire.</p>
                <Form action={CONTACT_PATH} csrfToken={ctx.csrfToken} errorCount={fieldErrors}>
                  {errors.form && <Alert type="error" small title={errors.form} />}
                  <input type="hidden" name="activateurs" value={slugs.join(',')} />
                  {diagnostic && <input type="hidden" name="diagnostic" value={diagnostic} />}
                  <Field name="nom" label="Votre nom et prénom" value={values.nom} error={errors.nom} autocomplete="name" maxLength={120} />
                  <Field name="entreprise" label="Votre entreprise" value={values.entreprise} error={errors.entreprise} autocomplete="organization" maxLength={160} />
                  <Field name="siret" label="SIRET de l’entreprise (facultatif)" hint="14 chiffres, les espaces sont acceptés" value={values.siret} error={errors.siret} inputMode="numeric" maxLength={20} />
                  <Field name="email" type="email" label="Votre adresse électronique" hint="Format attendu : nom@entreprise.fr" value={values.email} error={errors.email} autocomplete="email" />
                  <Field name="telephone" type="tel" label="Votre téléphone" hint="Par exemple 04 72 00 00 00" value={values.telephone} error={errors.telephone} autocomplete="tel" />
                  <SelectField
                    name="theme"
                    label="Le thème de votre besoin"
                    value={values.theme}
                    error={errors.theme}
                    options={THEMES.map((t) => ({ value: t.slug, label: t.label }))}
                  />
                  <TextareaField
                    name="besoin"
                    label="Votre besoin"
                    hint="Votre activité, ce que vous voulez faire, où vous en êtes. Évitez d’y mettre des données sensibles."
                    value={values.besoin}
                    error={errors.besoin}
                    rows={7}
                  />
                  <div class="fr-input-group" hidden aria-hidden="true">
                    <label class="fr-label" for={`champ-${HONEYPOT_FIELD}`}>
                      Ne remplissez pas ce champ
                    </label>
                    <input class="fr-input" id={`champ-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" value="" />
                  </div>
                  <CheckboxField name="consentement" label={CONTACT_CONSENT.text} checked={values.consentement} error={errors.consentement} />
                  <Button icon="fr-icon-mail-line">{targets.length > 1 ? `Envoyer ma demande aux ${targets.length} activateurs` : 'Envoyer ma demande'}</Button>
                </Form>
              </>
            )}
          </div>
          {!selectionError && commitments.length > 0 && (
            <div class="fr-col-12 fr-col-lg-4">
              <div class="fr-callout">
                <h2 class="fr-callout__title fr-h6">Ce à quoi les activateurs s’engagent</h2>
                <ul class="fr-callout__text fr-text--sm">
                  {commitments.map((c) => (
                    <li>{c}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </div>
      </Container>
    </Layout>
  );
}
