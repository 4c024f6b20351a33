import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, DOCTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

interface Shielded {
  shielded: { field: string; reason: string }[];
}
/** Today as the app counts it (Amsterdam): just after midnight it differs from the UTC date. */
const today = () => dutchDate();

describe('jeugdarts advice and sick-leave details, under consent', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let baken: string;
  let municipality: string;
  let itemId: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    const [{ id: ggd }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'YOUTH_HEALTH'`);
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c WHERE c.school_id = $1 AND c.status = 'OPEN' ORDER BY c.created_at LIMIT 1`,
      [baken],
    );
    // Both partners involved; the pupil is 17, so the pupil alone consents.
    for (const org of [ggd, municipality]) {
      await sql(
        `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, $2, created_by FROM case_file WHERE id = $1 ON CONFLICT DO NOTHING`,
        [caseId, org],
      );
    }
    await sql(`UPDATE pupil SET date_of_birth = CURRENT_DATE - interval '17 years 40 days' WHERE id = $1`, [pupilId]);
    // A closed SAT meeting where both kinds of absence were minuted.
    [{ id: itemId }] = await sql<{ id: string }>(
      `INSERT INTO agenda_item (meeting_id, case_id, position)
       SELECT m.id, $1, 99 FROM meeting m WHERE m.organisation_id = $2 AND m.status = 'CLOSED' ORDER BY m.starts_at DESC LIMIT 1 RETURNING id`,
      [caseId, baken],
    );
    const [{ id: author }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR]);
    await sql(
      `INSERT INTO minutes_section (agenda_item_id, category, body, author_id, version) VALUES ($1, 'UNAUTHORISED_ABSENCE', '14 uur ongeoorloofd in 4 weken', $2, 1), ($1, 'SICK_LEAVE', 'Ziek gemeld: migraine, bij de huisarts', $2, 1)`,
      [itemId, author],
    );
  });

  const officerMinutes = async () => {
    const [{ meeting_id }] = await sql<{ meeting_id: string }>(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [
      itemId,
    ]);
    const [{ id: officer }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [OFFICER]);
    await sql(`INSERT INTO meeting_participant (meeting_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      meeting_id,
      officer,
    ]);
    const view = ok(
      await as(OFFICER).query<{
        meeting: { agenda: { id: string; minutes: ({ category: string; body: string | null } & Shielded)[] }[] };
      }>(`query($m: ID!) { meeting(id: $m) { agenda { id minutes { category body shielded { field reason } } } } }`, {
        m: meeting_id,
      }),
    );
    return view.meeting.agenda.find((i) => i.id === itemId)!.minutes;
  };
  // Recorded by the organisation that holds the data: the school for its own, the GGD for its advice.
  const consent = async (categories: string[], organisationIds: string[], recorder = CARE_COORDINATOR) =>
    ok(
      await as(recorder).query<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds: [],
            method: 'PAPER',
            categories,
            organisationIds,
            purpose: 'Afstemming',
            validFrom: today(),
          },
        },
      ),
    );

  it('shows leerplicht unauthorised absence but not sick-leave details until a consent names the municipality, and not after withdrawal; every read is logged', async () => {
    const before = await officerMinutes();
    expect(before.find((s) => s.category === 'UNAUTHORISED_ABSENCE')?.body).toBe('14 uur ongeoorloofd in 4 weken');
    expect(before.find((s) => s.category === 'SICK_LEAVE')).toMatchObject({
      body: null,
      shielded: [{ field: 'body', reason: 'NO_CONSENT' }],
    });

    const { recordConsent } = await consent(['SICK_LEAVE'], [municipality]);
    expect((await officerMinutes()).find((s) => s.category === 'SICK_LEAVE')?.body).toBe(
      'Ziek gemeld: migraine, bij de huisarts',
    );

    ok(
      await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, {
        id: recordConsent.id,
      }),
    );
    expect((await officerMinutes()).find((s) => s.category === 'SICK_LEAVE')).toMatchObject({
      body: null,
      shielded: [{ field: 'body', reason: 'NO_CONSENT' }],
    });

    const reads = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_trail e JOIN app_user u ON u.id = e.actor_user_id WHERE e.pupil_id = $1 AND u.email = $2 AND e.action = 'READ'`,
      [pupilId, OFFICER],
    );
    expect(reads[0].n).toBeGreaterThanOrEqual(3);
  });

  it('lets only an involved jeugdarts write advice; the school reads it only under consent, the private note never', async () => {
    expect(
      failure(
        await as(COORDINATOR).query(`mutation($c: ID!) { writeAdvice(caseId: $c, educationAdvice: "x") { id } }`, {
          c: caseId,
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      failure(
        await as(DOCTOR).query(`mutation($c: ID!) { writeAdvice(caseId: $c, educationAdvice: " ") { id } }`, {
          c: caseId,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'educationAdvice' });
    const written = ok(
      await as(DOCTOR).query<{ writeAdvice: { educationAdvice: string; privateNote: string } }>(
        `mutation($c: ID!) { writeAdvice(caseId: $c, educationAdvice: "Halve dagen, rustige plek in de klas", privateNote: "Eigen medische notitie") { educationAdvice privateNote } }`,
        { c: caseId },
      ),
    );
    expect(written.writeAdvice).toEqual({
      educationAdvice: 'Halve dagen, rustige plek in de klas',
      privateNote: 'Eigen medische notitie',
    });

    const school = async () =>
      ok(
        await as(COORDINATOR).query<{
          case: { advice: ({ educationAdvice: string | null; privateNote: string | null } & Shielded)[] };
        }>(`query($id: ID!) { case(id: $id) { advice { educationAdvice privateNote shielded { field reason } } } }`, {
          id: caseId,
        }),
      ).case.advice[0];
    expect(await school()).toMatchObject({
      educationAdvice: null,
      privateNote: null,
      shielded: [
        { field: 'educationAdvice', reason: 'NO_CONSENT' },
        { field: 'privateNote', reason: 'NOT_PERMITTED' },
      ],
    });
    await consent(['DOCTOR_ADVICE'], [baken], DOCTOR);
    expect(await school()).toMatchObject({
      educationAdvice: 'Halve dagen, rustige plek in de klas',
      privateNote: null,
      shielded: [{ field: 'privateNote', reason: 'NOT_PERMITTED' }],
    });
  });
});
