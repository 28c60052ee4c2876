import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../ui/context.js';
import {
  Alert,
  Breadcrumb,
  Button,
  CheckboxField,
  CheckboxGroup,
  Field,
  FileField,
  Form,
  RadioGroup,
  Stepper,
  TextareaField,
} from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import { THEMES } from '../../../themes/index.js';
import { KINDS } from '../../kinds.js';
import { ACTIVATOR_KINDS } from '../../schema.js';
import type { CharterVersion } from '../charter.js';
import {
  MAX_THEMES,
  PRESENTATION_MAX,
  SECTION_TITLES,
  SECTIONS,
  type ActivityValues,
  type EngagementValues,
  type Errors,
  type PersonValues,
  type SectionKey,
  type StructureValues,
} from '../draft.js';
import { SECTORS } from '../../../sectors/index.js';
import { formatSiret } from '../siret.js';
import { LETTER_MAX_BYTES, PHOTO_MAX_BYTES } from '../uploads.js';
import { SECTION_PATHS } from './FilePage.js';
import { ButtonsGroup, errorCount } from './parts.js';

const mb = (n: number) => `${n / 1024 / 1024} Mo`;

function SectionFrame({
  ctx,
  section,
  errors,
  multipart = false,
  intro,
  children,
}: {
  ctx: PageContext;
  section: SectionKey;
  errors: Errors;
  multipart?: boolean;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  const index = SECTIONS.indexOf(section);
  const next = SECTIONS[index + 1];
  const title = SECTION_TITLES[section];
  return (
    <Layout ctx={ctx} title={`${title} — Mon dossier d’activateur`}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb
          items={[
            { href: '/espace-activateurs', label: 'Espace activateurs' },
            { href: '/espace-activateurs/dossier', label: 'Mon dossier' },
            { label: title },
          ]}
        />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-8">
            <Stepper current={index + 1} total={SECTIONS.length} title={title} nextTitle={next ? SECTION_TITLES[next] : undefined} />
            {intro}
            <Form action={SECTION_PATHS[section]} csrfToken={ctx.csrfToken} multipart={multipart} errorCount={errorCount(errors)}>
              {errors.form && <Alert type="error" small title={errors.form} />}
              {children}
              <ButtonsGroup>
                <Button name="intention" value="continuer">
                  {next ? 'Enregistrer et continuer' : 'Enregistrer et revenir au dossier'}
                </Button>
                <Button name="intention" value="brouillon" kind="secondary">
                  Enregistrer le brouillon et reprendre plus tard
                </Button>
              </ButtonsGroup>
            </Form>
          </div>
        </div>
      </div>
    </Layout>
  );
}

export function PersonSectionPage({
  ctx,
  values,
  errors = {},
  hasPhoto,
  photoUrl,
}: {
  ctx: PageContext;
  values: PersonValues;
  errors?: Errors;
  hasPhoto: boolean;
  photoUrl: string | null;
}) {
  return (
    <SectionFrame
      ctx={ctx}
      section="personne"
      errors={errors}
      multipart
      intro={<p>La personne inscrite : c’est elle que les entreprises contacteront. Tous les champs sont obligatoires.</p>}
    >
      <Field name="prenom" label="Prénom" value={values.prenom} error={errors.prenom} autocomplete="given-name" required maxLength={100} />
      <Field name="nom" label="Nom" value={values.nom} error={errors.nom} autocomplete="family-name" required maxLength={100} />
      <Field
        name="email"
        type="email"
        label="Adresse électronique de contact"
        hint="Format attendu : nom@exemple.fr."
        value={values.email}
        error={errors.email}
        autocomplete="email"
        required
      />
      <Field name="telephone" type="tel" label="Téléphone" hint="Par exemple 04 72 00 00 00." value={values.telephone} error={errors.telephone} autocomplete="tel" required />
      {hasPhoto && photoUrl && (
        <p>
          <img src={photoUrl} alt="Votre photo actuelle" width={120} />
        </p>
      )}
      <FileField
        name="photo"
        label={hasPhoto ? 'Remplacer votre photo' : 'Votre photo'}
        hint={`Un portrait de vous, de préférence nommé à votre nom (prenom-nom.jpg). Formats JPEG, PNG ou WebP, ${mb(PHOTO_MAX_BYTES)} au plus. L’image est redimensionnée et ses métadonnées (lieu, appareil) sont effacées.`}
        accept="image/jpeg,image/png,image/webp"
        error={errors.photo}
      />
    </SectionFrame>
  );
}

export interface StructureChoice {
  id: string;
  name: string;
  siret: string;
  place: string;
}

export function StructureSectionPage({
  ctx,
  values,
  errors = {},
  search,
  results,
  chosen,
  registry,
}: {
  ctx: PageContext;
  values: StructureValues;
  errors?: Errors;
  search: string;
  results: StructureChoice[] | null;
  chosen: StructureChoice | null;
  registry: { online: boolean; message?: string };
}) {
  const choices = [...(chosen && !results?.some((r) => r.id === chosen.id) ? [chosen] : []), ...(results ?? [])];
  return (
    <SectionFrame
      ctx={ctx}
      section="structure"
      errors={errors}
      intro={<p>La structure à laquelle vous êtes rattaché, identifiée par son numéro SIRET. Si un collègue l’a déjà inscrite, rejoignez-la.</p>}
    >
      {registry.message && <Alert type="info" small title={registry.message} />}
      <h2 class="fr-h4">Rejoindre une structure déjà inscrite</h2>
      <Field name="recherche" type="search" label="Rechercher votre structure par son nom ou son SIRET" value={search} />
      <div class="fr-mb-4w">
        <Button name="intention" value="rechercher" kind="secondary">
          Rechercher
        </Button>
        {results && results.length === 0 && <p class="fr-mt-2w">Aucune structure inscrite ne correspond : inscrivez la vôtre ci-dessous.</p>}
      </div>
      <RadioGroup
        name="choix"
        legend="Votre structure"
        value={values.choix}
        error={errors.choix}
        options={[
          { value: 'existante', label: 'Je rejoins une structure déjà inscrite', hint: 'Choisissez-la dans les résultats de la recherche.' },
          { value: 'nouvelle', label: 'J’inscris ma structure', hint: 'Remplissez son nom, son SIRET et son adresse.' },
        ]}
      />
      {choices.length > 0 && (
        <RadioGroup
          name="structure_id"
          legend="Structures trouvées"
          value={values.structure_id}
          error={errors.structure_id}
          options={choices.map((c) => ({ value: c.id, label: c.name, hint: `SIRET ${formatSiret(c.siret)} — ${c.place}` }))}
        />
      )}
      {choices.length === 0 && errors.structure_id && <Alert type="error" small title={errors.structure_id} />}
      <h2 class="fr-h4 fr-mt-4w">Ma structure n’est pas encore inscrite</h2>
      <Field name="siret" label="Numéro SIRET" hint="14 chiffres, espaces acceptés (sur un extrait Kbis ou un avis de situation Sirene)." value={values.siret} error={errors.siret} inputMode="numeric" maxLength={20} />
      {registry.online && (
        <Button name="intention" value="remplir" kind="tertiary">
          Remplir le nom et l’adresse depuis le SIRET
        </Button>
      )}
      <Field name="raison_sociale" label="Nom de la structure" value={values.raison_sociale} error={errors.raison_sociale} autocomplete="organization" maxLength={200} />
      <Field name="adresse" label="Adresse (numéro et voie)" value={values.adresse} error={errors.adresse} autocomplete="address-line1" maxLength={200} />
      <Field name="code_postal" label="Code postal" value={values.code_postal} error={errors.code_postal} autocomplete="postal-code" inputMode="numeric" maxLength={5} />
      <Field name="commune" label="Commune" hint="Utile quand le code postal couvre plusieurs communes." value={values.commune} error={errors.commune} autocomplete="address-level2" maxLength={100} />

      <h2 class="fr-h4 fr-mt-4w">Où recevez-vous les entreprises ?</h2>
      <CheckboxField
        name="adresse_propre"
        label="Je travaille à une autre adresse que celle de la structure"
        hint="Votre fiche sera alors placée à cette adresse sur la carte."
        checked={values.adresse_propre}
      />
      <Field name="adresse_perso" label="Mon adresse de travail (numéro et voie)" value={values.adresse_perso} error={errors.adresse_perso} maxLength={200} />
      <Field name="code_postal_perso" label="Code postal" value={values.code_postal_perso} error={errors.code_postal_perso} inputMode="numeric" maxLength={5} />
      <Field name="commune_perso" label="Commune" value={values.commune_perso} error={errors.commune_perso} maxLength={100} />

      <h2 class="fr-h4 fr-mt-4w">Sur internet</h2>
      <Field name="site_web" type="url" label="Site web (facultatif)" hint="Par exemple https://www.exemple.fr." value={values.site_web} error={errors.site_web} maxLength={500} />
      <Field name="reseau_social" type="url" label="Page sur un réseau social (facultatif)" value={values.reseau_social} error={errors.reseau_social} maxLength={500} />
    </SectionFrame>
  );
}

export function ActivitySectionPage({
  ctx,
  values,
  errors = {},
  departments,
}: {
  ctx: PageContext;
  values: ActivityValues;
  errors?: Errors;
  departments: { code: string; name: string }[];
}) {
  return (
    <SectionFrame ctx={ctx} section="activite" errors={errors} intro={<p>Ce que vous proposez aux entreprises, et où. Les champs sont obligatoires sauf mention contraire.</p>}>
      <RadioGroup
        name="categorie"
        legend="Votre catégorie"
        value={values.categorie}
        error={errors.categorie}
        options={ACTIVATOR_KINDS.map((k) => ({ value: k, label: KINDS[k].label }))}
      />
      <CheckboxGroup
        name="domaines"
        legend={`Vos domaines d’intervention (${MAX_THEMES} au plus)`}
        hint={`Choisissez ceux où vous êtes le plus compétent : au-delà de ${MAX_THEMES}, le dossier est refusé.`}
        values={values.domaines}
        error={errors.domaines}
        options={THEMES.map((t) => ({ value: t.slug, label: t.label }))}
      />
      <CheckboxGroup
        name="secteurs"
        legend="Secteurs d’activité des entreprises accompagnées (facultatif)"
        hint="Ne cochez rien si vous accompagnez tous les secteurs."
        values={values.secteurs}
        error={errors.secteurs}
        options={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
      />
      <CheckboxGroup
        name="territoire"
        legend="Départements où vous intervenez"
        values={values.territoire}
        error={errors.territoire}
        options={departments.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` }))}
      />
      <TextareaField
        name="presentation"
        label="Présentation de votre accompagnement"
        hint={`Quelques phrases claires, sans majuscules ni formules publicitaires : ce que vous proposez, à qui, comment, à quel prix. ${PRESENTATION_MAX} caractères au plus.`}
        value={values.presentation}
        error={errors.presentation}
        rows={8}
        required
      />
      <TextareaField name="references" label="Références de clients (facultatif)" value={values.references} error={errors.references} rows={3} />
      <TextareaField name="videos" label="Vidéos (facultatif)" hint="Jusqu’à 3 adresses, une par ligne." value={values.videos} error={errors.videos} rows={3} />
      <Field
        name="lien_offre"
        type="url"
        label="Lien vers votre offre"
        hint="La page qui décrit votre accompagnement ou vos solutions, par exemple https://www.exemple.fr/offre."
        value={values.lien_offre}
        error={errors.lien_offre}
        maxLength={500}
      />
    </SectionFrame>
  );
}

export function EngagementSectionPage({
  ctx,
  values,
  errors = {},
  charter,
  acceptedOn,
  hasLetter,
}: {
  ctx: PageContext;
  values: EngagementValues;
  errors?: Errors;
  charter: CharterVersion;
  acceptedOn: string | null;
  hasLetter: boolean;
}) {
  return (
    <SectionFrame
      ctx={ctx}
      section="engagement"
      errors={errors}
      multipart
      intro={<p>La charte engage l’activateur et sa structure. La lettre d’engagement est signée par la personne qui dirige la structure.</p>}
    >
      <h2 class="fr-h4">
        {charter.title} (version {charter.version})
      </h2>
      <p>{charter.preamble}</p>
      <ol>
        {charter.commitments.map((c) => (
          <li>
            <strong>{c.title}</strong> : {c.text}
          </li>
        ))}
      </ol>
      <p>En contrepartie, la plateforme offre à l’activateur :</p>
      <ul>
        {charter.counterparts.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
      <CheckboxField
        name="charte"
        label={`J’ai lu la charte d’engagement (version ${charter.version}) et je m’engage à la respecter`}
        hint={acceptedOn ? `Acceptée le ${acceptedOn}.` : undefined}
        checked={values.charte}
        error={errors.charte}
      />
      <h2 class="fr-h4 fr-mt-4w">La lettre d’engagement</h2>
      <p>
        Indiquez qui signe pour la structure : la lettre est préparée avec ces informations. Imprimez-la, faites-la signer, numérisez-la et
        envoyez-la ci-dessous.
      </p>
      <Field name="signataire_nom" label="Nom et prénom du signataire" hint="La personne qui dirige la structure, ou qui a délégation pour l’engager." value={values.signataire_nom} error={errors.signataire_nom} maxLength={200} />
      <Field name="signataire_fonction" label="Fonction du signataire" hint="Par exemple « Directrice générale », « Gérant », « Président »." value={values.signataire_fonction} error={errors.signataire_fonction} maxLength={200} />
      <p>
        <a href="/espace-activateurs/dossier/lettre-a-signer.pdf" download>
          Télécharger la lettre d’engagement préremplie (PDF)
        </a>{' '}
        — enregistrez d’abord cette section pour que la lettre reprenne le signataire.
      </p>
      {hasLetter && <p>Une lettre signée a déjà été envoyée. Vous pouvez la remplacer.</p>}
      <FileField
        name="lettre"
        label={hasLetter ? 'Remplacer la lettre signée' : 'La lettre signée'}
        hint={`Au format PDF, ${mb(LETTER_MAX_BYTES)} au plus. Elle n’est lue que par l’équipe qui valide les dossiers.`}
        accept="application/pdf"
        error={errors.lettre}
      />
    </SectionFrame>
  );
}
