import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { BAKEN_MENTOR, COORDINATOR, asUsers, failure, ok } from './support/graphql-helpers';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures/absences', name), 'utf8');
const IMPORT = `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported alreadyPresent rejected errors { line field message } } }`;

interface ImportResult {
  importAbsences: {
    imported: number;
    alreadyPresent: number;
    rejected: boolean;
    errors: { line: number; field: string | null; message: string }[];
  };
}

describe('absence import (canonical CSV) over HTTP', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const count = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM absence_record`))[0].n;
  let baken: string;
  const run = (csv: string, keepGoodRows = false, email = COORDINATOR) =>
    as(email).query<ImportResult>(IMPORT, { input: { schoolId: baken, csv, keepGoodRows } });

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
  });

  it.each([
    ['ok/canonical-comma.csv', 3],
    ['ok/semicolon-ja-nee-reordered.csv', 2],
  ])('imports %s (%i registrations), and a second time changes nothing', async (file, rows) => {
    const before = await count();
    expect(ok(await run(fixture(file))).importAbsences).toEqual({
      imported: rows,
      alreadyPresent: 0,
      rejected: false,
      errors: [],
    });
    expect(await count()).toBe(before + rows);
    expect(ok(await run(fixture(file))).importAbsences).toEqual({
      imported: 0,
      alreadyPresent: rows,
      rejected: false,
      errors: [],
    });
    expect(await count()).toBe(before + rows);
  });

  it('refuses unauthorised absence on a day still to come, and a day before the pupil was born, changing nothing', async () => {
    const [pupil] = await sql<{ pupil_number: string; date_of_birth: string }>(
      `SELECT pupil_number, date_of_birth::text FROM pupil WHERE school_id = $1 ORDER BY pupil_number LIMIT 1`,
      [baken],
    );
    const tomorrow = addDays(dutchDate(), 1);
    const beforeBirth = addDays(pupil.date_of_birth, -1);
    const before = await count();
    const csv = [
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
      `${pupil.pupil_number},${tomorrow},,,50,1,false,TRUANCY`,
      `${pupil.pupil_number},${beforeBirth},,,50,1,true,SICK`,
      `${pupil.pupil_number},${tomorrow},,,50,2,true,MEDICAL`,
    ].join('\n');
    const result = ok(await run(csv)).importAbsences;
    expect(result.rejected).toBe(true);
    expect(result.errors).toEqual([
      {
        line: 2,
        field: 'date',
        message: `${tomorrow} ligt in de toekomst: ongeoorloofd verzuim wordt geregistreerd op of na de dag zelf`,
      },
      {
        line: 3,
        field: 'date',
        message: `${beforeBirth} ligt vóór de geboortedatum van leerling "${pupil.pupil_number}": controleer de datum`,
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('reads minutes from start and end, ja/nee and a byte-order mark', async () => {
    const [row] = await sql<{ minutes: number; authorised: boolean }>(
      `SELECT a.minutes, a.authorised FROM absence_record a JOIN pupil p ON p.id = a.pupil_id WHERE p.pupil_number = 'BA1003' AND a.reason = 'MEDICAL'`,
    );
    expect(row).toEqual({ minutes: 90, authorised: true });
  });

  it.each([
    [
      'bad/wrong-header.csv',
      [{ line: 1, field: null, message: /kopregel klopt niet.*ontbrekende kolommen: pupil_ref/ }],
    ],
    [
      'bad/bad-date.csv',
      [
        { line: 2, field: 'date', message: /2026-02-30/ },
        { line: 3, field: 'date', message: /12-11-2026/ },
      ],
    ],
    ['bad/unknown-pupil.csv', [{ line: 3, field: 'pupil_ref', message: /onbekende leerling "XX9999"/ }]],
    ['bad/duplicate-rows.csv', [{ line: 3, field: null, message: /dubbele regel.*regel 2/ }]],
    [
      'bad/bad-values.csv',
      [
        { line: 2, field: 'authorised', message: /misschien/ },
        { line: 3, field: 'minutes', message: /abc/ },
        { line: 3, field: 'reason', message: /SPIJBELEN/ },
        { line: 4, field: 'end', message: /eindtijd/ },
      ],
    ],
  ])('refuses %s with each bad row named, and writes nothing', async (file, expected) => {
    const before = await count();
    const result = ok(await run(fixture(file))).importAbsences;
    expect(result).toMatchObject({ imported: 0, rejected: true });
    expect(result.errors.map((e) => ({ line: e.line, field: e.field }))).toEqual(
      expected.map(({ line, field }) => ({ line, field })),
    );
    result.errors.forEach((e, i) => expect(e.message).toMatch(expected[i].message));
    expect(await count()).toBe(before);
  });

  it('keeps the good rows when asked, still naming the bad ones', async () => {
    const result = ok(await run(fixture('bad/unknown-pupil.csv'), true)).importAbsences;
    expect(result).toMatchObject({ imported: 1, rejected: false, errors: [{ line: 3, field: 'pupil_ref' }] });
  });

  it('refuses a 50 MB file with a clear error, and changes nothing', async () => {
    const before = await count();
    const line = 'BA1001,2026-11-09,,,50,1,false,TRUANCY\n';
    const huge = `pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.login(COORDINATOR)}` },
      body: JSON.stringify({
        query: IMPORT,
        variables: { input: { schoolId: baken, csv: huge, keepGoodRows: false } },
      }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; field: string } }[];
    };
    expect(body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'request.tooLarge',
      params: { maxBody: '10 MB', rows: 100_000 },
      field: 'csv',
    });
    expect(body.errors[0].message).toMatch(/te groot.*10 MB/);
    expect(await count()).toBe(before);
  });

  it('lets only the school coordinators import', async () => {
    expect(failure(await run(fixture('ok/canonical-comma.csv'), false, BAKEN_MENTOR)).code).toBe('FORBIDDEN');
    expect(failure(await run(fixture('ok/canonical-comma.csv'), false, 'verzuim@duinzicht.demo.test')).code).toBe(
      'NOT_FOUND',
    );
  });

  it.each([
    ['ok/magister.csv', 'MAGISTER', 2],
    ['ok/somtoday.csv', 'SOMTODAY', 1],
  ])('maps %s (%s) onto the canonical format', async (file, mapping, rows) => {
    const result = ok(
      await as(COORDINATOR).query<ImportResult>(IMPORT, {
        input: { schoolId: baken, csv: fixture(file), keepGoodRows: false, mapping },
      }),
    ).importAbsences;
    expect(result).toEqual({ imported: rows, alreadyPresent: 0, rejected: false, errors: [] });
  });

  it('names a value it cannot map, with its line', async () => {
    const result = ok(
      await as(COORDINATOR).query<ImportResult>(IMPORT, {
        input: { schoolId: baken, csv: fixture('bad/esis-bad-value.csv'), keepGoodRows: false, mapping: 'ESIS' },
      }),
    ).importAbsences;
    expect(result).toMatchObject({ rejected: true, errors: [{ line: 2, field: 'authorised' }] });
    expect(result.errors[0].message).toMatch(/soms/);
  });

  it('says a canonical file read with the Magister mapping does not fit, naming the columns found and missing and the right layout', async () => {
    const before = await count();
    const result = ok(
      await as(COORDINATOR).query<{
        importAbsences: {
          rejected: boolean;
          imported: number;
          errors: {
            line: number;
            field: string | null;
            message: string;
            reason: string;
            params: { name: string; value: string }[];
          }[];
        };
      }>(
        `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { rejected imported errors { line field message reason params { name value } } } }`,
        { input: { schoolId: baken, csv: fixture('ok/canonical-comma.csv'), keepGoodRows: true, mapping: 'MAGISTER' } },
      ),
    ).importAbsences;
    expect(result).toMatchObject({ rejected: true, imported: 0 });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({ line: 1, field: null, reason: 'attendance.row.mappingHeader' });
    expect(Object.fromEntries(error.params.map((p) => [p.name, p.value]))).toMatchObject({
      context: 'suggest',
      mapping: 'MAGISTER',
      suggested: 'CANONICAL',
    });
    expect(error.message).toBe(
      'De kopregel past niet bij de indeling Magister. Gevonden kolommen: pupil_ref, date, start, end, minutes, lesson_hour, authorised, reason. ' +
        'Ontbrekend voor Magister: stamnr / stamnummer, datum, geoorloofd, absentiecode / reden. ' +
        'Deze kopregel past bij Aanwezig-formaat: kies die indeling en lees het bestand opnieuw in. Er is niets ingelezen.',
    );
    expect(error.message).not.toMatch(/ontbreekt_in|onbekende kolommen/);
    expect(await count()).toBe(before);
    // Read as Magister's own export, the Magister file is suggested the other way round.
    const other = ok(
      await as(COORDINATOR).query<ImportResult>(IMPORT, {
        input: { schoolId: baken, csv: fixture('ok/magister.csv'), keepGoodRows: false, mapping: 'CANONICAL' },
      }),
    ).importAbsences;
    expect(other.errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('Deze kopregel past bij Magister') }),
    ]);
  });

  it('tells the import page what each mapping expects', async () => {
    const { absenceImportFormats } = ok(
      await as(COORDINATOR).query<{
        absenceImportFormats: { mapping: string; columns: { column: string; names: string[]; required: boolean }[] }[];
      }>(`{ absenceImportFormats { mapping columns { column names required } } }`),
    );
    expect(absenceImportFormats.map((f) => f.mapping)).toEqual([
      'CANONICAL',
      'MAGISTER',
      'SOMTODAY',
      'PARNASSYS',
      'ESIS',
    ]);
    expect(absenceImportFormats[0].columns.map((c) => c.column).join(',')).toBe(
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
    );
    expect(failure(await as(BAKEN_MENTOR).query(`{ absenceImportFormats { mapping } }`)).code).toBe('FORBIDDEN');
  });

  it('maps Magister reasons and Dutch dates', async () => {
    const rows = await sql<{ date: string; reason: string; authorised: boolean }>(
      `SELECT a.date::text AS date, a.reason, a.authorised FROM absence_record a JOIN pupil p ON p.id = a.pupil_id WHERE p.pupil_number = 'BA1008' ORDER BY a.date`,
    );
    expect(rows).toEqual([
      { date: '2026-11-16', reason: 'TRUANCY', authorised: false },
      { date: '2026-11-17', reason: 'SICK', authorised: true },
    ]);
  });
});

/** A school year's export of 100,000 rows imports in one request, and the importer can watch it go. */
describe('a 100,000-row import with progress', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];

  it('imports every row in one go and reports its progress while it runs', async () => {
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const pupils = (
      await sql<{ pupil_number: string }>(`SELECT pupil_number FROM pupil WHERE school_id = $1 ORDER BY pupil_number`, [
        baken,
      ])
    ).map((p) => p.pupil_number);
    const lines = ['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason'];
    const start = Date.UTC(2025, 0, 1);
    for (let day = 0; lines.length <= 100_000; day++) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      for (const pupil of pupils)
        for (let hour = 1; hour <= 8 && lines.length <= 100_000; hour++)
          lines.push(`${pupil},${date},,,50,${hour},true,SICK`);
    }
    const importId = 'jaarexport-2025';
    const progress = `query($id: String!) { absenceImportProgress(importId: $id) { phase processed total } }`;
    expect(
      ok(await as(COORDINATOR).query<{ absenceImportProgress: null }>(progress, { id: importId }))
        .absenceImportProgress,
    ).toBeNull();

    const running = as(COORDINATOR).query<ImportResult>(
      `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported rejected errors { line message } } }`,
      {
        input: { schoolId: baken, csv: lines.join('\n'), importId },
      },
    );
    const seen: { phase: string; processed: number; total: number }[] = [];
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      const now = ok(
        await as(COORDINATOR).query<{
          absenceImportProgress: { phase: string; processed: number; total: number } | null;
        }>(progress, { id: importId }),
      ).absenceImportProgress;
      if (now) seen.push(now);
      await new Promise((r) => setTimeout(r, 50));
    }
    const result = ok(await running).importAbsences;
    expect(result).toMatchObject({ imported: 100_000, rejected: false, errors: [] });
    // Part-way figures were visible before the end, and they only grew.
    expect(seen.some((p) => p.phase === 'SAVING' && p.processed > 0 && p.processed < 100_000)).toBe(true);
    expect(seen.map((p) => p.processed)).toEqual([...seen.map((p) => p.processed)].sort((a, b) => a - b));
    expect(
      ok(
        await as(COORDINATOR).query<{ absenceImportProgress: { phase: string; processed: number } }>(progress, {
          id: importId,
        }),
      ).absenceImportProgress,
    ).toMatchObject({ phase: 'DONE', processed: 100_000 });
    // Only the importer sees it.
    expect(
      ok(await as('verzuim@duinzicht.demo.test').query<{ absenceImportProgress: null }>(progress, { id: importId }))
        .absenceImportProgress,
    ).toBeNull();
    expect(
      failure(
        await as(COORDINATOR).query(
          `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported } }`,
          { input: { schoolId: baken, csv: lines.slice(0, 2).join('\n'), importId: 'x'.repeat(101) } },
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'importId' });
  }, 120_000);
});
