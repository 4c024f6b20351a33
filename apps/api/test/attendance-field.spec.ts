import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, OFFICER, asUsers, ok } from './support/graphql-helpers';

interface AttendanceView {
  case: {
    attendance: {
      unauthorisedHours: number | null;
      sickReports: number | null;
      percentage: number | null;
      daysMissed: number | null;
      shielded: { field: string; reason: string }[];
    };
  };
}
/** Today as the app counts it (Amsterdam): just after midnight it differs from the UTC date. */
const today = () => dutchDate();

/**
 * The privacy issue's leerplicht scenario on real absence data: unauthorised hours are visible (legal
 * task), sick-leave details only while a consent names the municipality, and every read is logged.
 */
describe('case attendance under the matrix', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;

  beforeAll(async () => {
    const [baken] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    [{ id: pupilId }] = await sql<{ id: string }>(`SELECT id FROM pupil WHERE pupil_number = 'BA1001'`);
    [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE pupil_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [pupilId],
    );
    await sql(
      `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, $2, created_by FROM case_file WHERE id = $1 ON CONFLICT DO NOTHING`,
      [caseId, municipality],
    );
    await sql(`UPDATE pupil SET date_of_birth = CURRENT_DATE - interval '17 years 40 days' WHERE id = $1`, [pupilId]);
    // The school's own calendar (it overrides the region's) around today, so the test holds on any date.
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays)
       SELECT region_id, id, 'test', CURRENT_DATE - 60, CURRENT_DATE + 30, '[]' FROM organisation WHERE id = $1`,
      [baken.id],
    );
    // Two unauthorised lesson hours and a sick day on the last two weekdays before today.
    const days = await sql<{ d: string }>(
      `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE - 7, CURRENT_DATE - 1, interval '1 day') d
        WHERE extract(isodow FROM d) < 6 ORDER BY d DESC LIMIT 2`,
    );
    const csv = [
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
      `BA1001,${days[1].d},,,50,1,false,TRUANCY`,
      `BA1001,${days[1].d},,,50,2,false,TRUANCY`,
      `BA1001,${days[0].d},,,400,,true,SICK`,
    ].join('\n');
    const imported = ok(
      await as(COORDINATOR).query<{ importAbsences: { imported: number } }>(
        `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported } }`,
        { input: { schoolId: baken.id, csv, keepGoodRows: false } },
      ),
    );
    expect(imported.importAbsences.imported).toBe(3);
  });

  const view = async (email: string) =>
    ok(
      await as(email).query<AttendanceView>(
        `query($id: ID!) { case(id: $id) { attendance { unauthorisedHours sickReports percentage daysMissed shielded { field reason } } } }`,
        { id: caseId },
      ),
    ).case.attendance;

  it('shows the school everything, counted in lesson hours and days missed', async () => {
    const school = await view(COORDINATOR);
    expect(school).toMatchObject({ unauthorisedHours: 2, sickReports: 1, shielded: [] });
    expect(school.daysMissed).toBeGreaterThanOrEqual(1);
    expect(school.percentage).toBeLessThan(100);
  });

  it('shows leerplicht the unauthorised hours, and sick reports only while a consent names the municipality', async () => {
    const before = await view(OFFICER);
    expect(before.unauthorisedHours).toBe(2);
    expect(before.sickReports).toBeNull();
    expect(before.shielded).toContainEqual({ field: 'sickReports', reason: 'NO_CONSENT' });

    const [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    const consent = ok(
      await as(CARE_COORDINATOR).query<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds: [],
            method: 'PAPER',
            categories: ['SICK_LEAVE'],
            organisationIds: [municipality],
            purpose: 'Verzuimaanpak',
            validFrom: today(),
          },
        },
      ),
    ).recordConsent;
    expect((await view(OFFICER)).sickReports).toBe(1);

    ok(await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consent.id }));
    const after = await view(OFFICER);
    expect(after.sickReports).toBeNull();
    expect(after.shielded).toContainEqual({ field: 'sickReports', reason: 'NO_CONSENT' });

    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id WHERE e.pupil_id = $1 AND u.email = $2 AND e.action = 'READ'`,
      [pupilId, OFFICER],
    );
    expect(n).toBe(3);
  });
});
