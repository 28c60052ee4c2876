import type { PageContext } from '../../ui/context.js';
import { Alert, Breadcrumb, Button, CheckboxGroup, Field, Form, RadioGroup, SelectField, Stepper } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { COMPANY_AGES, CUSTOMER_TYPES, NAF_SECTIONS, PROFILE_FIELDS, SIZE_BANDS, type CompanyProfile } from '../profile.js';
import type { Question } from '../questionnaire/index.js';
import type { Answers } from '../scoring.js';
import type { Step } from '../steps.js';
import { PRESENTATION_TITLE } from './PresentationPage.js';

export interface StepPageProps {
  ctx: PageContext;
  step: Step;
  /** The number of theme steps: the stepper counts them, the profile comes before. */
  themeCount: number;
  nextTitle?: string;
  action: string;
  /** The private link to come back later. */
  resumeUrl: string;
  answers: Answers;
  profile: Partial<Record<keyof CompanyProfile, string>>;
  errors: Record<string, string>;
  formError?: string;
  /** "Recevoir un lien pour reprendre plus tard": the form's address, and what was typed when refused. */
  resumeMail?: { action: string; value?: string; error?: string };
}

const options = (list: readonly { code: string; label: string; hint?: string }[]) =>
  list.map((item) => ({ value: item.code, label: item.label, hint: item.hint }));

function QuestionField({ question, chosen, error }: { question: Question; chosen: string[]; error?: string }) {
  const choices = question.answers.map((a) => ({ value: a.id, label: a.label, hint: a.hint }));
  return question.kind === 'single' ? (
    <RadioGroup name={question.id} legend={question.label} hint={question.hint} options={choices} value={chosen[0]} error={error} />
  ) : (
    <CheckboxGroup name={question.id} legend={question.label} hint={question.hint} options={choices} values={chosen} error={error} />
  );
}

function ProfileFields({ profile, errors }: { profile: StepPageProps['profile']; errors: Record<string, string> }) {
  return (
    <>
      <RadioGroup
        name={PROFILE_FIELDS.sizeBand}
        legend="Combien de salariés votre entreprise compte-t-elle ?"
        options={options(SIZE_BANDS)}
        value={profile.sizeBand}
        error={errors[PROFILE_FIELDS.sizeBand]}
      />
      <SelectField
        name={PROFILE_FIELDS.sector}
        label="Dans quel secteur travaillez-vous ?"
        hint="La grande famille de votre activité principale, selon la nomenclature de l’Insee (NAF)."
        options={options(NAF_SECTIONS)}
        value={profile.sector}
        error={errors[PROFILE_FIELDS.sector]}
        placeholder="Choisir un secteur"
      />
      <RadioGroup
        name={PROFILE_FIELDS.customerType}
        legend="Qui sont vos clients ?"
        options={options(CUSTOMER_TYPES)}
        value={profile.customerType}
        error={errors[PROFILE_FIELDS.customerType]}
      />
      <Field
        name={PROFILE_FIELDS.postalCode}
        label="Code postal de votre entreprise"
        hint="Celui de votre établissement principal, par exemple 69003. Il sert à vous comparer aux entreprises de votre territoire."
        value={profile.postalCode}
        error={errors[PROFILE_FIELDS.postalCode]}
        inputMode="numeric"
        autocomplete="postal-code"
        maxLength={10}
      />
      <RadioGroup
        name={PROFILE_FIELDS.companyAge}
        legend="Depuis combien de temps votre entreprise existe-t-elle ?"
        options={options(COMPANY_AGES)}
        value={profile.companyAge}
        error={errors[PROFILE_FIELDS.companyAge]}
      />
    </>
  );
}

export function StepPage({ ctx, step, themeCount, nextTitle, action, resumeUrl, answers, profile, errors, formError, resumeMail }: StepPageProps) {
  const last = step.kind === 'theme' && step.themeNumber === themeCount;
  const errorCount = Object.keys(errors).length;
  const where = step.kind === 'theme' ? `${step.title} (étape ${step.themeNumber} sur ${themeCount})` : step.title;
  return (
    <Layout ctx={ctx} title={`${errorCount > 0 || formError ? 'Erreur – ' : ''}${where} – Autodiagnostic`}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb
          items={[
            { href: '/autodiagnostic', label: PRESENTATION_TITLE },
            { label: step.kind === 'theme' ? `Étape ${step.themeNumber} sur ${themeCount}` : step.title },
          ]}
        />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-8">
            <h1 class="fr-h4 fr-mb-3w">{PRESENTATION_TITLE}</h1>
            {step.kind === 'theme' ? (
              <>
                <Stepper current={step.themeNumber} total={themeCount} title={step.title} nextTitle={nextTitle} />
                <p class="fr-text--lead">{step.block.intro}</p>
              </>
            ) : (
              <>
                <h2>{step.title}</h2>
                <p class="fr-text--lead">
                  Avant les {themeCount} étapes du questionnaire, quelques mots sur votre entreprise pour vous comparer à celles qui
                  vous ressemblent.
                </p>
              </>
            )}
            {formError && (
              <div class="fr-mb-3w">
                <Alert type="error" title="Réponse non reconnue">
                  <p>{formError}</p>
                </Alert>
              </div>
            )}
            <Form action={action} csrfToken={ctx.csrfToken} errorCount={errorCount}>
              {step.kind === 'profile' ? (
                <ProfileFields profile={profile} errors={errors} />
              ) : (
                step.block.questions.map((question) => (
                  <QuestionField question={question} chosen={answers[question.id] ?? []} error={errors[question.id]} />
                ))
              )}
              {/* The forward button comes first: pressing Enter in a field submits it, not "back". */}
              <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-4w">
                <li>
                  <Button name="direction" value="suivant" icon={last ? 'fr-icon-check-line' : 'fr-icon-arrow-right-line'}>
                    {last ? 'Voir mon résultat' : step.kind === 'profile' ? 'Commencer les questions' : 'Étape suivante'}
                  </Button>
                </li>
                {step.number > 1 && (
                  <li>
                    <Button name="direction" value="precedent" kind="secondary" icon="fr-icon-arrow-left-line">
                      Étape précédente
                    </Button>
                  </li>
                )}
              </ul>
            </Form>
            <p class="fr-text--sm fr-mt-4w">
              Vos réponses sont enregistrées à chaque étape. Pour reprendre plus tard, sur cet appareil ou un autre, gardez ce lien
              personnel : <a href={resumeUrl}>{resumeUrl}</a>
            </p>
            <section class="fr-mt-4w" aria-labelledby="recevoir-lien">
              <h2 id="recevoir-lien" class="fr-h6">Recevoir un lien pour reprendre plus tard</h2>
              <Form action={resumeMail?.action ?? `${resumeUrl.replace(/^https?:\/\/[^/]+/, '')}/lien`} csrfToken={ctx.csrfToken}>
                <input type="hidden" name="etape" value={String(step.number)} />
                <Field
                  name="email"
                  type="email"
                  label="Votre adresse électronique"
                  hint="Nous y envoyons seulement ce lien. Format attendu : nom@exemple.fr"
                  autocomplete="email"
                  value={resumeMail?.value}
                  error={resumeMail?.error}
                  maxLength={254}
                />
                <Button kind="secondary" icon="fr-icon-mail-line">
                  Recevoir le lien par courriel
                </Button>
              </Form>
            </section>
          </div>
        </div>
      </div>
    </Layout>
  );
}
