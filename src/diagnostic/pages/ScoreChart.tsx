// A horizontal bar chart drawn on the server: one bar per theme on a 0–100 scale, with the level
// thresholds marked on the axis. It is an image for sighted readers, named by its title; the same
// figures are in the table that follows it (ResultPage), so screen readers do not hear them twice.
import { CHART_COLORS, ChartFrame } from '../../ui/chart.js';

export interface ChartRow {
  label: string;
  /** Null: the theme does not concern the business. */
  score: number | null;
  level: string;
}

const BAR_WIDTH = 540;
const ROW = 56;
const TOP = 8;
const AXIS = 44;

export function ScoreChart({ id, title, rows, thresholds }: { id: string; title: string; rows: ChartRow[]; thresholds: { label: string; minScore: number }[] }) {
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW + 4;
  const x = (score: number) => (BAR_WIDTH * score) / 100;
  return (
    <ChartFrame id={id} title={title} height={height}>
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        return (
          <g>
            <text x="0" y={y + 14} font-size="14" fill={CHART_COLORS.text}>
              {row.label}
            </text>
            <rect x="0" y={y + 22} width={BAR_WIDTH} height="18" fill={CHART_COLORS.track} rx="2" />
            {row.score !== null && row.score > 0 && <rect x="0" y={y + 22} width={x(row.score)} height="18" fill={CHART_COLORS.blue} rx="2" />}
            <text x={BAR_WIDTH + 12} y={y + 36} font-size="14" fill={row.score === null ? CHART_COLORS.muted : CHART_COLORS.text} font-weight={row.score === null ? undefined : 'bold'}>
              {row.score === null ? 'non concerné' : `${row.score}/100 · ${row.level}`}
            </text>
          </g>
        );
      })}
      <line x1="0" y1={axisY} x2={BAR_WIDTH} y2={axisY} stroke={CHART_COLORS.muted} stroke-width="1" />
      {thresholds.map((t, i) => (
        <g>
          <line x1={x(t.minScore)} y1={TOP} x2={x(t.minScore)} y2={axisY + 4} stroke={CHART_COLORS.muted} stroke-width="1" stroke-dasharray={t.minScore === 0 ? undefined : '3 4'} />
          <text x={x(t.minScore) + 3} y={axisY + (i % 2 === 0 ? 18 : 34)} font-size="12" fill={CHART_COLORS.muted}>
            {`${t.minScore} · ${t.label}`}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}
