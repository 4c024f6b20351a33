/**
 * Dates, numbers and pupils as the screen says them: in Dutch (nl-NL) or English (en-GB), and in the
 * school's time (Europe/Amsterdam). Pure functions of the locale; `useFormat()` binds them to the
 * screen's language. Nothing here is shown for a missing value but '–'.
 */

export type Locale = 'nl-NL' | 'en-GB';

/** Where the schools are: every moment is shown in their time, whatever the device's clock says. */
export const TIME_ZONE = 'Europe/Amsterdam';

/** What is shown for a value that is simply not there. */
export const NOTHING = '–';

/** The locale for the screen's language (i18next's `i18n.language`): English or else Dutch. */
export function localeOf(language: string | undefined): Locale {
  return language === 'en' || language?.startsWith('en-') ? 'en-GB' : 'nl-NL';
}

/**
 * How a date reads. A calendar day ("2026-03-12") is that day wherever the reader is; a moment (a
 * DateTime) is the day it was in Amsterdam.
 * - `long`: 12 maart 2026
 * - `dayMonth`: 12 maart
 * - `weekday`: do 12 maart
 * - `medium`: 12 mrt 2026
 */
export type DateStyle = 'long' | 'dayMonth' | 'weekday' | 'medium';

/**
 * How a moment reads with its time, in Amsterdam.
 * - `weekday`: do 12 maart om 14:30
 * - `weekdayLong`: donderdag 12 maart om 14:30
 * - `medium`: 12 mrt 2026, 14:30
 */
export type DateTimeStyle = 'weekday' | 'weekdayLong' | 'medium';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  weekday: { weekday: 'short', day: 'numeric', month: 'long' },
  medium: { dateStyle: 'medium' },
};

const DATE_TIME_STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  weekdayLong: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  medium: { dateStyle: 'medium', timeStyle: 'short' },
};

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Formatters are costly to make and the same ones are asked for on every row: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const key = `date|${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormatter(locale: Locale): Intl.NumberFormat {
  const key = `number|${locale}`;
  let formatter = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A value the API sends as a date (a `YYYY-MM-DD` string, a DateTime scalar, which codegen types as
 * unknown, or a Date) as an instant, and whether it is a calendar day; null when it is none of these.
 */
export function toInstant(value: unknown): { at: Date; calendarDay: boolean } | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) {
    const at = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(at.getTime()) ? null : { at, calendarDay: true };
  }
  const at = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(at.getTime()) ? null : { at, calendarDay: false };
}

/** A date without its time: a calendar day as itself, a moment as the day it was in Amsterdam. */
export function formatDate(locale: Locale, value: unknown, style: DateStyle = 'long'): string {
  const instant = toInstant(value);
  if (!instant) return NOTHING;
  // A calendar day is midnight UTC: read in UTC it is that day everywhere.
  return dateFormatter(locale, DATE_STYLES[style], instant.calendarDay ? 'UTC' : TIME_ZONE).format(instant.at);
}

/** A moment with its time of day, in Amsterdam. */
export function formatDateTime(locale: Locale, value: unknown, style: DateTimeStyle = 'weekday'): string {
  const instant = toInstant(value);
  if (!instant) return NOTHING;
  return dateFormatter(locale, DATE_TIME_STYLES[style], TIME_ZONE).format(instant.at);
}

/** A number as the language writes it (1.234,5 or 1,234.5). */
export function formatNumber(locale: Locale, value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? NOTHING : numberFormatter(locale).format(value);
}

/** A share that is already a percentage (12.5 → "12,5%"). */
export function formatPercent(locale: Locale, value: number | null | undefined): string {
  const number = formatNumber(locale, value);
  return number === NOTHING ? NOTHING : `${number}%`;
}

/** A change in percent, with its sign when it went up (+3,2%, -1%, 0%). */
export function formatChange(locale: Locale, value: number | null | undefined): string {
  const percent = formatPercent(locale, value);
  return percent !== NOTHING && value! > 0 ? `+${percent}` : percent;
}

export interface PupilName {
  displayName: string;
  groupName?: string | null;
}

/** How a pupil is named on the screen: "Sanne de Vries (2B)"; null when the pupil is shielded. */
export function pupilLabel(pupil: PupilName | null | undefined): string | null {
  if (!pupil) return null;
  return pupil.groupName ? `${pupil.displayName} (${pupil.groupName})` : pupil.displayName;
}
