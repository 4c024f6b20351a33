import { formatDutchDate } from '../attendance/dates';
import { CaseCategory, CaseOutcome, Typology } from '../case';
import { suppress } from './suppression';

/** Small counts in regional views are hidden below this (MSA practice: fewer than 5 pupils). */
export const MSA_SUPPRESSION_THRESHOLD = 5;

export type MsaDimension = 'category' | 'typology' | 'outcome';

/** The groups of each table, in report order; NONE counts cases not yet classified, so rows add up. */
export const MSA_GROUPS: Record<MsaDimension, readonly string[]> = {
  category: [CaseCategory.UNAUTHORISED_HOME, CaseCategory.AT_RISK_HOME, CaseCategory.AUTHORISED_EXEMPT, 'NONE'],
  typology: [
    Typology.SCHOOL_REFUSAL,
    Typology.SICK,
    Typology.EXCLUSION,
    Typology.WITHHOLDING,
    Typology.TRUANCY,
    'NONE',
  ],
  outcome: [
    CaseOutcome.BACK_TO_OWN_SCHOOL,
    CaseOutcome.TO_SPECIAL_EDUCATION,
    CaseOutcome.TO_VAVO,
    CaseOutcome.EXEMPTION,
    CaseOutcome.OTHER,
  ],
};

export const MSA_GROUP_LABEL_NL: Record<string, string> = {
  UNAUTHORISED_HOME: 'ongeoorloofd verzuim / thuiszitter',
  AT_RISK_HOME: 'dreigend thuiszitter',
  AUTHORISED_EXEMPT: 'geoorloofd verzuim (vrijstelling)',
  SCHOOL_REFUSAL: 'schoolweigering',
  SICK: 'ziek',
  EXCLUSION: 'schooluitsluiting',
  WITHHOLDING: 'schoolonthouding',
  TRUANCY: 'spijbelen',
  BACK_TO_OWN_SCHOOL: 'terug naar eigen school',
  TO_SPECIAL_EDUCATION: 'naar (V)SO',
  TO_VAVO: 'naar vavo',
  EXEMPTION: 'vrijstelling',
  OTHER: 'anders',
  NONE: 'nog niet ingedeeld',
};

/** One school's snapshot at a census date: its population and its pupils in cases per group. */
export interface SchoolCensus {
  schoolId: string;
  schoolName: string;
  population: number;
  /** dimension → group → pupils (outcome: cases closed since the previous census). */
  counts: Record<MsaDimension, Record<string, number>>;
}

export interface CensusFigures {
  censusId: string;
  date: string;
  schools: SchoolCensus[];
  /** Counted apart, reported by the municipality: exemptions from enrolment (art. 5 sub a) and absolute absence. */
  exemptions5a: number | null;
  absoluteAbsence: number | null;
}

export interface ReportCell {
  group: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface ReportRow {
  schoolId: string;
  schoolName: string;
  population: number;
  cells: ReportCell[];
  total: ReportCell;
  /** Pupils in the row's total as a percentage of the population; null when the total is suppressed. */
  share: number | null;
}

export interface ReportTable {
  dimension: MsaDimension;
  rows: ReportRow[];
  totals: ReportCell[];
  grandTotal: ReportCell;
  population: number;
  share: number | null;
}

export interface TrendPoint {
  censusId: string;
  date: string;
  total: ReportCell;
  share: number | null;
  /** Change of the total against the census before, in percent; null for the first or when suppressed. */
  changePercent: number | null;
  /** The region's pupils per category on that date (for the stacked bars), suppressed like the table. */
  byCategory: ReportCell[];
}

export interface MsaReport {
  censusId: string;
  date: string;
  threshold: number;
  tables: Record<MsaDimension, ReportTable>;
  trend: TrendPoint[];
  summary: string[];
  exemptions5a: ReportCell;
  absoluteAbsence: ReportCell;
}

export interface ReportOptions {
  threshold?: number;
  /** Schools the viewer sees in full: their own (a school's own pupils, as its matrix allows). */
  knownSchoolIds?: ReadonlySet<string>;
}

/** The report for `current`, with the trend over `earlier` census dates (any order). Pure: the test and the bench call it too. */
export function buildMsaReport(
  current: CensusFigures,
  earlier: readonly CensusFigures[],
  options: ReportOptions = {},
): MsaReport {
  const threshold = options.threshold ?? MSA_SUPPRESSION_THRESHOLD;
  const known = options.knownSchoolIds ?? new Set<string>();
  const tables = Object.fromEntries(
    (Object.keys(MSA_GROUPS) as MsaDimension[]).map((dimension) => [
      dimension,
      table(current, dimension, threshold, known),
    ]),
  ) as Record<MsaDimension, ReportTable>;
  const history = [...earlier.filter((c) => c.date < current.date), current].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const totals = history.map((census) =>
    census === current ? tables.category : table(census, 'category', threshold, new Set()),
  );
  const trend = history.map((census, i) => {
    const { grandTotal, share } = totals[i];
    const before = i > 0 ? totals[i - 1].grandTotal : null;
    const changePercent =
      before?.count && grandTotal.count !== null
        ? round(((grandTotal.count - before.count) / before.count) * 100)
        : null;
    return {
      censusId: census.censusId,
      date: census.date,
      total: grandTotal,
      share,
      changePercent,
      byCategory: totals[i].totals,
    };
  });
  const previous = history.length > 1 ? history[history.length - 2] : null;
  return {
    censusId: current.censusId,
    date: current.date,
    threshold,
    tables,
    trend,
    summary: summarise(
      tables,
      previous
        ? {
            date: previous.date,
            category: totals[totals.length - 2],
            typology: table(previous, 'typology', threshold, new Set()),
          }
        : null,
      trend[trend.length - 1],
    ),
    exemptions5a: single('EXEMPTION_5A', current.exemptions5a, threshold),
    absoluteAbsence: single('ABSOLUTE_ABSENCE', current.absoluteAbsence, threshold),
  };
}

function table(
  census: CensusFigures,
  dimension: MsaDimension,
  threshold: number,
  known: ReadonlySet<string>,
): ReportTable {
  const groups = MSA_GROUPS[dimension];
  const cells = census.schools.map((s) => groups.map((g) => s.counts[dimension][g] ?? 0));
  const knownRows = new Set(census.schools.flatMap((s, r) => (known.has(s.schoolId) ? [r] : [])));
  const hidden = suppress({ cells, threshold, knownRows });
  const cell = (group: string, count: number, isHidden: boolean): ReportCell => ({
    group,
    count: isHidden ? null : count,
    suppressed: isHidden,
  });
  const population = census.schools.reduce((a, s) => a + s.population, 0);
  const grand = cells.flat().reduce((a, b) => a + b, 0);
  return {
    dimension,
    rows: census.schools.map((s, r) => {
      const total = cells[r].reduce((a, b) => a + b, 0);
      return {
        schoolId: s.schoolId,
        schoolName: s.schoolName,
        population: s.population,
        cells: groups.map((g, c) => cell(g, cells[r][c], hidden.cells[r][c])),
        total: cell('TOTAL', total, hidden.rowTotals[r]),
        share: hidden.rowTotals[r] ? null : percentage(total, s.population),
      };
    }),
    totals: groups.map((g, c) =>
      cell(
        g,
        cells.reduce((a, row) => a + row[c], 0),
        hidden.columnTotals[c],
      ),
    ),
    grandTotal: cell('TOTAL', grand, hidden.grandTotal),
    population,
    share: hidden.grandTotal ? null : percentage(grand, population),
  };
}

function single(group: string, count: number | null, threshold: number): ReportCell {
  if (count === null) return { group, count: null, suppressed: false };
  return count < threshold ? { group, count: null, suppressed: true } : { group, count, suppressed: false };
}

function percentage(part: number, whole: number): number | null {
  return whole > 0 ? round((part / whole) * 100, 2) : null;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
export const formatMsaDate = (date: string) => formatDutchDate(date);
const shown = (cell: ReportCell) => (cell.count === null ? 'minder dan 5' : dutchNumber.format(cell.count));

/** A few plain sentences on the totals and the biggest movements since the census before (visible figures only). */
function summarise(
  now: Record<MsaDimension, ReportTable>,
  before: { date: string; category: ReportTable; typology: ReportTable } | null,
  latest: TrendPoint,
): string[] {
  const total = now.category.grandTotal;
  const sentences = [
    `Op ${formatMsaDate(latest.date)} waren ${shown(total)} leerlingen niet of deels op school${now.category.share !== null ? `: ${dutchNumber.format(now.category.share)}% van ${dutchNumber.format(now.category.population)} leerlingen` : ''}.`,
  ];
  if (!before) return [...sentences, 'Dit is de eerste peildatum; trends volgen vanaf de volgende.'];
  if (latest.changePercent !== null) {
    const direction = latest.changePercent > 0 ? 'meer' : latest.changePercent < 0 ? 'minder' : 'evenveel';
    sentences.push(
      `Dat is ${direction === 'evenveel' ? 'evenveel als' : `${dutchNumber.format(Math.abs(latest.changePercent))}% ${direction} dan`} op ${formatMsaDate(before.date)} (${shown(before.category.grandTotal)}).`,
    );
  }
  const moves = (['category', 'typology'] as const).flatMap((dimension) =>
    now[dimension].totals.flatMap((cell, i) => {
      const earlier = before[dimension].totals[i];
      if (cell.count === null || earlier.count === null || cell.group === 'NONE' || cell.count === earlier.count)
        return [];
      return [{ group: cell.group, from: earlier.count, to: cell.count, change: cell.count - earlier.count }];
    }),
  );
  const rise = moves.filter((m) => m.change > 0).sort((a, b) => b.change - a.change)[0];
  const fall = moves.filter((m) => m.change < 0).sort((a, b) => a.change - b.change)[0];
  const describe = (m: { group: string; from: number; to: number }) =>
    `${MSA_GROUP_LABEL_NL[m.group]}, van ${m.from} naar ${m.to}${m.from > 0 ? ` (${m.to > m.from ? '+' : '−'}${dutchNumber.format(round((Math.abs(m.to - m.from) / m.from) * 100))}%)` : ''}`;
  if (rise) sentences.push(`Grootste stijging: ${describe(rise)}.`);
  if (fall) sentences.push(`Grootste daling: ${describe(fall)}.`);
  if (!rise && !fall)
    sentences.push('Geen zichtbare verschuivingen per categorie of typologie (kleine aantallen zijn afgeschermd).');
  return sentences;
}
