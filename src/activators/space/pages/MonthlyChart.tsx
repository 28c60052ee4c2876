// A column chart drawn on the server: one column per month with its figure above it. It is an image
// named by its title; the same figures are in the table next to it, so screen readers hear them once.
import { CHART_COLORS, CHART_WIDTH, ChartFrame } from '../../../ui/chart.js';

export interface MonthColumn {
  month: string;
  shortLabel: string;
  value: number;
}

const HEIGHT = 230;
const TOP = 24;
const BOTTOM = 44;
const LEFT = 4;

export function MonthlyChart({ id, title, columns, color = '#000091' }: { id: string; title: string; columns: MonthColumn[]; color?: string }) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const plot = HEIGHT - TOP - BOTTOM;
  const step = (CHART_WIDTH - LEFT) / Math.max(1, columns.length);
  const bar = Math.min(40, step * 0.6);
  const baseline = TOP + plot;
  return (
    <ChartFrame id={id} title={title} height={HEIGHT}>
      {columns.map((c, i) => {
        const x = LEFT + i * step + (step - bar) / 2;
        const h = (plot * c.value) / max;
        const center = x + bar / 2;
        const year = i === 0 || c.month.endsWith('-01') ? c.month.slice(0, 4) : null;
        return (
          <g>
            <rect x={x} y={TOP} width={bar} height={plot} fill={CHART_COLORS.track} rx="2" />
            {c.value > 0 && <rect x={x} y={baseline - h} width={bar} height={h} fill={color} rx="2" />}
            <text x={center} y={baseline - h - 6} font-size="13" font-weight="bold" fill={CHART_COLORS.text} text-anchor="middle">
              {String(c.value)}
            </text>
            <text x={center} y={baseline + 18} font-size="13" fill={CHART_COLORS.text} text-anchor="middle">
              {c.shortLabel}
            </text>
            {year && (
              <text x={center} y={baseline + 36} font-size="12" fill={CHART_COLORS.muted} text-anchor="middle">
                {year}
              </text>
            )}
          </g>
        );
      })}
      <line x1={LEFT} y1={baseline} x2={CHART_WIDTH} y2={baseline} stroke={CHART_COLORS.muted} stroke-width="1" />
    </ChartFrame>
  );
}
