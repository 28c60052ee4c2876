import type { PageContext } from '../../ui/context.js';
import { Breadcrumb } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import { MIN_CELL, OPEN_DATA_LICENCE, type OpenDataset } from '../open-data.js';
import { formatDate } from './format.js';

export const OPEN_DATA_PATH = '/donnees-ouvertes';
export const OPEN_DATA_TITLE = 'Données ouvertes';

export function OpenDataPage({ ctx, datasets, generatedAt }: { ctx: PageContext; datasets: OpenDataset[]; generatedAt: Date }) {
  return (
    <Layout
      ctx={ctx}
      title={OPEN_DATA_TITLE}
      description="Les chiffres agrégés de l’autodiagnostic, en CSV et en JSON, sous Licence Ouverte 2.0 : par région, secteur, taille d’entreprise et thème."
    >
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ label: OPEN_DATA_TITLE }]} />
        <div class="fr-grid-row">
          <div class="fr-col-12 fr-col-lg-9">
            <h1>{OPEN_DATA_TITLE}</h1>
            <p class="fr-text--lead">
              Les résultats de l’autodiagnostic de maturité numérique, agrégés : combien d’entreprises l’ont terminé et quels niveaux
              elles atteignent, par région, par secteur d’activité, par taille et par thème.
            </p>
            <p>
              Ces fichiers ne contiennent aucune donnée personnelle ni aucune réponse individuelle : seulement des effectifs et des
              moyennes. Ils sont recalculés au plus toutes les heures (dernier calcul : {formatDate(generatedAt)}) et portent sur tous les
              autodiagnostics terminés depuis l’ouverture du service, y compris ceux qui ont été anonymisés.
            </p>

            <h2>Licence</h2>
            <p>
              Les données sont publiées sous la{' '}
              <a href={OPEN_DATA_LICENCE.url} target="_blank" rel="noopener" title={`${OPEN_DATA_LICENCE.name} – nouvelle fenêtre`}>
                {OPEN_DATA_LICENCE.name}
              </a>{' '}
              : vous pouvez les réutiliser librement, y compris à des fins commerciales, en mentionnant leur source ({ctx.site.name}) et la
              date de leur dernière mise à jour.
            </p>

            <h2>Les jeux de données</h2>
            {datasets.map((d) => (
              <div class="fr-mb-4w">
                <h3>{d.title}</h3>
                <p class="fr-mb-1w">{d.description}</p>
                <p class="fr-text--sm fr-mb-1w">
                  {d.rows.length} ligne{d.rows.length > 1 ? 's' : ''}
                  {d.rows.some((r) => r.secret) && `, dont ${d.rows.filter((r) => r.secret).length} sous secret statistique`}.
                </p>
                <ul class="fr-links-group">
                  <li>
                    <a class="fr-link fr-icon-download-line fr-link--icon-left" href={`${OPEN_DATA_PATH}/${d.slug}.csv`} download>
                      {d.title} – CSV
                    </a>
                  </li>
                  <li>
                    <a class="fr-link fr-icon-download-line fr-link--icon-left" href={`${OPEN_DATA_PATH}/${d.slug}.json`}>
                      {d.title} – JSON
                    </a>
                  </li>
                </ul>
              </div>
            ))}

            <h2>Secret statistique</h2>
            <p>
              Aucun chiffre publié ne porte sur moins de {MIN_CELL} entreprises, pour qu’on ne puisse pas reconnaître une entreprise
              derrière une moyenne :
            </p>
            <ul>
              <li>une ligne qui compte moins de {MIN_CELL} entreprises est cachée (colonne « secret » à « oui », chiffres vides) ;</li>
              <li>
                comme le total d’un tableau se retrouve dans les autres fichiers, on pourrait retrouver une ligne cachée par soustraction :
                quand c’est le cas, les plus petites lignes voisines sont cachées aussi, jusqu’à ce qu’au moins deux lignes réunissant au
                moins {MIN_CELL} entreprises soient cachées ;
              </li>
              <li>le score moyen d’un thème qui concerne moins de {MIN_CELL} entreprises d’une ligne est laissé vide.</li>
            </ul>

            <h2>Format des fichiers</h2>
            <ul>
              <li>CSV : séparateur virgule, encodage UTF-8, point décimal, une ligne d’en-tête ; une case vide est une valeur cachée.</li>
              <li>JSON : la licence, le producteur, la date de calcul et la règle du secret statistique, puis les lignes ; une valeur cachée vaut null.</li>
              <li>
                Régions : code officiel géographique de l’INSEE ; secteurs : sections de la NAF rév. 2 ; scores : sur 100, moyenne des
                autodiagnostics terminés, arrondie au dixième.
              </li>
            </ul>
          </div>
        </div>
      </div>
    </Layout>
  );
}
