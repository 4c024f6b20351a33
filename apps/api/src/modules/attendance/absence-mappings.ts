import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AbsenceReason } from '@aanwezig/domain';
import { CANONICAL_COLUMNS, rowError, type RowError } from './absence-csv';

type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

/**
 * How a registration system's export maps onto the canonical CSV: which header names feed which
 * column, and how dates, authorised and reasons are written there. The column names below are the
 * ones we expect from each system's standard absence export; when a school's export differs, add its
 * names here (every mapping is covered by a fixture in apps/api/test/fixtures/absences/).
 */
export interface ColumnMapping {
  label: string;
  columns: Record<CanonicalColumn, readonly string[]>;
  dateFormat: 'ISO' | 'DMY';
  authorised: Record<string, 'true' | 'false'>;
  reasons: Record<string, AbsenceReason>;
}

const DUTCH_AUTHORISED = {
  geoorloofd: 'true',
  ongeoorloofd: 'false',
  ja: 'true',
  nee: 'false',
  true: 'true',
  false: 'false',
} as const;
const DUTCH_REASONS: Record<string, AbsenceReason> = {
  ziek: 'SICK',
  ziekte: 'SICK',
  'ziek gemeld': 'SICK',
  medisch: 'MEDICAL',
  'medische afspraak': 'MEDICAL',
  huisarts: 'MEDICAL',
  tandarts: 'MEDICAL',
  'te laat': 'LATE',
  telaat: 'LATE',
  spijbelen: 'TRUANCY',
  'ongeoorloofd afwezig': 'TRUANCY',
  luxeverzuim: 'LUXURY_LEAVE',
  'luxe verzuim': 'LUXURY_LEAVE',
  schorsing: 'SUSPENSION',
  geschorst: 'SUSPENSION',
  vrijstelling: 'EXEMPT',
  vrijgesteld: 'EXEMPT',
  overig: 'OTHER',
  anders: 'OTHER',
};

const dutch = (label: string, columns: ColumnMapping['columns']): ColumnMapping => ({
  label,
  columns,
  dateFormat: 'DMY',
  authorised: DUTCH_AUTHORISED,
  reasons: DUTCH_REASONS,
});

export const ABSENCE_MAPPINGS = {
  CANONICAL: {
    label: 'Aanwezig (standaard)',
    columns: Object.fromEntries(CANONICAL_COLUMNS.map((c) => [c, [c]])) as Record<CanonicalColumn, string[]>,
    dateFormat: 'ISO',
    authorised: {},
    reasons: {},
  },
  MAGISTER: dutch('Magister', {
    pupil_ref: ['stamnr', 'stamnummer'],
    date: ['datum'],
    start: ['begintijd'],
    end: ['eindtijd'],
    minutes: ['minuten'],
    lesson_hour: ['lesuur', 'uur'],
    authorised: ['geoorloofd'],
    reason: ['absentiecode', 'reden'],
  }),
  SOMTODAY: dutch('Somtoday', {
    pupil_ref: ['leerlingnummer'],
    date: ['datum'],
    start: ['starttijd'],
    end: ['eindtijd'],
    minutes: ['duur (min)', 'minuten'],
    lesson_hour: ['lesuur'],
    authorised: ['geoorloofd'],
    reason: ['absentiereden', 'reden'],
  }),
  PARNASSYS: dutch('ParnasSys', {
    pupil_ref: ['leerlingnummer', 'bsn-vervangend nummer'],
    date: ['datum'],
    start: ['van'],
    end: ['tot'],
    minutes: ['minuten'],
    lesson_hour: ['dagdeel'],
    authorised: ['geoorloofd'],
    reason: ['verzuimsoort', 'reden'],
  }),
  ESIS: dutch('ESIS', {
    pupil_ref: ['leerlingnr', 'leerlingnummer'],
    date: ['datum'],
    start: ['begin'],
    end: ['einde'],
    minutes: ['minuten'],
    lesson_hour: ['lesuur'],
    authorised: ['geoorloofd'],
    reason: ['reden'],
  }),
} satisfies Record<string, ColumnMapping>;

export type AbsenceMappingName = keyof typeof ABSENCE_MAPPINGS;

/** The canonical columns every file must have; the duration columns may be missing from an export. */
const OPTIONAL_IN_EXPORT: readonly CanonicalColumn[] = ['start', 'end', 'minutes', 'lesson_hour'];
const MAPPING_NAMES = Object.keys(ABSENCE_MAPPINGS) as AbsenceMappingName[];

function delimiterOf(firstLine: string): ';' | ',' {
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** The header row of a file, lower case and trimmed ([] when there is none). */
function headerOf(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) return [];
  try {
    const [record] = parse(firstLine, { delimiter: delimiterOf(firstLine), trim: true, relax_column_count: true });
    return (record as string[] | undefined)?.map((h) => h.toLowerCase()) ?? [];
  } catch {
    return [];
  }
}

/** The columns a mapping needs that this header lacks (canonical: every column; an export: all but the duration's). */
function missingColumns(header: readonly string[], name: AbsenceMappingName): CanonicalColumn[] {
  const mapping: ColumnMapping = ABSENCE_MAPPINGS[name];
  return CANONICAL_COLUMNS.filter(
    (c) =>
      !(name !== 'CANONICAL' && OPTIONAL_IN_EXPORT.includes(c)) && !mapping.columns[c].some((n) => header.includes(n)),
  );
}

/**
 * A header that does not fit the chosen mapping, said once for the file (line 1): the columns found,
 * the ones this mapping misses (by the names it expects), and the mapping the header does fit, if one
 * does (a canonical file read as Magister, say). Null when the header fits, or is not there to judge
 * (the canonical reader names an empty or unreadable file, and a canonical header that fits no mapping).
 */
export function headerMismatch(text: string, name: AbsenceMappingName): RowError | null {
  const header = headerOf(text);
  if (header.length === 0) return null;
  const missing = missingColumns(header, name);
  if (missing.length === 0) return null;
  const fits = MAPPING_NAMES.find((other) => other !== name && missingColumns(header, other).length === 0);
  // The canonical reader names missing and unknown columns itself; said here only when another mapping fits.
  if (name === 'CANONICAL' && !fits) return null;
  const mapping: ColumnMapping = ABSENCE_MAPPINGS[name];
  return rowError(1, null, 'mappingHeader', {
    ...(fits ? { context: 'suggest', suggested: fits } : {}),
    mapping: name,
    found: header.join(', '),
    missing: missing.map((c) => mapping.columns[c].join(' / ')).join(', '),
  });
}

/** What a mapping expects, for the import page: per canonical column the header names it reads. */
export interface MappingFormat {
  mapping: AbsenceMappingName;
  label: string;
  dateFormat: ColumnMapping['dateFormat'];
  columns: { column: CanonicalColumn; names: readonly string[]; required: boolean }[];
  authorisedValues: string[];
  reasonValues: { value: string; reason: AbsenceReason }[];
}

export function mappingFormats(): MappingFormat[] {
  return MAPPING_NAMES.map((name) => {
    const mapping: ColumnMapping = ABSENCE_MAPPINGS[name];
    return {
      mapping: name,
      label: mapping.label,
      dateFormat: mapping.dateFormat,
      columns: CANONICAL_COLUMNS.map((column) => ({
        column,
        names: mapping.columns[column],
        required: name === 'CANONICAL' || !OPTIONAL_IN_EXPORT.includes(column),
      })),
      authorisedValues: name === 'CANONICAL' ? ['true', 'false', 'ja', 'nee'] : Object.keys(mapping.authorised),
      reasonValues:
        name === 'CANONICAL'
          ? Object.values(AbsenceReason).map((reason) => ({ value: reason, reason }))
          : Object.entries(mapping.reasons).map(([value, reason]) => ({ value, reason })),
    };
  });
}

/**
 * Rewrites an export into the canonical CSV, line for line (so errors keep their line numbers).
 * Values it does not recognise are passed on unchanged, for the canonical reader to name. Call
 * `headerMismatch` first: a header this mapping cannot read is said as such, not as canonical columns.
 */
export function toCanonicalCsv(text: string, name: AbsenceMappingName): string {
  if (name === 'CANONICAL') return text;
  const mapping: ColumnMapping = ABSENCE_MAPPINGS[name];
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split('\n', 1)[0];
  const delimiter = delimiterOf(firstLine);
  let records: string[][];
  try {
    records = parse(body, { delimiter, trim: true, relax_column_count: true, skip_empty_lines: false });
  } catch {
    return text; // the canonical reader reports the unreadable file
  }
  if (records.length === 0) return text;
  const header = records[0].map((h) => h.toLowerCase());
  const source = Object.fromEntries(
    CANONICAL_COLUMNS.map((c) => [c, header.findIndex((h) => mapping.columns[c].includes(h))]),
  ) as Record<CanonicalColumn, number>;
  const lookup = (map: Record<string, string>, value: string) => map[value.toLowerCase()] ?? value;
  const rows = records.slice(1).map((record) =>
    CANONICAL_COLUMNS.map((column) => {
      const value = source[column] === -1 ? '' : (record[source[column]] ?? '');
      if (column === 'date' && mapping.dateFormat === 'DMY')
        return value.replace(
          /^(\d{1,2})-(\d{1,2})-(\d{4})$/,
          (_m, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
        );
      if (column === 'authorised') return lookup(mapping.authorised, value);
      if (column === 'reason') return lookup(mapping.reasons, value);
      return value;
    }),
  );
  return stringify([[...CANONICAL_COLUMNS], ...rows]);
}
