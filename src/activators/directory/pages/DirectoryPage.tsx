import { THEMES } from '../../../themes/index.js';
import { Alert, Breadcrumb, Button, Container, Field, Pagination, SelectField } from '../../../ui/components.js';
import type { PageContext } from '../../../ui/context.js';
import { Layout } from '../../../ui/Layout.js';
import { DIRECTORY_KINDS, KINDS } from '../../kinds.js';
import { SECTORS } from '../../../sectors/index.js';
import { FILTER_PARAMETERS, RADIUS_CHOICES_KM, type FilterParameter } from '../filters.js';
import type { SearchDirectoryResult } from '../use-cases/search-directory.js';
import { FranceMap, type FranceMapProps } from './FranceMap.js';
import { ResultCard, SELECTION_FORM_ID } from './ResultCard.js';
import { pluralize } from '../present.js';

export const DIRECTORY_PATH = '/trouver-un-accompagnement';
export const DIRECTORY_SCRIPT = '/static/js/annuaire.js';

const FIELD_LABELS: Record<FilterParameter, string> = {
  lieu: 'Lieu',
  rayon: 'Rayon',
  theme: 'Thème',
  type: 'Type d’accompagnement',
  secteur: 'Secteur d’activité',
  q: 'Recherche libre',
  page: 'Page',
};

export interface DirectoryPageProps {
  ctx: PageContext;
  result: SearchDirectoryResult;
  /** Absent when the search could not be drawn (a place outside the drawn territories). */
  map: Omit<FranceMapProps, 'summary'> | null;
  hrefForPage: (page: number) => string;
}

/** "12 accompagnements trouvés autour de Lyon (69001), dans un rayon de 30 km" */
export function resultSummary(result: SearchDirectoryResult): string {
  const found = result.total === 0 ? 'Aucun accompagnement trouvé' : `${pluralize(result.total, 'accompagnement trouvé', 'accompagnements trouvés')}`;
  if (!result.place) return `${found}.`;
  const postalCode = result.filters.place && /^\d{5}$/.test(result.filters.place.replace(/\s/g, '')) ? result.filters.place.replace(/\s/g, '') : result.place.postalCodes[0];
  return `${found} autour de ${result.place.name}${postalCode ? ` (${postalCode})` : ''}, dans un rayon de ${result.radiusKm} km.`;
}

/** The usual choices, plus the radius of a shared link that asked for another one. */
function radiusOptions(current: number) {
  const choices: number[] = [...RADIUS_CHOICES_KM];
  if (!choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b).map((km) => ({ value: String(km), label: `${km} km` }));
}

export function DirectoryPage({ ctx, result, map, hrefForPage }: DirectoryPageProps) {
  const { raw, errors } = result;
  const errorNames = FILTER_PARAMETERS.filter((name) => errors[name]);
  const summary = resultSummary(result);
  const title = result.page > 1 ? `Trouver un accompagnement — page ${result.page}` : 'Trouver un accompagnement';
  return (
    <Layout
      ctx={ctx}
      title={errorNames.length ? `Erreur de saisie — ${title}` : title}
      description="Trouvez près de chez vous un conseiller, un financeur ou une entreprise qui partage son expérience pour avancer dans le numérique."
      scripts={[DIRECTORY_SCRIPT]}
    >
      <Container>
        <Breadcrumb items={[{ label: 'Trouver un accompagnement' }]} />
        <h1>Trouver un accompagnement</h1>
        <p class="fr-text--lead">
          Des conseillers, des financeurs et des entreprises qui partagent leur expérience vous aident à avancer dans le
          numérique. Le premier échange est gratuit.
        </p>

        <form method="get" action={DIRECTORY_PATH} role="search" aria-label="Rechercher un accompagnement" class="fr-mb-4w">
          {errorNames.length > 0 && (
            <div class="fr-mb-3w">
              <Alert type="error" title="Certains critères sont à corriger">
                <p>
                  {errorNames.map((n) => FIELD_LABELS[n]).join(', ')} : le message se trouve à côté du champ. Les résultats
                  ci-dessous ne tiennent pas compte de {errorNames.length > 1 ? 'ces critères' : 'ce critère'}.
                </p>
              </Alert>
            </div>
          )}
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-6">
              <Field
                name="lieu"
                label="Lieu"
                hint="Code postal ou commune, par exemple 69003 ou Villeurbanne"
                value={raw.lieu}
                error={errors.lieu}
                autocomplete="postal-code"
                maxLength={100}
              />
            </div>
            <div class="fr-col-12 fr-col-md-6">
              <SelectField
                name="rayon"
                label="Rayon autour du lieu"
                value={String(result.filters.radiusKm)}
                error={errors.rayon}
                options={radiusOptions(result.filters.radiusKm)}
              />
            </div>
            <div class="fr-col-12 fr-col-md-4">
              <SelectField
                name="theme"
                label="Thème"
                value={errors.theme ? '' : raw.theme}
                error={errors.theme}
                options={THEMES.map((t) => ({ value: t.slug, label: t.label }))}
                emptyLabel="Tous les thèmes"
              />
            </div>
            <div class="fr-col-12 fr-col-md-4">
              <SelectField
                name="type"
                label="Type d’accompagnement"
                value={errors.type ? '' : raw.type}
                error={errors.type}
                options={DIRECTORY_KINDS.map((k) => ({ value: k, label: KINDS[k].label }))}
                emptyLabel="Tous les types"
              />
            </div>
            <div class="fr-col-12 fr-col-md-4">
              <SelectField
                name="secteur"
                label="Secteur d’activité de votre entreprise"
                value={errors.secteur ? '' : raw.secteur.toUpperCase()}
                error={errors.secteur}
                options={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
                emptyLabel="Tous les secteurs"
              />
            </div>
            <div class="fr-col-12 fr-col-md-8">
              <Field
                name="q"
                type="search"
                label="Recherche libre"
                hint="Un mot de la présentation ou un nom, par exemple « site internet » ou « caisse »"
                value={raw.q}
                error={errors.q}
                maxLength={200}
              />
            </div>
            <div class="fr-col-12 fr-col-md-4 fr-grid-row fr-grid-row--bottom">
              <Button icon="fr-icon-search-line">Rechercher</Button>
            </div>
          </div>
        </form>

        <h2 id="resultats" aria-live="polite">
          {summary}
        </h2>
        {result.pageCount > 1 && (
          <p>
            Page {result.page} sur {result.pageCount}.
          </p>
        )}
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-7">
            {result.rows.length === 0 ? (
              <p>
                Élargissez le rayon, retirez un critère ou essayez d’autres mots. Vous pouvez aussi parcourir{' '}
                <a href="/activateurs/region">les activateurs par région</a>.
              </p>
            ) : (
              <ol class="fr-raw-list" aria-label="Résultats">
                {result.rows.map((row) => (
                  <li class="fr-mb-2w">
                    <ResultCard row={row} />
                  </li>
                ))}
              </ol>
            )}
            {result.rows.some((row) => KINDS[row.kind].contactable) && (
              // The contact form of the contacts domain: `activateurs` repeated, up to 3 (a documented contract).
              <form id={SELECTION_FORM_ID} method="get" action="/contacter" class="fr-mb-3w">
                <p class="fr-text--sm fr-mb-1w">Cochez jusqu’à 3 activateurs pour leur envoyer la même demande : chacun en reçoit un exemplaire.</p>
                <Button kind="secondary" icon="fr-icon-mail-line">
                  Contacter les activateurs cochés
                </Button>
              </form>
            )}
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefForPage} />
          </div>
          <div class="fr-col-12 fr-col-lg-5">{map && <FranceMap {...map} summary={summary} />}</div>
        </div>
      </Container>
    </Layout>
  );
}
