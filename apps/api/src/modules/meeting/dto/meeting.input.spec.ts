import { describe, expect, it } from 'vitest';
import { MeetingKind } from '@aanwezig/domain';
import { AppError } from '../../../core/errors/app-error';
import { checkAgendaItem } from './agenda-item.input';
import { checkCreateMeeting, requireSchedule, type CreateMeetingInput } from './meeting.input';
import { decisionBody, minutesBody } from './minutes.input';

const NOW = Date.parse('2026-03-02T09:00:00Z');

function refusal(check: () => unknown): { reason: string; field?: string; params: object; message: string } {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError) return { ...error.details, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

const meeting = (change: Partial<CreateMeetingInput> = {}): CreateMeetingInput => ({
  organisationId: 'school',
  kind: MeetingKind.SAT,
  title: ' SAT maart ',
  startsAt: new Date('2026-03-10T13:00:00Z'),
  durationMinutes: 90,
  participantIds: [],
  ...change,
});

describe('requireSchedule', () => {
  it('takes a time to come (or the past hour) and 5 to 600 minutes', () => {
    expect(() => requireSchedule(new Date(NOW - 30 * 60 * 1000), 5, NOW)).not.toThrow();
    expect(() => requireSchedule(new Date(NOW), 600, NOW)).not.toThrow();
  });

  it('refuses an invalid or past start and a duration out of range, naming the field', () => {
    expect(refusal(() => requireSchedule(new Date('nonsense'), 90, NOW))).toMatchObject({
      field: 'startsAt',
      reason: 'meeting.startsAtInvalid',
      message: 'Geef een geldige begintijd.',
    });
    expect(refusal(() => requireSchedule(new Date(NOW - 2 * 60 * 60 * 1000), 90, NOW))).toMatchObject({
      field: 'startsAt',
      message: 'De begintijd ligt in het verleden.',
    });
    for (const minutes of [4, 601, 90.5]) {
      expect(refusal(() => requireSchedule(new Date(NOW), minutes, NOW))).toMatchObject({
        field: 'durationMinutes',
        params: { min: 5, max: 600 },
        message: 'De duur is 5 tot 600 minuten.',
      });
    }
  });
});

describe('checkCreateMeeting', () => {
  it('trims the texts; one meeting without a series, ten by default with one', () => {
    expect(checkCreateMeeting(meeting({ location: '  ', onlineUrl: 'https://meet.example/x' }), NOW)).toEqual({
      title: 'SAT maart',
      location: null,
      onlineUrl: 'https://meet.example/x',
      series: null,
      occurrences: 1,
    });
    expect(checkCreateMeeting(meeting({ repeatEveryWeeks: 4 }), NOW)).toMatchObject({ series: 4, occurrences: 10 });
  });

  it('refuses each rule with its reason, in Dutch as before', () => {
    expect(refusal(() => checkCreateMeeting(meeting({ title: ' ' }), NOW))).toMatchObject({
      field: 'title',
      reason: 'input.required',
      message: 'De titel is verplicht.',
    });
    expect(refusal(() => checkCreateMeeting(meeting({ onlineUrl: 'http://x' }), NOW))).toMatchObject({
      field: 'onlineUrl',
      message: 'De link begint met https://.',
    });
    expect(refusal(() => checkCreateMeeting(meeting({ repeatEveryWeeks: 13 }), NOW))).toMatchObject({
      field: 'repeatEveryWeeks',
      message: 'Herhaal elke 1 tot 12 weken.',
    });
    expect(refusal(() => checkCreateMeeting(meeting({ repeatEveryWeeks: 2, occurrences: 27 }), NOW))).toMatchObject({
      field: 'occurrences',
      message: 'Een reeks heeft 2 tot 26 overleggen.',
    });
  });
});

describe('agenda item and minutes inputs', () => {
  it('takes a case or a topic, not both or neither', () => {
    expect(checkAgendaItem({ meetingId: 'm', caseId: 'c' })).toEqual({ topic: null });
    expect(checkAgendaItem({ meetingId: 'm', topic: ' Verzuimbeleid ' })).toEqual({ topic: 'Verzuimbeleid' });
    for (const input of [{ meetingId: 'm' }, { meetingId: 'm', caseId: 'c', topic: 'x' }]) {
      expect(refusal(() => checkAgendaItem(input))).toMatchObject({
        field: 'caseId',
        message: 'Kies een casus óf geef een onderwerp.',
      });
    }
  });

  it('names the minutes and the decision when their text is missing', () => {
    const base = { agendaItemId: 'i', category: 'CLASSIFICATION' as never };
    expect(refusal(() => minutesBody({ ...base, body: '' })).message).toBe('De notulen is verplicht.');
    expect(refusal(() => decisionBody({ ...base, body: '' })).message).toBe('Het besluit is verplicht.');
  });
});
