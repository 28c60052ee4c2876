// Progress over successive results, drawn on the server: for each theme, one bar per result (oldest
// lightest, latest darkest), on a 0–100 scale. An image named by its title; the same figures are in
// the table that follows it (ProgressTable), so screen readers do not hear them twice.
import { CHART_COLORS, ChartFrame } from '../../ui/chart.js';
import { themeLabel, type ThemeSlug } from '../../themes/index.js';
import { Table } from '../../ui/components.js';
import type { SavedResult } from '../account-queries.js';
import type { Questionnaire } from '../questionnaire/index.js';
import { formatDate } from './format.js';

/** The results a chart compares at most: the latest ones. */
export const MAX_CHARTED_RESULTS = 4;

const BAR_WIDTH = 520;
const BAR = 12;
const GAP = 3;
const LABEL = 20;
const AFTER = 14;
const TRACK = '#eeeeee';
/** From the oldest to the latest result: the DSFR blues, lightest first (all readable on white). */
const SHADES = ['#8585f6', '#6a6af4', '#3a3aa8', '#000091'];

function shadeOf(index: number, count: number): string {
  return SHADES[SHADES.length - count + index] ?? SHADES[SHADES.length - 1]!;
}

export function chartedResults(results: SavedResult[]): SavedResult[] {
  return results.slice(-MAX_CHARTED_RESULTS);
}

export function ProgressChart({ id, title, questionnaire, results }: { id: string; title: string; questionnaire: Questionnaire; results: SavedResult[] }) {
  const shown = chartedResults(results);
  const themes = questionnaire.themes.map((b) => b.theme as ThemeSlug);
  const groupHeight = LABEL + shown.length * (BAR + GAP) + AFTER;
  const legendY = 8;
  const top = 36;
  const height = top + themes.length * groupHeight;
  const x = (score: number) => (BAR_WIDTH * score) / 100;
  return (
    <ChartFrame id={id} title={title} height={height}>
      {shown.map((r, i) => (
        <g>
          <rect x={i * 170} y={legendY} width="14" height="14" fill={shadeOf(i, shown.length)} />
          <text x={i * 170 + 20} y={legendY + 12} font-size="13" fill={CHART_COLORS.text}>
            {formatDate(r.completedAt)}
          </text>
        </g>
      ))}
      {themes.map((theme, t) => {
        const y0 = top + t * groupHeight;
        return (
          <g>
            <text x="0" y={y0 + 14} font-size="14" fill={CHART_COLORS.text}>
              {themeLabel(theme)}
            </text>
            {shown.map((r, i) => {
              const score = r.themeScores[theme];
              const y = y0 + LABEL + i * (BAR + GAP);
              return (
                <g>
                  <rect x="0" y={y} width={BAR_WIDTH} height={BAR} fill={TRACK} />
                  {typeof score === 'number' && score > 0 && <rect x="0" y={y} width={x(score)} height={BAR} fill={shadeOf(i, shown.length)} />}
                  <text x={BAR_WIDTH + 10} y={y + BAR - 1} font-size="12" fill={typeof score === 'number' ? CHART_COLORS.text : CHART_COLORS.muted}>
                    {typeof score === 'number' ? `${score}/100` : 'non concerné'}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** The same figures as the chart: one row per theme, one column per result, and the overall score. */
export function ProgressTable({ caption, questionnaire, results }: { caption: string; questionnaire: Questionnaire; results: SavedResult[] }) {
  const shown = chartedResults(results);
  type Row = { label: string; scores: (number | null | undefined)[] };
  const rows: Row[] = [
    ...questionnaire.themes.map((b) => ({ label: themeLabel(b.theme as ThemeSlug), scores: shown.map((r) => r.themeScores[b.theme as ThemeSlug]) })),
    { label: 'Niveau global', scores: shown.map((r) => r.overallScore) },
  ];
  return (
    <Table
      multiline
      caption={caption}
      columns={[
        { label: 'Thème', render: (r: Row) => r.label },
        ...shown.map((result, i) => ({
          label: `Le ${formatDate(result.completedAt)}`,
          render: (r: Row) => (typeof r.scores[i] === 'number' ? `${r.scores[i]}/100` : '–'),
        })),
      ]}
      rows={rows}
    />
  );
}
