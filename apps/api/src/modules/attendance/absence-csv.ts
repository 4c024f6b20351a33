import { parse } from 'csv-parse/sync';
import { AbsenceReason } from '@aanwezig/domain';

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

export interface RowError {
  /** 1-based line in the file (the header is line 1); 0 for the file as a whole. */
  line: number;
  field: string | null;
  message: string;
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
      errors: [{ line: 0, field: null, message: `Het bestand is geen leesbare CSV: ${(error as Error).message}` }],
    };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 0, field: null, message: 'Het bestand is leeg.' }] };
  const header = records[0].map((h) => h.toLowerCase());
  const missing = CANONICAL_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(CANONICAL_COLUMNS as readonly string[]).includes(h));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length ? `ontbrekende kolommen: ${missing.join(', ')}` : '',
      unknown.length ? `onbekende kolommen: ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    return {
      rows: [],
      errors: [
        {
          line: 1,
          field: null,
          message: `De kopregel klopt niet (${parts.join('; ')}). Verwacht: ${CANONICAL_COLUMNS.join(',')}`,
        },
      ],
    };
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
      errors.push({
        line,
        field: null,
        message: `de regel heeft ${record.length} ${record.length === 1 ? 'veld' : 'velden'}, de kopregel ${header.length}: controleer het scheidingsteken ("${delimiter}") en of elk veld er is (ook lege)`,
      });
      return;
    }
    const cell = (c: (typeof CANONICAL_COLUMNS)[number]) => (record[index[c]] ?? '').trim();
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    const pupilRef = cell('pupil_ref');
    const date = cell('date');
    const start = cell('start') || null;
    const end = cell('end') || null;
    const minutesText = cell('minutes');
    const lessonText = cell('lesson_hour');
    const authorisedText = cell('authorised').toLowerCase();
    const reason = cell('reason').toUpperCase();
    const before = errors.length;
    if (!pupilRef) fail('pupil_ref', 'leerlingnummer ontbreekt');
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
      Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    ) {
      fail('date', `"${date}" is geen datum in de vorm JJJJ-MM-DD`);
    }
    if (start && !TIME.test(start)) fail('start', `"${start}" is geen tijd in de vorm UU:MM`);
    if (end && !TIME.test(end)) fail('end', `"${end}" is geen tijd in de vorm UU:MM`);
    let minutes: number | null = minutesText === '' ? null : Number(minutesText);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440))
      fail('minutes', `"${minutesText}" is geen heel aantal minuten (1-1440)`);
    const span = start && end && TIME.test(start) && TIME.test(end) ? toMinutes(end) - toMinutes(start) : null;
    if (span !== null && span <= 0) fail('end', 'de eindtijd ligt niet na de begintijd');
    else if (span !== null && minutes === null) minutes = span;
    else if (span !== null && minutes !== null && minutes !== span) {
      fail(
        'minutes',
        `${minutes} minuten past niet bij ${start}-${end} (${span} minuten): geef één van beide, of laat ze kloppen`,
      );
    }
    if (minutes === null && !(start && end)) fail('minutes', 'geef minuten, of een begin- en eindtijd');
    const lessonHour = lessonText === '' ? null : Number(lessonText);
    if (lessonHour !== null && (!Number.isInteger(lessonHour) || lessonHour < 1 || lessonHour > 15))
      fail('lesson_hour', `"${lessonText}" is geen lesuur (1-15)`);
    if (!(authorisedText in BOOLEAN)) fail('authorised', `"${cell('authorised')}" moet true/false of ja/nee zijn`);
    if (!REASONS.has(reason)) fail('reason', `"${cell('reason')}" is geen bekende reden (${[...REASONS].join(', ')})`);
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
    return {
      line: 0,
      field: null,
      message:
        'Het bestand is opgeslagen als UTF-16 (Unicode), niet als UTF-8. Sla het op als "CSV UTF-8 (door komma\'s gescheiden)" en lees het opnieuw in.',
    };
  }
  const lines = body.split(/\r\n|\r|\n/).flatMap((text, i) => (text.includes('\uFFFD') ? [i + 1] : []));
  if (lines.length === 0) return null;
  const where = lines.length > 5 ? `${lines.slice(0, 5).join(', ')} en ${lines.length - 5} meer` : lines.join(', ');
  return {
    line: lines[0],
    field: null,
    message: `Regel ${where} bevat tekens die niet als UTF-8 te lezen zijn: het bestand is waarschijnlijk opgeslagen als Windows-1252 (ANSI). Sla het op als "CSV UTF-8" en lees het opnieuw in; er is niets ingelezen.`,
  };
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
