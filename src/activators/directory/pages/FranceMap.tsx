import type { MapCircle, MapMarker, MapView } from '../map/layout.js';
import { markerRadius } from '../map/layout.js';
import { INSETS, MAP_HEIGHT, MAP_WIDTH } from '../map/projection.js';
import { pluralize } from '../present.js';

export interface FranceMapProps {
  view: MapView;
  circle: MapCircle | null;
  markers: MapMarker[];
  /** The background (department outlines), a cached SVG. */
  baseMapUrl: string;
  /** Where a group marker leads without JavaScript: a search around its main commune. */
  groupHref: (marker: MapMarker) => string;
  profileHref: (slug: string) => string;
  /** What the search found, said in words: the text alternative's summary. */
  summary: string;
  /** JSON feed of the same search's points, for the enhancement (zoom, regrouping). */
  pointsUrl: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The markers as SVG text: a search can place hundreds, and building them as a string (every value
 * escaped) costs a fraction of as many virtual nodes. Shared attributes sit on the enclosing group.
 */
function markersMarkup(view: MapView, markers: MapMarker[], groupHref: (m: MapMarker) => string, profileHref: (slug: string) => string): string {
  let out = '';
  for (const m of markers) {
    const r = round(markerRadius(view, m.count));
    const href = m.slug ? profileHref(m.slug) : groupHref(m);
    const title = m.count === 1 ? `${m.label} : 1 activateur` : `${m.label}${m.communes > 1 ? ' et alentours' : ''} : ${m.count} activateurs`;
    const x = round(m.x);
    const y = round(m.y);
    out += `<a href="${escapeXml(href)}" tabindex="-1"><title>${escapeXml(title)}</title><circle cx="${x}" cy="${y}" r="${r}"/>`;
    if (m.count > 1) {
      out += `<text x="${x}" y="${round(m.y + r * 0.35)}" font-size="${round(r * (m.count > 99 ? 0.8 : 1.05))}" fill="#fff" stroke="none">${m.count > 999 ? '999+' : m.count}</text>`;
    }
    out += '</a>';
  }
  return out;
}

/**
 * The server-drawn map of a search. The list of results next to it is its text alternative; the SVG
 * is a labelled group (a title and a description: not an "img", which may not hold links). Markers
 * are links for pointer users, hidden from assistive technologies and out of the keyboard order,
 * since every one of them is in the list.
 */
export function FranceMap({ view, circle, markers, baseMapUrl, groupHref, profileHref, summary, pointsUrl }: FranceMapProps) {
  const viewBox = `${round(view.x)} ${round(view.y)} ${round(view.width)} ${round(view.height)}`;
  const activators = markers.reduce((sum, m) => sum + m.count, 0);
  const description = activators
    ? `${summary} ${pluralize(activators, 'activateur est placé', 'activateurs sont placés')} sur la carte. La liste des résultats présente les mêmes informations.`
    : `${summary} Aucun activateur à placer sur la carte pour cette recherche.`;
  return (
    <figure class="fr-content-media fr-my-0" id="carte-resultats">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={viewBox}
        role="group"
        aria-labelledby="carte-titre carte-description"
        width="100%"
        data-carte=""
        data-points={pointsUrl}
        data-vue={viewBox}
        data-largeur={MAP_WIDTH}
        data-hauteur={MAP_HEIGHT}
      >
        <title id="carte-titre">Carte des résultats de la recherche</title>
        <desc id="carte-description">{description}</desc>
        <image href={baseMapUrl} x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} />
        {view.width >= MAP_WIDTH && (
          <g font-family="Marianne, Arial, sans-serif" font-size="9" fill="#3a3a3a">
            {INSETS.map((inset) => (
              <text x={inset.box.x + 4} y={inset.box.y + 11}>
                {inset.name}
              </text>
            ))}
          </g>
        )}
        {circle && (
          <circle
            cx={round(circle.cx)}
            cy={round(circle.cy)}
            r={round(circle.r)}
            fill="#000091"
            fill-opacity="0.05"
            stroke="#000091"
            stroke-width={round(view.width / 300)}
            stroke-dasharray={`${round(view.width / 100)} ${round(view.width / 150)}`}
          />
        )}
        <g
          data-marqueurs=""
          aria-hidden="true"
          fill="#000091"
          stroke="#fff"
          stroke-width={round(markerRadius(view, 1) / 5)}
          text-anchor="middle"
          font-family="Marianne, Arial, sans-serif"
          font-weight="700"
          dangerouslySetInnerHTML={{ __html: markersMarkup(view, markers, groupHref, profileHref) }}
        />
      </svg>
      <figcaption class="fr-content-media__caption">
        {description} Les offreurs de solutions figurent dans la liste mais pas sur la carte. Contours : svg-maps
        (CC BY 4.0) et Natural Earth.
      </figcaption>
    </figure>
  );
}
