import { describe, expect, it } from 'vitest';
import { DataCategory, dutchDate } from '@aanwezig/domain';
import { FIELD_CATEGORIES } from '@aanwezig/authz';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, asUsers, ok } from './support/graphql-helpers';

const today = () => dutchDate();

describe('who sees what of a case (Case.visibility)', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  type View = {
    organisation: { name: string };
    role: string;
    categories: { category: DataCategory; visible: boolean; reason: string | null }[];
  };
  const FIELDS = Object.entries(FIELD_CATEGORIES.Case).filter(
    ([, category]) => typeof category === 'string' && category in DataCategory,
  ) as [string, DataCategory][];
  const SELECTION: Record<string, string> = {
    pupil: 'pupil { id }',
    school: 'school { id }',
    involvedOrganisations: 'involvedOrganisations { id }',
  };
  const READ = `query($id: ID!) { case(id: $id) { ${FIELDS.map(([f]) => SELECTION[f] ?? f).join(' ')} shielded { field reason } } }`;
  const overview = async (caseId: string) =>
    ok(
      await as(CARE_COORDINATOR).query<{ case: { visibility: View[] } }>(
        `query($id: ID!) { case(id: $id) { visibility { organisation { name } role categories { category visible reason } } } }`,
        { id: caseId },
      ),
    ).case.visibility;

  /** Every contract demo user the overview lists is shown exactly what the overview says, field by field. */
  const expectOverviewMatchesReads = async (caseId: string, views: View[]) => {
    let compared = 0;
    for (const user of DEMO_USERS.slice(0, 11)) {
      const name = DEMO_ORGANISATIONS.find((d) => d.key === user.organisation)!.name;
      const view = views.find((v) => v.role === user.role && v.organisation.name === name);
      if (!view) continue;
      const read = ok(
        await as(user.email).query<{
          case: Record<string, unknown> & { shielded: { field: string; reason: string }[] };
        }>(READ, { id: caseId }),
      ).case;
      for (const [field, category] of FIELDS) {
        const cell = view.categories.find((c) => c.category === category)!;
        expect(read.shielded.find((s) => s.field === field)?.reason ?? null, `${user.role} ${field}`).toBe(
          cell.visible ? null : cell.reason,
        );
      }
      compared++;
    }
    return compared;
  };

  it('lists each role at the school and the involved organisations with what it sees, as the field mask shows it, before and after a consent', async () => {
    const [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c JOIN organisation s ON s.id = c.school_id
        WHERE s.name = 'Het Baken College' AND c.status = 'OPEN'
          AND (SELECT count(*) FROM case_involvement ci JOIN organisation o ON o.id = ci.organisation_id WHERE ci.case_id = c.id AND o.kind IN ('MUNICIPALITY', 'YOUTH_HEALTH')) = 2
        ORDER BY c.created_at LIMIT 1`,
    );
    await sql(`UPDATE consent SET withdrawn_at = now() WHERE pupil_id = $1 AND withdrawn_at IS NULL`, [pupilId]);
    const before = await overview(caseId);
    const doctor = () => before.find((v) => v.role === 'YOUTH_DOCTOR')!;
    expect(doctor().organisation.name).toBe('GGD Kustland - JGZ');
    expect(doctor().categories.find((c) => c.category === 'WORRY_AND_NOTES')).toEqual({
      category: 'WORRY_AND_NOTES',
      visible: false,
      reason: 'NO_CONSENT',
    });
    expect(
      before
        .find((v) => v.role === 'ATTENDANCE_COORDINATOR')!
        .categories.every((c) => c.category === 'HOME_SITUATION' || c.category === 'DOCTOR_ADVICE' || c.visible),
    ).toBe(true);
    expect(before.some((v) => v.role === 'ADMIN' || v.role === 'PRIVACY_OFFICER')).toBe(false);
    expect(await expectOverviewMatchesReads(caseId, before)).toBeGreaterThanOrEqual(5);

    const [ggd] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'YOUTH_HEALTH'`);
    await sql(`UPDATE guardian SET has_parental_authority = true WHERE pupil_id = $1`, [pupilId]);
    const guardians = await sql<{ id: string }>(`SELECT id FROM guardian WHERE pupil_id = $1`, [pupilId]);
    // A 15-year-old with two parents with authority: the pupil and both parents give it.
    await sql(`UPDATE pupil SET date_of_birth = (CURRENT_DATE - interval '15 years 2 months')::date WHERE id = $1`, [
      pupilId,
    ]);
    ok(
      await as(CARE_COORDINATOR).query(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds: guardians.map((g) => g.id),
            method: 'IN_PERSON',
            categories: ['WORRY_AND_NOTES'],
            organisationIds: [ggd.id],
            purpose: 'Zorgen delen met de jeugdarts',
            validFrom: today(),
            validUntil: null,
          },
        },
      ),
    );
    const after = await overview(caseId);
    expect(
      after.find((v) => v.role === 'YOUTH_DOCTOR')!.categories.find((c) => c.category === 'WORRY_AND_NOTES'),
    ).toEqual({ category: 'WORRY_AND_NOTES', visible: true, reason: null });
    // The consent names the GGD only: leerplicht still lacks one.
    expect(
      after.find((v) => v.role === 'ATTENDANCE_OFFICER')!.categories.find((c) => c.category === 'WORRY_AND_NOTES')!
        .visible,
    ).toBe(false);
    expect(await expectOverviewMatchesReads(caseId, after)).toBeGreaterThanOrEqual(5);
  });
});
