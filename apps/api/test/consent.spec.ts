import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, DOCTOR, DUINZICHT_MENTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

/** Today as the app counts it (Amsterdam): just after midnight it differs from the UTC date. */
const today = () => dutchDate();
const yearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate() - 10);
  return d.toISOString().slice(0, 10);
};

interface CaseView {
  case: {
    mentorNotes: string | null;
    shielded: { field: string; reason: string }[];
    consents: { id: string; active: boolean; guardians: { name: string }[] | null }[];
  };
}

/** Recording and withdrawing consent over HTTP, with the age rules and the effect on what leerplicht sees. */
describe('consent', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let mother: string;
  let father: string;
  let fatherName: string;
  let municipality: string;

  beforeAll(async () => {
    const [baken] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c WHERE c.school_id = $1 AND c.status = 'OPEN'
         AND EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = c.id AND ci.organisation_id = $2) ORDER BY c.created_at LIMIT 1`,
      [baken.id, municipality],
    );
    await sql(`UPDATE pupil SET date_of_birth = $2 WHERE id = $1`, [pupilId, yearsAgo(14)]);
    await sql(`UPDATE guardian SET has_parental_authority = true WHERE pupil_id = $1`, [pupilId]);
    await sql(`UPDATE case_file SET mentor_notes = 'Zorgen over thuis' WHERE id = $1`, [caseId]);
    const guardians = await sql<{ id: string; relation: string; name: string }>(
      `SELECT id, relation, name FROM guardian WHERE pupil_id = $1`,
      [pupilId],
    );
    mother = guardians.find((g) => g.relation === 'moeder')!.id;
    father = guardians.find((g) => g.relation === 'vader')!.id;
    fatherName = guardians.find((g) => g.relation === 'vader')!.name;
  });

  const input = (over: Record<string, unknown> = {}) => ({
    caseId,
    givenByPupil: true,
    guardianIds: [mother, father],
    method: 'IN_PERSON',
    categories: ['WORRY_AND_NOTES'],
    organisationIds: [municipality],
    purpose: 'Afstemming met leerplicht over de zorgen',
    validFrom: today(),
    validUntil: null,
    ...over,
  });
  const record = (email: string, over: Record<string, unknown> = {}) =>
    as(email).query<{ recordConsent: { id: string; active: boolean } }>(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id active } }`,
      { input: input(over) },
    );
  const officerView = async () =>
    ok(
      await as(OFFICER).query<CaseView>(
        `query($id: ID!) { case(id: $id) { mentorNotes shielded { field reason } consents { id active guardians { name } } } }`,
        { id: caseId },
      ),
    );

  it.each([
    // The refusal names the parent who is missing (the father).
    [{ guardianIds: 'mother only' }, 'guardianIds', 'the father'],
    [{ givenByPupil: false }, 'givenByPupil', /12 jaar/],
    [{ categories: [] }, 'categories', /gegevens/],
    [{ organisationIds: [] }, 'organisationIds', /organisaties/],
    [{ validFrom: '2026-13-01' }, 'validFrom', /datum/],
    [{ validUntil: '2000-01-01' }, 'validUntil', /vóór/],
    [{ purpose: '' }, 'purpose', /verplicht/],
  ])('refuses a consent for a 14-year-old with %o, naming %s', async (over, field, message) => {
    const given = over as Record<string, unknown>;
    const resolved = given.guardianIds === 'mother only' ? { ...given, guardianIds: [mother] } : given;
    const error = failure(await record(CARE_COORDINATOR, resolved));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message === 'the father') expect(error.message).toContain(`Ook ${fatherName} (met gezag)`);
    else expect(error.message).toMatch(message);
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM consent WHERE pupil_id = $1`, [pupilId]);
    expect(n).toBe(0);
  });

  it('lets only the school coordinators or an involved jeugdarts record it', async () => {
    expect(failure(await record(OFFICER)).code).toBe('FORBIDDEN');
    expect(failure(await record(DUINZICHT_MENTOR)).code).toBe('NOT_FOUND');
  });

  it("shows leerplicht the mentor's notes only while a consent names the municipality", async () => {
    const before = await officerView();
    expect(before.case.mentorNotes).toBeNull();
    expect(before.case.shielded).toContainEqual({ field: 'mentorNotes', reason: 'NO_CONSENT' });

    const consent = ok(await record(CARE_COORDINATOR)).recordConsent;
    expect(consent.active).toBe(true);
    const during = await officerView();
    expect(during.case.mentorNotes).toBe('Zorgen over thuis');
    expect(during.case.shielded.map((s) => s.field)).not.toContain('mentorNotes');
    expect(during.case.consents[0]).toMatchObject({ id: consent.id, active: true });

    ok(await as(DOCTOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consent.id }));
    const after = await officerView();
    expect(after.case.mentorNotes).toBeNull();
    expect(after.case.shielded).toContainEqual({ field: 'mentorNotes', reason: 'NO_CONSENT' });
    expect(after.case.consents[0]).toMatchObject({ id: consent.id, active: false });
    const [{ withdrawn_at }] = await sql<{ withdrawn_at: Date | null }>(
      `SELECT withdrawn_at FROM consent WHERE id = $1`,
      [consent.id],
    );
    expect(withdrawn_at).not.toBeNull();
    expect(
      failure(
        await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consent.id }),
      ).code,
    ).toBe('CONFLICT');
  });

  it("names the parents who gave it to those who may see the pupil's identity", async () => {
    const view = await officerView();
    expect(view.case.consents[0].guardians?.length).toBe(2);
  });

  // Outsider finding (issue 8): a recipient granted itself access. Only the organisation that holds the data records the consent.
  describe('recorded by the organisation that holds the data', () => {
    let ggd: string;
    let baken: string;
    const consents = async () =>
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM consent WHERE pupil_id = $1`, [pupilId]))[0].n;
    const doctorView = async () =>
      ok(
        await as(DOCTOR).query<{
          case: { homeSituation: string | null; shielded: { field: string; reason: string }[] };
        }>(`query($id: ID!) { case(id: $id) { homeSituation shielded { field reason } } }`, { id: caseId }),
      ).case;

    beforeAll(async () => {
      [{ id: ggd }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'YOUTH_HEALTH'`);
      [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
      await sql(
        `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, $2, created_by FROM case_file WHERE id = $1 ON CONFLICT DO NOTHING`,
        [caseId, ggd],
      );
      await sql(`UPDATE case_file SET home_situation = 'Moeder is opgenomen' WHERE id = $1`, [caseId]);
    });

    it('refuses the jeugdarts a consent naming its own GGD for the home situation, by phone with nobody to confirm; she still cannot read it', async () => {
      const before = await consents();
      const refused = failure(
        await record(DOCTOR, {
          method: 'PHONE',
          categories: ['HOME_SITUATION'],
          organisationIds: [ggd],
          purpose: 'Beter beeld van thuis',
        }),
      );
      expect(refused).toMatchObject({ code: 'FORBIDDEN', field: 'categories' });
      expect(refused.message).toMatch(/"Thuissituatie".*school.*alleen de organisatie die de gegevens heeft/);
      // Not even for its own advice: the GGD holds that already.
      const own = failure(
        await record(DOCTOR, { method: 'PHONE', categories: ['DOCTOR_ADVICE'], organisationIds: [ggd] }),
      );
      expect(own).toMatchObject({ code: 'FORBIDDEN', field: 'organisationIds' });
      expect(own.message).toMatch(/GGD Kustland.*eigen inzage/);
      expect(await consents()).toBe(before);
      const view = await doctorView();
      expect(view.homeSituation).toBeNull();
      expect(view.shielded).toContainEqual({ field: 'homeSituation', reason: 'NO_CONSENT' });
    });

    it("lets the school's coordinator record school data for the GGD, but neither the jeugdarts's advice nor for the school itself", async () => {
      expect(
        failure(await record(CARE_COORDINATOR, { categories: ['DOCTOR_ADVICE'], organisationIds: [ggd] })),
      ).toMatchObject({ code: 'FORBIDDEN', field: 'categories' });
      expect(
        failure(await record(CARE_COORDINATOR, { categories: ['HOME_SITUATION'], organisationIds: [ggd, baken] })),
      ).toMatchObject({ code: 'FORBIDDEN', field: 'organisationIds' });
      const consent = ok(
        await record(CARE_COORDINATOR, {
          categories: ['HOME_SITUATION'],
          organisationIds: [ggd],
          purpose: 'Thuissituatie delen met de jeugdarts',
        }),
      ).recordConsent;
      expect((await doctorView()).homeSituation).toBe('Moeder is opgenomen');
      ok(
        await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consent.id }),
      );
      expect((await doctorView()).homeSituation).toBeNull();
    });

    it('lets the GGD record the consent for its advice to the school', async () => {
      ok(
        await as(DOCTOR).query(
          `mutation($c: ID!) { writeAdvice(caseId: $c, educationAdvice: "Rustig opbouwen") { id } }`,
          { c: caseId },
        ),
      );
      const school = async () =>
        ok(
          await as(CARE_COORDINATOR).query<{ case: { advice: { educationAdvice: string | null }[] } }>(
            `query($id: ID!) { case(id: $id) { advice { educationAdvice } } }`,
            { id: caseId },
          ),
        ).case.advice[0];
      expect((await school()).educationAdvice).toBeNull();
      ok(
        await record(DOCTOR, {
          method: 'PAPER',
          categories: ['DOCTOR_ADVICE'],
          organisationIds: [baken],
          purpose: 'Advies jeugdarts voor school',
        }),
      );
      expect((await school()).educationAdvice).toBe('Rustig opbouwen');
    });

    it('refuses a recipient the recorder works for through another membership, also while working as the other one', async () => {
      const [{ id: care }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [CARE_COORDINATOR]);
      await sql(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'YOUTH_DOCTOR')`, [care, ggd]);
      try {
        const before = await consents();
        expect(
          failure(await record(CARE_COORDINATOR, { categories: ['HOME_SITUATION'], organisationIds: [ggd] })),
        ).toMatchObject({ code: 'FORBIDDEN', field: 'organisationIds' });
        const token = await t.login(CARE_COORDINATOR);
        const asSchool = ok(
          await t.graphql<{ actAs: { token: string } }>(
            `mutation($o: ID, $r: Role) { actAs(organisationId: $o, role: $r) { token } }`,
            { o: baken, r: 'CARE_COORDINATOR' },
            token,
          ),
        ).actAs.token;
        const narrowed = failure(
          await t.graphql(
            `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
            { input: input({ categories: ['HOME_SITUATION'], organisationIds: [ggd] }) },
            asSchool,
          ),
        );
        expect(narrowed).toMatchObject({ code: 'FORBIDDEN', field: 'organisationIds' });
        expect(await consents()).toBe(before);
      } finally {
        await sql(`DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2`, [care, ggd]);
      }
    });

    it('tells each user what they may record, and for whom', async () => {
      const QUERY = `query($id: ID!) { case(id: $id) { consentRecording { categories recipients { id name } } } }`;
      type Recording = {
        case: { consentRecording: { categories: string[]; recipients: { id: string; name: string }[] } };
      };
      const doctor = ok(await as(DOCTOR).query<Recording>(QUERY, { id: caseId })).case.consentRecording;
      expect(doctor.categories).toEqual(['DOCTOR_ADVICE']);
      expect(doctor.recipients.map((o) => o.id)).toContain(baken);
      expect(doctor.recipients.map((o) => o.id)).not.toContain(ggd);
      const care = ok(await as(CARE_COORDINATOR).query<Recording>(QUERY, { id: caseId })).case.consentRecording;
      expect(care.categories).toEqual([
        'IDENTITY',
        'UNAUTHORISED_ABSENCE',
        'ATTENDANCE_SUMMARY',
        'SICK_LEAVE',
        'CLASSIFICATION',
        'WORRY_AND_NOTES',
        'HOME_SITUATION',
      ]);
      expect(care.recipients.map((o) => o.id)).toEqual(expect.arrayContaining([ggd, municipality]));
      expect(care.recipients.map((o) => o.id)).not.toContain(baken);
      expect(care.recipients.map((o) => o.name)).not.toContain('Duinzicht Lyceum');
      expect(ok(await as(OFFICER).query<Recording>(QUERY, { id: caseId })).case.consentRecording).toEqual({
        categories: [],
        recipients: [],
      });
    });
  });
});
