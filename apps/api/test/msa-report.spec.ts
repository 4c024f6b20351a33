import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { MSA_GROUPS, MSA_GROUP_LABEL_NL, dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { ADMIN, BAKEN_MENTOR, CONSULTANT, COORDINATOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

interface Cell {
  group: string;
  count: number | null;
  suppressed: boolean;
}
interface Row {
  schoolId: string;
  schoolName: string;
  population: number;
  cells: Cell[];
  total: Cell;
  share: number | null;
}
interface Table {
  rows: Row[];
  totals: Cell[];
  grandTotal: Cell;
  population: number;
}
interface Report {
  census: { id: string; date: string };
  summary: string[];
  trend: { date: string; total: Cell; changePercent: number | null }[];
  category: Table;
  typology: Table;
  outcome: Table;
  ownSchoolIds: string[];
  detail: { caseId: string; category: string | null; case: { id: string } }[];
}
const CELL = 'group count suppressed';
const TABLE = `rows { schoolId schoolName population cells { ${CELL} } total { ${CELL} } share } totals { ${CELL} } grandTotal { ${CELL} } population`;
const REPORT = `query($id: ID!) { msaReport(censusId: $id) { census { id date } summary trend { date total { ${CELL} } changePercent }
  category { ${TABLE} } typology { ${TABLE} } outcome { ${TABLE} } ownSchoolIds detail { caseId category case { id } } } }`;

/** The MSA report against counts written independently in SQL over the live cases, for two census dates. */
describe('the MSA report', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const report = async (email: string, id: string) =>
    ok(await as(email).query<{ msaReport: Report }>(REPORT, { id })).msaReport;
  let earlier: { id: string; date: string };
  let latest: { id: string; date: string };
  let frozen: { schools: number; pupils: number; cases: number | null; threshold: number };
  let baken: string;

  /** Pupils with a case open or monitoring on `date` (local), per school and group: written apart from the census code. */
  const independentCounts = async (date: string, column: 'category' | 'typology') => {
    const rows = await sql<{ school_id: string; grp: string; n: number }>(
      `SELECT c.school_id, COALESCE(c.${column}, 'NONE') AS grp, count(DISTINCT c.pupil_id)::int AS n
         FROM case_file c
        WHERE (c.created_at AT TIME ZONE 'Europe/Amsterdam')::date <= $1
          AND (c.closed_at IS NULL OR (c.closed_at AT TIME ZONE 'Europe/Amsterdam')::date > $1)
        GROUP BY 1, 2`,
      [date],
    );
    return (schoolId: string, group: string) => rows.find((r) => r.school_id === schoolId && r.grp === group)?.n ?? 0;
  };
  const population = async (schoolId: string) =>
    (
      await sql<{ n: number }>(`SELECT count(*)::int AS n FROM pupil WHERE school_id = $1 AND anonymised_at IS NULL`, [
        schoolId,
      ])
    )[0].n;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const dates = ok(
      await as(CONSULTANT).query<{ censusDates: { id: string; date: string }[] }>(`{ censusDates { id date } }`),
    ).censusDates;
    expect(dates).toHaveLength(3);
    earlier = dates[0];
    const taken = ok(
      await as(CONSULTANT).query<{ takeCensus: { id: string; date: string; frozen: typeof frozen } }>(
        `mutation($i: TakeCensusInput!) { takeCensus(input: $i) { id date frozen { schools pupils cases threshold } } }`,
        { i: { date: dutchDate(), exemptions5a: 7, absoluteAbsence: 3 } },
      ),
    ).takeCensus;
    latest = { id: taken.id, date: taken.date };
    frozen = taken.frozen;
  });

  it('is read by the SWV, leerplicht and school coordinators, taken only by the SWV, once per date', async () => {
    expect(failure(await as(BAKEN_MENTOR).query(REPORT, { id: latest.id })).code).toBe('FORBIDDEN');
    ok(await as(OFFICER).query(REPORT, { id: latest.id }));
    ok(await as(ADMIN).query(REPORT, { id: latest.id }));
    const take = (email: string, date: string) =>
      as(email).query(`mutation($i: TakeCensusInput!) { takeCensus(input: $i) { id } }`, { i: { date } });
    expect(failure(await take(COORDINATOR, dutchDate())).code).toBe('FORBIDDEN');
    expect(failure(await take(CONSULTANT, dutchDate())).code).toBe('CONFLICT');
    expect(failure(await take(CONSULTANT, '2099-01-01'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(failure(await take(CONSULTANT, '2026-02-30'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
  });

  it('tells the one who took the census exactly what it froze: the schools, their pupils and the cases counted', async () => {
    const [{ schools, pupils }] = await sql<{ schools: number; pupils: number }>(
      `SELECT count(*)::int AS schools, sum((SELECT count(*) FROM pupil p WHERE p.school_id = o.id AND p.anonymised_at IS NULL))::int AS pupils
         FROM organisation o WHERE o.kind = 'SCHOOL' AND o.region_id = (SELECT region_id FROM organisation WHERE id = $1)`,
      [baken],
    );
    const [{ cases }] = await sql<{ cases: number }>(
      `SELECT count(*)::int AS cases FROM census_case WHERE census_id = $1`,
      [latest.id],
    );
    expect(cases).toBeGreaterThanOrEqual(5);
    expect(frozen).toEqual({ schools, pupils, cases, threshold: 5 });
    const region = await report(CONSULTANT, latest.id);
    expect(frozen.pupils).toBe(region.category.population);
  });

  for (const which of ['earlier', 'latest'] as const) {
    it(`counts every school and group as the SQL does on the ${which} census date, suppressing small cells in the region's view`, async () => {
      const census = which === 'earlier' ? earlier : latest;
      const region = await report(CONSULTANT, census.id);
      const school = await report(COORDINATOR, census.id);
      expect(school.ownSchoolIds).toEqual([baken]);
      for (const dimension of ['category', 'typology'] as const) {
        const count = await independentCounts(census.date, dimension);
        const table = region[dimension];
        expect(table.totals.map((c) => c.group)).toEqual([...MSA_GROUPS[dimension]]);
        for (const row of table.rows) {
          expect(row.population).toBe(await population(row.schoolId));
          row.cells.forEach((cell) => {
            const expected = count(row.schoolId, cell.group);
            if (cell.suppressed) expect(cell.count).toBeNull();
            else {
              expect(cell.count, `${row.schoolName} ${cell.group}`).toBe(expected);
              expect(cell.count).toBeGreaterThanOrEqual(5);
            }
            if (expected < 5) expect(cell.suppressed).toBe(true);
          });
          // No stated sum hides exactly one member: nothing follows by subtraction.
          const hidden = row.cells.filter((c) => c.suppressed).length + (row.total.suppressed ? 1 : 0);
          expect(hidden === 0 || hidden >= 2, row.schoolName).toBe(true);
        }
        table.totals.forEach((total, c) => {
          const sum = table.rows.reduce((a, row) => a + count(row.schoolId, total.group), 0);
          if (!total.suppressed) expect(total.count).toBe(sum);
          const hidden = table.rows.filter((row) => row.cells[c].suppressed).length + (total.suppressed ? 1 : 0);
          expect(hidden === 0 || hidden >= 2, total.group).toBe(true);
        });
        // The school sees its own row in full, and it matches the SQL.
        const own = school[dimension].rows.find((r) => r.schoolId === baken)!;
        for (const cell of own.cells)
          expect(cell, `Baken ${cell.group}`).toMatchObject({ count: count(baken, cell.group), suppressed: false });
      }
      const [{ n: bakenCases }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM census_case WHERE census_id = $1 AND school_id = $2 AND phase = 'ACTIVE'`,
        [census.id, baken],
      );
      expect(school.detail).toHaveLength(bakenCases);
      expect(school.detail.every((d) => d.category !== undefined && d.case.id === d.caseId)).toBe(true);
      expect(region.detail).toEqual([]);
    });
  }

  it('gives the trend over all census dates with the change in percent and a plain summary', async () => {
    const region = await report(CONSULTANT, latest.id);
    expect(region.trend.map((p) => p.date)).toEqual([
      ...(await sql<{ d: string }>(`SELECT census_date::text AS d FROM census ORDER BY census_date`)).map((r) => r.d),
    ]);
    const [before, now] = region.trend.slice(-2);
    if (before.total.count && now.total.count !== null)
      expect(now.changePercent).toBeCloseTo(((now.total.count - before.total.count) / before.total.count) * 100, 1);
    expect(region.summary[0]).toMatch(/^Op \d+ \w+ \d{4} waren (\d+|minder dan 5) leerlingen niet of deels op school/);
  });

  it('never changes an old census report when cases change later', async () => {
    const before = await report(CONSULTANT, earlier.id);
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' AND category IS DISTINCT FROM 'UNAUTHORISED_HOME' LIMIT 1`,
      [baken],
    );
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM case_file WHERE id = $1`, [caseId]);
    ok(
      await as(COORDINATOR).query(
        `mutation($id: ID!, $i: UpdateCaseInput!) { updateCase(id: $id, input: $i) { id } }`,
        { id: caseId, i: { category: 'UNAUTHORISED_HOME', typology: 'SCHOOL_REFUSAL', expectedVersion: version } },
      ),
    );
    expect(await report(CONSULTANT, earlier.id)).toEqual(before);
    await expect(
      sql(`UPDATE census_case SET category = 'AT_RISK_HOME' WHERE census_id = $1`, [earlier.id]),
    ).rejects.toThrow(/frozen/);
    await expect(sql(`DELETE FROM census_school WHERE census_id = $1`, [earlier.id])).rejects.toThrow(/frozen/);
  });

  it('downloads as PDF, CSV and XLSX with the figures of the screen, for readers of the report only', async () => {
    const token = await t.login(CONSULTANT);
    const download = (format: string, bearer = token) =>
      fetch(`${t.url}/reports/msa/${latest.id}/${format}`, { headers: { authorization: `Bearer ${bearer}` } });
    const region = await report(CONSULTANT, latest.id);
    const visibleTotals = region.category.totals.filter((c) => !c.suppressed).map((c) => String(c.count));

    const pdf = await download('pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const parser = new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('MSA-rapportage thuiszitters');
    expect(text).toContain('Samenvatting');
    expect(text).toContain('Toelichting');
    for (const row of region.category.rows) expect(text).toContain(row.schoolName);
    const regionLine = text.split('\n').find((line) => line.startsWith('Regio'))!;
    expect(regionLine.split(/\s+/)).toEqual(
      expect.arrayContaining([...visibleTotals, String(region.category.population)]),
    );
    if (region.category.rows.some((r) => r.cells.some((c) => c.suppressed))) expect(text).toContain('<5');

    // Every census date under its bar reads day before month ("12-07-2026"), never month first ("07-12").
    for (const point of region.trend) {
      const [year, month, day] = point.date.split('-');
      expect(text).toContain(`${day}-${month}-${year}`);
    }
    expect(text).not.toMatch(/(^|\s)\d{2}-\d{2}(\s|$)/);
    // Headers wrap at their spaces only: every word of every column header stands whole in the text.
    const words = text.split(/\s+/);
    for (const header of [
      'Leerlingen',
      'Totaal',
      '% van leerlingen',
      ...Object.values(MSA_GROUPS)
        .flat()
        .map((g) => MSA_GROUP_LABEL_NL[g]),
    ])
      for (const word of header.split(' ')) expect(words, `header word "${word}"`).toContain(word);

    const csv = await (await download('csv')).text();
    expect(csv).toContain(
      `Regio;${region.category.population};${region.category.totals.map((c) => (c.suppressed ? '<5' : c.count)).join(';')}`,
    );

    // The trend's census dates in Dutch order too (12-07-2026), never ISO or month first.
    for (const point of region.trend) expect(csv).toContain(`\n${point.date.split('-').reverse().join('-')};`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('xlsx')).arrayBuffer());
    const sheet = workbook.getWorksheet('Categorie')!;
    const last = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(last.slice(1, 3)).toEqual(['Regio', region.category.population]);

    expect((await download('pdf', await t.login(BAKEN_MENTOR))).status).toBe(403);
    expect((await download('doc')).status).toBe(400);
  });
});
