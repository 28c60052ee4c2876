// What the server-drawn charts share: the DSFR colours they use and their frame, an image named by
// its title (the same figures are always in a table beside it, so screen readers hear them once).
import type { ComponentChildren } from 'preact';

export const CHART_COLORS = {
  /** Bleu France: the figure itself. */
  blue: '#000091',
  /** The empty part of a bar. */
  track: '#e3e3fd',
  text: '#161616',
  muted: '#666666',
} as const;

export const CHART_WIDTH = 720;

/**
 * On a phone the chart keeps a readable size and scrolls sideways in its box (abeille-chart in
 * app.css) rather than shrinking its text to a few pixels; the box takes the keyboard focus so that it
 * can be scrolled without a mouse.
 */
export function ChartFrame({ id, title, height, children }: { id: string; title: string; height: number; children: ComponentChildren }) {
  return (
    <div class="abeille-chart" tabIndex={0}>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-titre`} font-family="Marianne, Arial, sans-serif">
        <title id={`${id}-titre`}>{title}</title>
        {children}
      </svg>
    </div>
  );
}
