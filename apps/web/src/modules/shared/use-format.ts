import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  localeOf,
  pupilLabel,
  type DateStyle,
  type DateTimeStyle,
  type Locale,
  type PupilName,
} from './format';

export interface Format {
  locale: Locale;
  /** A date without its time (default "12 maart 2026"); '–' when there is none. */
  date(value: unknown, style?: DateStyle): string;
  /** A moment with its time, in Amsterdam (default "do 12 maart om 14:30"). */
  dateTime(value: unknown, style?: DateTimeStyle): string;
  number(value: number | null | undefined): string;
  /** A percentage: "12,5%". */
  percent(value: number | null | undefined): string;
  /** A change in percent, signed: "+3,2%". */
  change(value: number | null | undefined): string;
  /** "Sanne de Vries (2B)", or `shielded` (default: "afgeschermde leerling") when the pupil may not be shown. */
  pupil(pupil: PupilName | null | undefined, shielded?: string): string;
}

/** Dates, numbers and pupil names in the screen's language (Dutch first, English when chosen). */
export function useFormat(): Format {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(
    () => ({
      locale,
      date: (value, style) => formatDate(locale, value, style),
      dateTime: (value, style) => formatDateTime(locale, value, style),
      number: (value) => formatNumber(locale, value),
      percent: (value) => formatPercent(locale, value),
      change: (value) => formatChange(locale, value),
      pupil: (pupil, shielded) => pupilLabel(pupil) ?? shielded ?? t('cases.shieldedPupil'),
    }),
    [locale, t],
  );
}
