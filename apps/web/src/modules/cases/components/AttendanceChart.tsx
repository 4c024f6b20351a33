import { useTranslation } from 'react-i18next';
import { StackedBars } from '../../shared/StackedBars';
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

/**
 * Absence per school week this school year, authorised and unauthorised stacked; a shielded series is
 * not drawn and says why. The same figures follow as a table (collapsed) for screen readers and print.
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
  const bars = weeks.map((w, i) => ({
    label: i % 4 === 0 ? t('case.chart.week', { week: isoWeekNumber(w.weekStart) }) : '',
    segments: series.map((s) => ({ label: s.label, count: w[s.field] ?? null })),
  }));
  return (
    <>
      <p className="aanwezig-chart-title">{title}</p>
      <StackedBars bars={bars} slot={22} title={title} note={t('case.chart.note')} />
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
