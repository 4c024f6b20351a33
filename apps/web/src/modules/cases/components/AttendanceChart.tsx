import { useTranslation } from 'react-i18next';
import { Shielded, type ShieldInfo } from '../../shared/Shielded';
import { DataTable, type Column } from '../../shared/DataTable';
import { useFormat } from '../../shared/use-format';

export interface AttendanceWeek {
  weekStart: string;
  authorisedHours?: number | null;
  unauthorisedHours?: number | null;
  shielded: readonly ShieldInfo[];
}

/** ISO week number of a Monday (YYYY-MM-DD): what schools call "week 47". */
export function isoWeekNumber(monday: string): number {
  // The week belongs to the year of its Thursday, and counts from that year's first Thursday.
  const thursday = new Date(`${monday}T00:00:00Z`).getTime() + 3 * 86_400_000;
  const newYear = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday - newYear) / (7 * 86_400_000));
}

/** Colour-blind-safe (Okabe–Ito): authorised, unauthorised. */
const COLOURS = ['#0072B2', '#D55E00'];

/** Round steps for the value axis: 1, 2 or 5 times a power of ten, about four of them up to `max`. */
export function axisTicks(max: number): number[] {
  const top = Math.max(max, 1);
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(Number(v.toFixed(6)));
  return ticks;
}

/**
 * Absence per school week this school year, authorised and unauthorised stacked, on axes with their
 * values and units (hours on the left, school weeks below); a shielded series is not drawn and says
 * why. The same figures follow as a table (collapsed) for screen readers and print.
 */
export function AttendanceChart({ weeks, unit }: { weeks: readonly AttendanceWeek[]; unit: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (weeks.length === 0) return null;
  const shielded = weeks[0].shielded;
  const hidden = shielded.map((s) => s.field);
  const series = [
    { field: 'authorisedHours', label: t('case.chart.authorised') },
    { field: 'unauthorisedHours', label: t('case.chart.unauthorised') },
  ] as const;
  const title = t('case.chart.title', { unit });
  const columns: Column<AttendanceWeek>[] = [
    {
      key: 'week',
      header: t('case.chart.weekColumn'),
      rowHeader: true,
      cell: (w) => t('case.chart.week', { week: isoWeekNumber(w.weekStart) }),
    },
    ...series.map((s) => ({
      key: s.field,
      header: s.label,
      cell: (w: AttendanceWeek) => (hidden.includes(s.field) ? t('case.chart.shielded') : format.number(w[s.field])),
    })),
  ];
  const total = (w: AttendanceWeek) => series.reduce((sum, s) => sum + (w[s.field] ?? 0), 0);
  const ticks = axisTicks(Math.max(...weeks.map(total)));
  const top = ticks[ticks.length - 1];
  const slot = 22;
  const left = 56;
  const plotTop = 12;
  const plotHeight = 170;
  const base = plotTop + plotHeight;
  const width = left + weeks.length * slot + 8;
  const height = base + 52;
  const y = (value: number) => base - (value / top) * plotHeight;
  return (
    <>
      <p className="aanwezig-chart-title">{title}</p>
      <figure className="aanwezig-chart">
        <svg
          role="img"
          aria-label={title}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          className="aanwezig-chart-image"
        >
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={left - 4} x2={width - 4} y1={y(tick)} y2={y(tick)} stroke="#ccc" strokeWidth="1" />
              <text x={left - 8} y={y(tick) + 4} textAnchor="end" fontSize="12">
                {format.number(tick)}
              </text>
            </g>
          ))}
          <line x1={left} x2={left} y1={plotTop - 4} y2={base} stroke="#333" strokeWidth="1" />
          <line x1={left} x2={width - 4} y1={base} y2={base} stroke="#333" strokeWidth="1" />
          <text
            x={12}
            y={plotTop + plotHeight / 2}
            fontSize="12"
            textAnchor="middle"
            transform={`rotate(-90 12 ${plotTop + plotHeight / 2})`}
          >
            {t('case.chart.yAxis', { unit })}
          </text>
          {weeks.map((w, i) => {
            let from = 0;
            const x = left + i * slot + slot / 4;
            return (
              <g key={w.weekStart}>
                {series.map((s, k) => {
                  const value = hidden.includes(s.field) ? 0 : (w[s.field] ?? 0);
                  if (value <= 0) return null;
                  const rect = (
                    <rect
                      key={s.field}
                      x={x}
                      y={y(from + value)}
                      width={slot / 2}
                      height={y(from) - y(from + value)}
                      fill={COLOURS[k]}
                    >
                      <title>{`${t('case.chart.week', { week: isoWeekNumber(w.weekStart) })}, ${s.label}: ${format.number(value)} ${unit}`}</title>
                    </rect>
                  );
                  from += value;
                  return rect;
                })}
                {i % 4 === 0 && (
                  <text x={x + slot / 4} y={base + 16} textAnchor="middle" fontSize="12">
                    {t('case.chart.week', { week: isoWeekNumber(w.weekStart) })}
                  </text>
                )}
              </g>
            );
          })}
          <text x={left + (width - left) / 2} y={base + 40} textAnchor="middle" fontSize="12">
            {t('case.chart.xAxis')}
          </text>
        </svg>
        <figcaption>
          <ul className="aanwezig-legend">
            {series.map((s, k) => (
              <li key={s.field}>
                <svg width="12" height="12" aria-hidden="true">
                  <rect width="12" height="12" fill={COLOURS[k]} />
                </svg>{' '}
                {s.label}
              </li>
            ))}
          </ul>
          {t('case.chart.note')}
        </figcaption>
      </figure>
      {series
        .filter((s) => hidden.includes(s.field))
        .map((s) => (
          <p key={s.field}>
            {s.label}: <Shielded field={s.field} shielded={shielded} />
          </p>
        ))}
      <details>
        <summary>{t('case.chart.asTable')}</summary>
        <DataTable caption={title} columns={columns} rows={weeks} rowKey={(w) => w.weekStart} />
      </details>
    </>
  );
}
