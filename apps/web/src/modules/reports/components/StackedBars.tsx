import { useTranslation } from 'react-i18next';

export interface BarSegment {
  label: string;
  count: number | null;
}
export interface Bar {
  label: string;
  segments: BarSegment[];
}

/** Colour-blind-safe palette (Okabe–Ito), one per series. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/**
 * Stacked bars, one per census date; suppressed parts are not drawn and said so. The chart is an image
 * with a name; the same figures are in the tables below it for screen readers.
 */
export function StackedBars({ bars, title }: { bars: Bar[]; title: string }) {
  const { t } = useTranslation();
  const slot = 96;
  const width = bars.length * slot + 40;
  const height = 180;
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((a, s) => a + (s.count ?? 0), 0)));
  const series = bars[0]?.segments.map((s) => s.label) ?? [];
  return (
    <figure className="aanwezig-chart">
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height + 30}`} width={width} className="aanwezig-chart-image">
        {bars.map((bar, i) => {
          let y = height;
          return (
            <g key={bar.label}>
              {bar.segments.map((segment, k) => {
                const h = ((segment.count ?? 0) / max) * (height - 10);
                y -= h;
                return h > 0 ? <rect key={segment.label} x={30 + i * slot + 20} y={y} width={48} height={h} fill={COLOURS[k % COLOURS.length]} /> : null;
              })}
              <text x={30 + i * slot + 44} y={height + 18} textAnchor="middle" fontSize="13">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="aanwezig-legend">
          {series.map((label, k) => (
            <li key={label}>
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" fill={COLOURS[k % COLOURS.length]} />
              </svg>{' '}
              {label}
            </li>
          ))}
        </ul>
        {t('reports.chartNote')}
      </figcaption>
    </figure>
  );
}
