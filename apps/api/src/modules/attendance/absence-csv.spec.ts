import { describe, expect, it } from 'vitest';
import { translate } from '@aanwezig/messages';
import { readAbsenceCsv as readWithReasons, rowErrorMessage } from './absence-csv';

const HEADER = 'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason';
/** The file read, its errors said in Dutch as the import's result says them (line, field, message). */
const readAbsenceCsv = (text: string) => {
  const { rows, errors } = readWithReasons(text);
  return { rows, errors: errors.map((e) => ({ line: e.line, field: e.field, message: rowErrorMessage(e) })) };
};
const read = (...lines: string[]) => readAbsenceCsv([HEADER, ...lines].join('\n'));

/** Messy files as schools send them (found by an outside tester): each gets its own clear reason. */
describe('readAbsenceCsv: files as schools really send them', () => {
  it('says a Windows-1252 file is not UTF-8, naming the lines, instead of calling its pupils unknown', () => {
    // "BA23é00" saved as Windows-1252 and read as UTF-8 arrives with U+FFFD in place of the é.
    const { rows, errors } = read(
      'BA2300,2026-11-16,,,50,1,false,TRUANCY',
      'BA23\uFFFD00,2026-11-16,,,50,2,false,TRUANCY',
      '\uFFFDBA2300\uFFFD,2026-11-16,,,50,3,false,TRUANCY',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 3,
        field: null,
        message: expect.stringMatching(/^Regel 3, 4 bevat tekens die niet als UTF-8 te lezen zijn.*Windows-1252/),
      },
    ]);
  });

  it('says a UTF-16 file is not UTF-8', () => {
    const utf16 = Buffer.from(`\uFEFF${HEADER}\nBA2300,2026-11-16,,,50,1,false,TRUANCY`, 'utf16le').toString('latin1');
    const { errors } = readAbsenceCsv(utf16);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/UTF-16/);
  });

  it('refuses a row with more or fewer fields than the header, naming the separator', () => {
    const { rows, errors } = read(
      'BA2300,2026-11-16,,,50,8,false,TRUANCY,extra,more',
      'BA2300,2026-11-16,,,50,6,false',
      'BA2300;2026-11-16;;;50;7;false;TRUANCY',
      'BA2300,2026-11-16,,,50,5,false,TRUANCY',
    );
    expect(errors).toEqual([
      { line: 2, field: null, message: expect.stringContaining('de regel heeft 10 velden, de kopregel 8') },
      { line: 3, field: null, message: expect.stringContaining('de regel heeft 7 velden, de kopregel 8') },
      {
        line: 4,
        field: null,
        message: expect.stringContaining('de regel heeft 1 veld, de kopregel 8: controleer het scheidingsteken (",")'),
      },
    ]);
    expect(rows.map((r) => r.line)).toEqual([5]);
  });

  it('refuses minutes that contradict the times, and zero minutes', () => {
    const { rows, errors } = read(
      'BA2300,2026-11-16,08:30,09:20,120,,false,TRUANCY',
      'BA2300,2026-11-16,,,0,2,false,TRUANCY',
      'BA2300,2026-11-17,08:30,09:20,50,,false,TRUANCY',
      'BA2300,2026-11-18,08:30,09:20,,,false,TRUANCY',
    );
    expect(errors).toEqual([
      {
        line: 2,
        field: 'minutes',
        message: '120 minuten past niet bij 08:30-09:20 (50 minuten): geef één van beide, of laat ze kloppen',
      },
      { line: 3, field: 'minutes', message: '"0" is geen heel aantal minuten (1-1440)' },
    ]);
    expect(rows.map((r) => [r.line, r.minutes])).toEqual([
      [4, 50],
      [5, 50],
    ]);
  });

  it('still reads a BOM, semicolons, CRLF and columns in another order', () => {
    const { rows, errors } = readAbsenceCsv(
      '\uFEFFreason;authorised;lesson_hour;minutes;end;start;date;pupil_ref\r\nSICK;ja;1;50;;;2026-11-16;BA2300\r\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      { pupilRef: 'BA2300', date: '2026-11-16', minutes: 50, lessonHour: 1, authorised: true, reason: 'SICK' },
    ]);
  });
});

describe('readAbsenceCsv: errors as reasons with plain parameters', () => {
  it('gives each error a reason and parameters, said in either language', () => {
    const { errors } = readWithReasons([HEADER, 'BA2300,2026-11-16,08:30,09:20,120,,false,TRUANCY'].join('\n'));
    expect(errors).toEqual([
      {
        line: 2,
        field: 'minutes',
        reason: 'attendance.row.minutesContradictTimes',
        params: { minutes: 120, start: '08:30', end: '09:20', span: 50 },
      },
    ]);
    expect(translate(`errors.${errors[0].reason}`, errors[0].params, 'en')).toBe(
      '120 minutes does not match 08:30-09:20 (50 minutes): give one of the two, or make them agree',
    );
  });

  it('names up to five unreadable lines and counts the rest, in a variant of its own', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `BA23\uFFFD0${i},2026-11-16,,,50,1,false,TRUANCY`);
    const [error] = readWithReasons([HEADER, ...lines].join('\n')).errors;
    expect(error.params).toEqual({ context: 'more', more: 2, lines: '2, 3, 4, 5, 6' });
    expect(rowErrorMessage(error)).toMatch(/^Regel 2, 3, 4, 5, 6 en 2 meer bevat tekens/);
  });

  it('says which columns of the header are missing or unknown', () => {
    const { errors } = readAbsenceCsv('pupil,date,start,end,minutes,lesson_hour,authorised,reason\nx');
    expect(errors[0].message).toBe(
      'De kopregel klopt niet (ontbrekende kolommen: pupil_ref; onbekende kolommen: pupil). Verwacht: pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
    );
  });
});
