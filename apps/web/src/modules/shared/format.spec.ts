import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  localeOf,
  pupilLabel,
  toInstant,
} from './format';

describe('the locale of the screen language', () => {
  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
    ['en-GB', 'en-GB'],
    ['de', 'nl-NL'],
    [undefined, 'nl-NL'],
  ] as const)('%s reads as %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

describe('dates', () => {
  it('says a calendar day in each style, in both languages', () => {
    expect(formatDate('nl-NL', '2026-03-12')).toBe('12 maart 2026');
    expect(formatDate('en-GB', '2026-03-12')).toBe('12 March 2026');
    expect(formatDate('nl-NL', '2026-03-12', 'dayMonth')).toBe('12 maart');
    expect(formatDate('nl-NL', '2026-03-12', 'weekday')).toBe('do 12 maart');
    expect(formatDate('en-GB', '2026-03-12', 'weekday')).toBe('Thu 12 March');
    expect(formatDate('nl-NL', '2026-03-12', 'medium')).toBe('12 mrt 2026');
  });

  it('says a moment as the day it was in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 12 March is 00:30 on 13 March in Amsterdam (winter time, UTC+1).
    expect(formatDate('nl-NL', '2026-03-12T23:30:00Z')).toBe('13 maart 2026');
    // In summer time (UTC+2) 22:30 UTC is already the next day.
    expect(formatDate('nl-NL', '2026-06-30T22:30:00.000Z', 'dayMonth')).toBe('1 juli');
  });

  it('says a calendar day as that day, whatever the time zone', () => {
    expect(formatDate('nl-NL', '2026-01-01')).toBe('1 januari 2026');
    expect(formatDate('nl-NL', '2025-12-31')).toBe('31 december 2025');
  });

  it('says a moment with its Amsterdam time', () => {
    expect(formatDateTime('nl-NL', '2026-03-12T13:30:00Z')).toBe('do 12 maart om 14:30');
    expect(formatDateTime('en-GB', '2026-03-12T13:30:00Z')).toBe('Thu 12 March at 14:30');
    expect(formatDateTime('nl-NL', '2026-03-12T13:30:00Z', 'weekdayLong')).toBe('donderdag 12 maart om 14:30');
    expect(formatDateTime('nl-NL', new Date('2026-03-12T13:30:00Z'), 'medium')).toBe('12 mrt 2026, 14:30');
  });

  it('shows a dash for a date that is not there or cannot be read', () => {
    for (const value of [null, undefined, '', 'not a date']) {
      expect(formatDate('nl-NL', value)).toBe('–');
      expect(formatDateTime('nl-NL', value)).toBe('–');
    }
  });

  it('says exactly what the pages said before the kit', () => {
    // The expressions the pages held, for the same values.
    const moment = '2026-10-25T00:45:00.000Z'; // the night summer time ends
    const day = '2026-10-25';
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const utcDay = (options: Intl.DateTimeFormatOptions) =>
        new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { ...options, timeZone: 'UTC' });
      const amsterdam = (options: Intl.DateTimeFormatOptions) =>
        new Date(moment).toLocaleString(locale, { ...options, timeZone: 'Europe/Amsterdam' });
      expect(formatDate(locale, day)).toBe(utcDay({ day: 'numeric', month: 'long', year: 'numeric' }));
      expect(formatDate(locale, day, 'dayMonth')).toBe(utcDay({ day: 'numeric', month: 'long' }));
      expect(formatDate(locale, day, 'weekday')).toBe(utcDay({ weekday: 'short', day: 'numeric', month: 'long' }));
      expect(formatDate(locale, moment)).toBe(amsterdam({ day: 'numeric', month: 'long', year: 'numeric' }));
      expect(formatDate(locale, moment, 'medium')).toBe(amsterdam({ dateStyle: 'medium' }));
      expect(formatDateTime(locale, moment)).toBe(
        amsterdam({ weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
      );
      expect(formatDateTime(locale, moment, 'medium')).toBe(amsterdam({ dateStyle: 'medium', timeStyle: 'short' }));
    }
  });

  it('knows a calendar day from a moment', () => {
    expect(toInstant('2026-03-12')).toEqual({ at: new Date('2026-03-12T00:00:00Z'), calendarDay: true });
    expect(toInstant('2026-03-12T08:00:00Z')).toEqual({ at: new Date('2026-03-12T08:00:00Z'), calendarDay: false });
    expect(toInstant('2026-13-45')).toBeNull();
    expect(toInstant(null)).toBeNull();
  });
});

describe('numbers', () => {
  it('writes decimals and thousands as each language does', () => {
    expect(formatNumber('nl-NL', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en-GB', 1234.5)).toBe('1,234.5');
    expect(formatNumber('nl-NL', 0)).toBe('0');
    expect(formatNumber('nl-NL', 2.3456)).toBe((2.3456).toLocaleString('nl-NL'));
  });

  it('shows a dash for a number that is not there', () => {
    expect(formatNumber('nl-NL', null)).toBe('–');
    expect(formatNumber('nl-NL', undefined)).toBe('–');
    expect(formatPercent('nl-NL', null)).toBe('–');
    expect(formatChange('nl-NL', undefined)).toBe('–');
  });

  it('writes shares and changes in percent, a rise with its sign', () => {
    expect(formatPercent('nl-NL', 12.5)).toBe('12,5%');
    expect(formatPercent('en-GB', 12.5)).toBe('12.5%');
    expect(formatChange('nl-NL', 3.2)).toBe('+3,2%');
    expect(formatChange('nl-NL', -1)).toBe('-1%');
    expect(formatChange('nl-NL', 0)).toBe('0%');
  });
});

describe('pupil names', () => {
  it('names a pupil with the class, or without one when there is none', () => {
    expect(pupilLabel({ displayName: 'Sanne de Vries', groupName: '2B' })).toBe('Sanne de Vries (2B)');
    expect(pupilLabel({ displayName: 'Sanne de Vries', groupName: null })).toBe('Sanne de Vries');
  });

  it('names nobody for a shielded pupil, so the screen says it is shielded', () => {
    expect(pupilLabel(null)).toBeNull();
    expect(pupilLabel(undefined)).toBeNull();
  });
});
