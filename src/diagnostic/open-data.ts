import { themeLabel, type ThemeSlug } from '../themes/index.js';
import type { IndicatorGroup, Indicators } from './indicators.js';
import { sectorLabel, sizeBandLabel } from './profile.js';
import { regionName } from './territory-names.js';

// The self-assessment's figures as open data: aggregates only, and no figure about fewer than
// MIN_CELL businesses (statistical secrecy), including figures one could work out by subtraction.

/** No published figure may describe fewer businesses than this. */
export const MIN_CELL = 10;

export const OPEN_DATA_LICENCE = { name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' };

export interface OpenRow {
  code: string;
  label: string;
  /** Null when the row is under statistical secrecy. */
  completed: number | null;
  overallAverage: number | null;
  themes: Record<string, number | null>;
  secret: boolean;
}

export interface OpenDataset {
  slug: string;
  title: string;
  description: string;
  /** The first column's header (code) and the label's. */
  keyColumn: string;
  rows: OpenRow[];
}

/**
 * Which rows of a one-way table must be hidden: those under MIN_CELL (primary secrecy), then, since
 * the table's total can be worked out from any other table, the smallest published rows until at
 * least two rows are hidden and together they hold at least MIN_CELL businesses (secondary secrecy).
 */
export function secretRows(counts: readonly number[]): Set<number> {
  const hidden = new Set(counts.flatMap((n, i) => (n < MIN_CELL ? [i] : [])));
  if (hidden.size === 0) return hidden;
  const bySize = counts.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  const hiddenSum = () => [...hidden].reduce((s, i) => s + counts[i]!, 0);
  for (const { i } of bySize) {
    if (hidden.size >= 2 && hiddenSum() >= MIN_CELL) break;
    hidden.add(i);
  }
  // Everything hidden but nothing to protect against (a table of one row): keep it hidden all the same.
  return hidden;
}

function openRows(groups: readonly IndicatorGroup[], themes: readonly string[], label: (key: string | null) => string): OpenRow[] {
  const hidden = secretRows(groups.map((g) => g.completed));
  return groups.map((g, i) => {
    const secret = hidden.has(i);
    return {
      code: g.key ?? '',
      label: label(g.key),
      completed: secret ? null : g.completed,
      overallAverage: secret ? null : g.overallAverage,
      themes: Object.fromEntries(
        themes.map((t) => {
          const cell = g.themes[t];
          return [t, secret || !cell || cell.count < MIN_CELL ? null : cell.average];
        }),
      ),
      secret,
    };
  });
}

/** The published datasets, from the all-time indicators of completed assessments. */
export function openDatasets(indicators: Indicators, themes: readonly string[]): OpenDataset[] {
  const withResults = (groups: IndicatorGroup[]) => groups.filter((g) => g.completed > 0);
  const total = indicators.total;
  return [
    {
      slug: 'autodiagnostics-par-region',
      title: 'Autodiagnostics par région',
      description: 'Nombre d’autodiagnostics terminés, score global moyen et score moyen par thème, pour chaque région (code INSEE).',
      keyColumn: 'region',
      rows: openRows(withResults(indicators.byRegion), themes, (k) => regionName(k) ?? 'Non renseignée'),
    },
    {
      slug: 'autodiagnostics-par-secteur',
      title: 'Autodiagnostics par secteur d’activité',
      description: 'Les mêmes chiffres pour chaque section de la nomenclature d’activités française (NAF rév. 2, lettres A à U).',
      keyColumn: 'secteur',
      rows: openRows(withResults(indicators.bySector), themes, (k) => sectorLabel(k) ?? 'Non renseigné'),
    },
    {
      slug: 'autodiagnostics-par-taille',
      title: 'Autodiagnostics par taille d’entreprise',
      description: 'Les mêmes chiffres pour chaque tranche d’effectif salarié.',
      keyColumn: 'taille',
      rows: openRows(withResults(indicators.bySize), themes, (k) => sizeBandLabel(k) ?? 'Non renseignée'),
    },
    {
      slug: 'niveaux-moyens-par-theme',
      title: 'Niveaux moyens par thème',
      description: 'Pour chaque thème, le score moyen sur 100 et le nombre d’entreprises concernées, toutes entreprises confondues.',
      keyColumn: 'theme',
      rows: themes.map((t) => {
        const cell = total.themes[t] ?? { average: null, count: 0 };
        const secret = cell.count < MIN_CELL;
        return {
          code: t,
          label: themeLabel(t as ThemeSlug),
          completed: secret ? null : cell.count,
          overallAverage: secret ? null : cell.average,
          themes: {},
          secret,
        };
      }),
    },
  ];
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV, comma-separated, UTF-8, decimal point; hidden figures are empty cells and `secret` says "oui". */
export function toCsv(dataset: OpenDataset, themes: readonly string[]): string {
  const perTheme = dataset.slug !== 'niveaux-moyens-par-theme';
  const header = perTheme
    ? [dataset.keyColumn, 'libelle', 'autodiagnostics_termines', 'score_global_moyen', ...themes.map((t) => `score_moyen_${t.replace(/-/g, '_')}`), 'secret']
    : [dataset.keyColumn, 'libelle', 'entreprises_concernees', 'score_moyen', 'secret'];
  const lines = dataset.rows.map((r) =>
    (perTheme
      ? [r.code, r.label, r.completed, r.overallAverage, ...themes.map((t) => r.themes[t] ?? null), r.secret ? 'oui' : 'non']
      : [r.code, r.label, r.completed, r.overallAverage, r.secret ? 'oui' : 'non']
    )
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export function toJson(dataset: OpenDataset, meta: { producer: string; generatedAt: Date }): unknown {
  const perTheme = dataset.slug !== 'niveaux-moyens-par-theme';
  return {
    titre: dataset.title,
    description: dataset.description,
    producteur: meta.producer,
    licence: { nom: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
    miseAJour: meta.generatedAt.toISOString(),
    secretStatistique: {
      seuil: MIN_CELL,
      regle: `Aucun chiffre ne porte sur moins de ${MIN_CELL} entreprises : ces lignes ou cases valent null (« secret »), de même que les plus petites lignes voisines quand on pourrait retrouver un chiffre caché par soustraction.`,
    },
    lignes: dataset.rows.map((r) =>
      perTheme
        ? {
            [dataset.keyColumn]: r.code || null,
            libelle: r.label,
            autodiagnosticsTermines: r.completed,
            scoreGlobalMoyen: r.overallAverage,
            scoreMoyenParTheme: r.themes,
            secret: r.secret,
          }
        : { [dataset.keyColumn]: r.code, libelle: r.label, entreprisesConcernees: r.completed, scoreMoyen: r.overallAverage, secret: r.secret },
    ),
  };
}
