// A horizontal bar chart drawn on the server: one bar per theme on a 0–100 scale, with the level
// thresholds marked on the axis. It is an image for sighted readers, named by its title; the same
// figures are in the table that follows it (ResultPage), so screen readers do not hear them twice.

export interface ChartRow {
  label: string;
  /** Null: the theme does not concern the business. */
  score: number | null;
  level: string;
}

const WIDTH = 720;
const BAR_WIDTH = 540;
const ROW = 56;
const TOP = 8;
const AXIS = 44;
const BLUE = '#000091';
const TRACK = '#e3e3fd';
const TEXT = '#161616';
const MUTED = '#666666';
const FONT = 'Marianne, Arial, sans-serif';

export function ScoreChart({ id, title, rows, thresholds }: { id: string; title: string; rows: ChartRow[]; thresholds: { label: string; minScore: number }[] }) {
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW + 4;
  const x = (score: number) => (BAR_WIDTH * score) / 100;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-titre`}
      font-family={FONT}
    >
      <title id={`${id}-titre`}>{title}</title>
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        return (
          <g>
            <text x="0" y={y + 14} font-size="14" fill={TEXT}>
              {row.label}
            </text>
            <rect x="0" y={y + 22} width={BAR_WIDTH} height="18" fill={TRACK} rx="2" />
            {row.score !== null && row.score > 0 && <rect x="0" y={y + 22} width={x(row.score)} height="18" fill={BLUE} rx="2" />}
            <text x={BAR_WIDTH + 12} y={y + 36} font-size="14" fill={row.score === null ? MUTED : TEXT} font-weight={row.score === null ? undefined : 'bold'}>
              {row.score === null ? 'non concerné' : `${row.score}/100 · ${row.level}`}
            </text>
          </g>
        );
      })}
      <line x1="0" y1={axisY} x2={BAR_WIDTH} y2={axisY} stroke={MUTED} stroke-width="1" />
      {thresholds.map((t, i) => (
        <g>
          <line x1={x(t.minScore)} y1={TOP} x2={x(t.minScore)} y2={axisY + 4} stroke={MUTED} stroke-width="1" stroke-dasharray={t.minScore === 0 ? undefined : '3 4'} />
          <text x={x(t.minScore) + 3} y={axisY + (i % 2 === 0 ? 18 : 34)} font-size="12" fill={MUTED}>
            {`${t.minScore} · ${t.label}`}
          </text>
        </g>
      ))}
    </svg>
  );
}
