export interface BarSegment {
  label: string;
  count: number | null;
}
export interface Bar {
  /** Under the bar; empty to leave a crowded axis readable. */
  label: string;
  segments: BarSegment[];
}

/** Colour-blind-safe palette (Okabe–Ito), one per series. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/**
 * Stacked bars (census dates, school weeks); parts without a figure (suppressed, shielded) are not
 * drawn and the note says so. The chart is an image with a name; callers give the same figures as a
 * table for screen readers.
 */
export function StackedBars({
  bars,
  title,
  note,
  slot = 96,
}: {
  bars: Bar[];
  title: string;
  note: string;
  slot?: number;
}) {
  const barWidth = Math.round(slot / 2);
  const width = bars.length * slot + 40;
  const height = 180;
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((a, s) => a + (s.count ?? 0), 0)));
  const series = bars[0]?.segments.map((s) => s.label) ?? [];
  return (
    <figure className="aanwezig-chart">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height + 30}`}
        width={width}
        className="aanwezig-chart-image"
      >
        {bars.map((bar, i) => {
          let y = height;
          return (
            <g key={i}>
              {bar.segments.map((segment, k) => {
                const h = ((segment.count ?? 0) / max) * (height - 10);
                y -= h;
                return h > 0 ? (
                  <rect
                    key={segment.label}
                    x={30 + i * slot + (slot - barWidth) / 2}
                    y={y}
                    width={barWidth}
                    height={h}
                    fill={COLOURS[k % COLOURS.length]}
                  />
                ) : null;
              })}
              <text x={30 + i * slot + slot / 2} y={height + 18} textAnchor="middle" fontSize="13">
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
        {note}
      </figcaption>
    </figure>
  );
}
