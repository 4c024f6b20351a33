import { describe, expect, it } from 'vitest';
import { buildMsaReport, type CensusFigures, type SchoolCensus } from './msa-report';

const school = (
  id: string,
  population: number,
  category: Record<string, number>,
  typology: Record<string, number>,
  outcome: Record<string, number> = {},
): SchoolCensus => ({
  schoolId: id,
  schoolName: `School ${id}`,
  population,
  counts: { category, typology, outcome },
});
const census = (id: string, date: string, schools: SchoolCensus[]): CensusFigures => ({
  censusId: id,
  date,
  schools,
  exemptions5a: 3,
  absoluteAbsence: 12,
});

describe('buildMsaReport', () => {
  const first = census('c1', '2026-10-01', [
    school('a', 1000, { AT_RISK_HOME: 10, UNAUTHORISED_HOME: 6 }, { SICK: 10, TRUANCY: 6 }),
    school('b', 800, { AT_RISK_HOME: 6 }, { SICK: 6 }),
  ]);
  const second = census('c2', '2026-12-01', [
    school('a', 1000, { AT_RISK_HOME: 16, UNAUTHORISED_HOME: 6 }, { SICK: 16, TRUANCY: 6 }, { BACK_TO_OWN_SCHOOL: 5 }),
    school('b', 800, { AT_RISK_HOME: 2 }, { SICK: 2 }),
  ]);

  it('counts per school and region, with shares, and suppresses small cells so they do not follow from totals', () => {
    const report = buildMsaReport(second, [first]);
    const { category } = report.tables;
    expect(category.grandTotal).toEqual({ group: 'TOTAL', count: 24, suppressed: false });
    expect(category.share).toBe(1.33);
    expect(category.rows[1].total).toMatchObject({ count: null, suppressed: true });
    // b's 2 is hidden; so are the other members of b's row and of the AT_RISK_HOME column that could give it away.
    expect(category.rows[1].cells.find((c) => c.group === 'AT_RISK_HOME')).toMatchObject({ suppressed: true });
    expect(
      category.totals.find((c) => c.group === 'AT_RISK_HOME')?.suppressed ||
        category.rows[0].cells.find((c) => c.group === 'AT_RISK_HOME')?.suppressed,
    ).toBe(true);
    expect(report.exemptions5a).toEqual({ group: 'EXEMPTION_5A', count: null, suppressed: true });
    expect(report.absoluteAbsence).toEqual({ group: 'ABSOLUTE_ABSENCE', count: 12, suppressed: false });
  });

  it("shows a school's own row in full, and nothing that would give another school's small cells away", () => {
    const report = buildMsaReport(second, [first], { knownSchoolIds: new Set(['b']) });
    expect(report.tables.category.rows[1].total).toMatchObject({ count: 2, suppressed: false });
  });

  it('gives the trend with the change in percent and a plain summary of the biggest movements', () => {
    const report = buildMsaReport(second, [first]);
    expect(report.trend.map((t) => [t.date, t.total.count, t.changePercent])).toEqual([
      ['2026-10-01', 22, null],
      ['2026-12-01', 24, 9.1],
    ]);
    expect(report.summary[0]).toBe(
      'Op 1 december 2026 waren 24 leerlingen niet of deels op school: 1,33% van 1.800 leerlingen.',
    );
    expect(report.summary[1]).toBe('Dat is 9,1% meer dan op 1 oktober 2026 (22).');
    expect(report.summary.join(' ')).toMatch(/Grootste stijging: /);
  });
});
