import { describe, expect, it } from 'vitest';
import { DataCategory, MeetingStatus } from '@aanwezig/domain';
import { AppError } from '../../core/errors/app-error';
import { requireOpen, type MeetingFacts } from './meeting-access';
import { categoryUnreadable, previousUnreadable } from './meeting.errors';
import { excerpt } from './meeting.mapper';
import { nonSchoolDay } from './meeting-calendar';

describe('excerpt', () => {
  it('keeps a text of up to 120 characters and shortens a longer one to 117 and an ellipsis', () => {
    expect(excerpt('x'.repeat(120))).toBe('x'.repeat(120));
    expect(excerpt('y'.repeat(121))).toBe(`${'y'.repeat(117)}…`);
  });
});

describe('requireOpen', () => {
  const facts = (status: MeetingStatus) => ({ meeting: { status } }) as MeetingFacts;

  it('lets a planned meeting change and refuses a closed one with a CONFLICT', () => {
    expect(() => requireOpen(facts(MeetingStatus.PLANNED))).not.toThrow();
    expect(() => requireOpen(facts(MeetingStatus.CLOSED))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'meeting.closed' }),
    );
  });
});

describe('refusals to write what the writer may not read', () => {
  it('name the category and why, in the Dutch of before', () => {
    const minutes = categoryUnreadable('minutes', DataCategory.DOCTOR_ADVICE, 'NO_CONSENT');
    expect(minutes).toBeInstanceOf(AppError);
    expect(minutes.details).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(minutes.message).toBe(
      'U mag "Advies van de jeugdarts" hier zelf niet inzien (er is geen toestemming die uw organisatie noemt), en dus ook niet notuleren. Kies een soort gegevens die u wel mag inzien; er is niets opgeslagen.',
    );
    const overwrite = previousUnreadable('sectionId', DataCategory.HOME_SITUATION, 'TOPIC');
    expect(overwrite.details).toMatchObject({ code: 'FORBIDDEN', field: 'sectionId' });
    expect(overwrite.message).toMatch(
      /^Deze notulensectie bevat "Thuissituatie"; .*algemeen onderwerp.* niet overschrijven\./,
    );
    expect(previousUnreadable('correctsSectionId', DataCategory.HOME_SITUATION, 'NOT_INVOLVED').message).toMatch(
      /niet betrokken bij deze casus\), en dus ook niet corrigeren\. Er is niets opgeslagen\.$/,
    );
  });
});

describe('nonSchoolDay', () => {
  const calendar = {
    firstDay: '2026-08-24',
    lastDay: '2027-07-09',
    holidays: [{ name: 'kerstvakantie', from: '2026-12-19', to: '2027-01-03' }],
    studyDays: ['2026-11-18'],
  };

  it.each([
    ['2026-12-01', null],
    ['2026-12-05', { reason: 'WEEKEND', holiday: null }],
    ['2026-12-28', { reason: 'HOLIDAY', holiday: 'kerstvakantie' }],
    ['2026-11-18', { reason: 'STUDY_DAY', holiday: null }],
    ['2027-07-20', { reason: 'NO_SCHOOL_YEAR', holiday: null }],
  ])('says why %s is no school day (or null when it is one)', (date, why) => {
    expect(nonSchoolDay(calendar, date)).toEqual(why && { date, ...why });
  });

  it('counts a weekday without any calendar as outside every school year', () => {
    expect(nonSchoolDay(undefined, '2026-12-01')).toEqual({
      date: '2026-12-01',
      reason: 'NO_SCHOOL_YEAR',
      holiday: null,
    });
  });
});
