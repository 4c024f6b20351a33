import { parse } from 'csv-parse/sync';
import { AbsenceReason } from '@aanwezig/domain';
import { translate, type MessageParams } from '@aanwezig/messages';

/** The canonical columns (CONTRACT.md), in any order. */
export const CANONICAL_COLUMNS = [
  'pupil_ref',
  'date',
  'start',
  'end',
  'minutes',
  'lesson_hour',
  'authorised',
  'reason',
] as const;

export interface AbsenceRow {
  line: number;
  pupilRef: string;
  date: string;
  start: string | null;
  end: string | null;
  minutes: number;
  lessonHour: number | null;
  authorised: boolean;
  reason: AbsenceReason;
}

/** What is wrong with a line of the file: a reason under `errors.attendance.row.*` and its parameters. */
export interface RowError {
  /** 1-based line in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  field: string | null;
  /** The key of its text, e.g. `attendance.row.notATime` (under `errors.`). */
  reason: string;
  params: MessageParams;
}

export const rowError = (line: number, field: string | null, reason: string, params: MessageParams = {}): RowError => ({
  line,
  field,
  reason: `attendance.row.${reason}`,
  params,
});

/** A row error in Dutch, as the import's result gives it beside the reason (for API clients). */
export function rowErrorMessage(error: Pick<RowError, 'reason' | 'params'>): string {
  return translate(`errors.${error.reason}`, error.params);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const BOOLEAN: Record<string, boolean> = { true: true, false: false, ja: true, nee: false, '1': true, '0': false };
const REASONS = new Set<string>(Object.values(AbsenceReason));

/**
 * Reads the canonical absence CSV (comma or semicolon, `true/false` or `ja/nee`). Every row that
 * cannot be read is reported with its line and why; nothing is thrown for bad data.
 */
export function readAbsenceCsv(text: string): { rows: AbsenceRow[]; errors: RowError[] } {
  const body = text.replace(/^\uFEFF/, '');
  const encoding = encodingError(body);
  if (encoding) return { rows: [], errors: [encoding] };
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return {
      rows: [],
      errors: [rowError(0, null, 'unreadable', { detail: (error as Error).message })],
    };
  }
  if (records.length === 0) return { rows: [], errors: [rowError(0, null, 'empty')] };
  const header = records[0].map((h) => h.toLowerCase());
  const missing = CANONICAL_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(CANONICAL_COLUMNS as readonly string[]).includes(h));
  if (missing.length > 0 || unknown.length > 0) {
    const context = missing.length && unknown.length ? 'both' : missing.length ? 'missing' : 'unknown';
    const params = {
      context,
      missing: missing.join(', '),
      unknown: unknown.join(', '),
      expected: CANONICAL_COLUMNS.join(','),
    };
    return { rows: [], errors: [rowError(1, null, 'header', params)] };
  }
  const index = Object.fromEntries(CANONICAL_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof CANONICAL_COLUMNS)[number],
    number
  >;
  const rows: AbsenceRow[] = [];
  const errors: RowError[] = [];
  records.slice(1).forEach((record, i) => {
    const line = i + 2;
    if (record.length !== header.length) {
      errors.push(rowError(line, null, 'fieldCount', { count: record.length, header: header.length, delimiter }));
      return;
    }
    const cell = (c: (typeof CANONICAL_COLUMNS)[number]) => (record[index[c]] ?? '').trim();
    const fail = (field: string, reason: string, params: MessageParams = {}) =>
      errors.push(rowError(line, field, reason, params));
    const pupilRef = cell('pupil_ref');
    const date = cell('date');
    const start = cell('start') || null;
    const end = cell('end') || null;
    const minutesText = cell('minutes');
    const lessonText = cell('lesson_hour');
    const authorisedText = cell('authorised').toLowerCase();
    const reason = cell('reason').toUpperCase();
    const before = errors.length;
    if (!pupilRef) fail('pupil_ref', 'pupilMissing');
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    ) {
      fail('date', 'notADate', { value: date });
    }
    if (start && !TIME.test(start)) fail('start', 'notATime', { value: start });
    if (end && !TIME.test(end)) fail('end', 'notATime', { value: end });
    let minutes: number | null = minutesText === '' ? null : Number(minutesText);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440))
      fail('minutes', 'notMinutes', { value: minutesText, min: 1, max: 1440 });
    const span = start && end && TIME.test(start) && TIME.test(end) ? toMinutes(end) - toMinutes(start) : null;
    if (span !== null && span <= 0) fail('end', 'endNotAfterStart');
    else if (span !== null && minutes === null) minutes = span;
    else if (span !== null && minutes !== null && minutes !== span) {
      fail('minutes', 'minutesContradictTimes', { minutes, start: start!, end: end!, span });
    }
    if (minutes === null && !(start && end)) fail('minutes', 'noDuration');
    const lessonHour = lessonText === '' ? null : Number(lessonText);
    if (lessonHour !== null && (!Number.isInteger(lessonHour) || lessonHour < 1 || lessonHour > 15))
      fail('lesson_hour', 'notALessonHour', { value: lessonText, min: 1, max: 15 });
    if (!(authorisedText in BOOLEAN)) fail('authorised', 'notABoolean', { value: cell('authorised') });
    if (!REASONS.has(reason))
      fail('reason', 'unknownReason', { value: cell('reason'), reasons: [...REASONS].join(', ') });
    if (errors.length === before) {
      rows.push({
        line,
        pupilRef,
        date,
        start,
        end,
        minutes: minutes!,
        lessonHour,
        authorised: BOOLEAN[authorisedText],
        reason: reason as AbsenceReason,
      });
    }
  });
  return { rows, errors };
}

/**
 * A file that was not saved as UTF-8 cannot be read right: Windows-1252 (ANSI, as older Excel saves CSV)
 * arrives with unreadable characters, UTF-16 with a NUL after every letter. Said once, before any row
 * is misread as an unknown pupil or column.
 */
function encodingError(body: string): RowError | null {
  if (body.includes('\u0000')) {
    return rowError(0, null, 'utf16');
  }
  const lines = body.split(/\r\n|\r|\n/).flatMap((text, i) => (text.includes('\uFFFD') ? [i + 1] : []));
  if (lines.length === 0) return null;
  const shown = 5;
  return rowError(lines[0], null, 'notUtf8', {
    ...(lines.length > shown ? { context: 'more', more: lines.length - shown } : {}),
    lines: lines.slice(0, shown).join(', '),
  });
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** The part of the natural key that tells two registrations of one day apart. */
export function slotOf(row: Pick<AbsenceRow, 'lessonHour' | 'start'>): string {
  if (row.lessonHour !== null) return `L${row.lessonHour}`;
  return row.start ?? 'DAY';
}
