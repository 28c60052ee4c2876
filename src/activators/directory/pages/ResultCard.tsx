import { KINDS } from '../../kinds.js';
import { EXCERPT_LENGTH } from '../queries.js';
import type { DirectoryRow } from '../queries.js';
import { formatDistance, placeLabel, profilePath, publicName, safeExternalUrl, themeLabels } from '../present.js';

/** The directory's GET form to /contacter that the cards' checkboxes belong to (HTML `form` attribute). */
export const SELECTION_FORM_ID = 'selection-contact';

/**
 * One result of the directory. The name leads to the profile; a solution provider, who takes no
 * contact request through the platform, shows a link to its own offers instead.
 */
export function ResultCard({ row }: { row: DirectoryRow }) {
  const rules = KINDS[row.kind];
  const name = publicName(row);
  const themes = themeLabels(row.themes);
  const offerUrl = safeExternalUrl(row.offerUrl);
  return (
    <div class="fr-card fr-card--horizontal fr-card--sm">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <h3 class="fr-card__title">
            <a href={profilePath(row.slug)}>{name}</a>
          </h3>
          <p class="fr-card__desc">
            {row.excerpt.length >= EXCERPT_LENGTH ? `${row.excerpt.replace(/\s+\S*$/, '').replace(/[\s.,;:!?…]+$/, '')}…` : row.excerpt}
          </p>
          <div class="fr-card__start">
            <ul class="fr-badges-group">
              <li>
                <p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{rules.label}</p>
              </li>
            </ul>
            <p class="fr-card__detail fr-icon-map-pin-2-line">
              {placeLabel(row)}
              {row.distanceKm !== null && ` — ${formatDistance(row.distanceKm)}`}
              {rules.pageNamedAfter === 'person' && row.structureName && ` — ${row.structureName}`}
            </p>
          </div>
          <div class="fr-card__end">
            {themes.length > 0 && (
              <ul class="fr-tags-group">
                {themes.map((t) => (
                  <li>
                    <p class="fr-tag fr-tag--sm">{t}</p>
                  </li>
                ))}
              </ul>
            )}
            {rules.contactable && (
              <div class="fr-checkbox-group fr-checkbox-group--sm fr-mt-1w">
                <input type="checkbox" id={`choisir-${row.slug}`} name="activateurs" value={row.slug} form={SELECTION_FORM_ID} />
                <label class="fr-label" for={`choisir-${row.slug}`}>
                  {`Ajouter ${name} à ma demande de contact`}
                </label>
              </div>
            )}
            {!rules.contactable && offerUrl && (
              <p class="fr-mb-0">
                <a class="fr-link fr-icon-external-link-line fr-link--icon-right" href={offerUrl} rel="noopener noreferrer" target="_blank" title={`Découvrir les offres de ${name} (nouvelle fenêtre)`}>
                  Découvrir les offres
                </a>
              </p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
