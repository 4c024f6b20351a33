import { beforeAll, describe, expect, it } from 'vitest';
import { DataCategory, type Role } from '@aanwezig/domain';
import { FIELD_CATEGORIES, VISIBILITY_MATRIX } from '@aanwezig/authz';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { asUsers, failure } from './support/graphql-helpers';

/**
 * The authorization matrix, generated from the matrix data: every contract demo role × every pupil-data
 * field of a case × {no consent, consent, withdrawn, expired} × {own region, other region}, over HTTP on
 * a real PostgreSQL. The expectation is read straight from VISIBILITY_MATRIX; the API answers through
 * its SQL access rules, consent lookup and field mask. Zero leaks: a hidden field is null and listed
 * in `shielded` with the reason, a visible one is not listed.
 */
const CONTRACT_USERS = DEMO_USERS.slice(0, 11);
/** schoolOnly: an active consent that names only the school, so partners still lack one. */
const CONSENT_STATES = ['none', 'consent', 'withdrawn', 'expired', 'schoolOnly'] as const;
type ConsentState = (typeof CONSENT_STATES)[number];

const CASE_FIELDS = Object.entries(FIELD_CATEGORIES.Case).filter(([, category]) => category in DataCategory) as [string, DataCategory][];
const SELECTION: Record<string, string> = { pupil: 'pupil { id displayName }', school: 'school { id }', involvedOrganisations: 'involvedOrganisations { id }' };
const ATTENDANCE_FIELDS = Object.entries(FIELD_CATEGORIES.Attendance).filter(([, category]) => category in DataCategory) as [string, DataCategory][];
const ADVICE_FIELDS = Object.entries(FIELD_CATEGORIES.Advice).filter(([, category]) => category in DataCategory || category === 'DOCTOR_PRIVATE') as [string, DataCategory | 'DOCTOR_PRIVATE'][];
const QUERY = `query($id: ID!) { case(id: $id) { id ${CASE_FIELDS.map(([f]) => SELECTION[f] ?? f).join(' ')} shielded { field reason }
  advice { ${ADVICE_FIELDS.map(([f]) => f).join(' ')} shielded { field reason } }
  timeline { category kind summary shielded { field reason } }
  attendance { ${ATTENDANCE_FIELDS.map(([f]) => f).join(' ')} shielded { field reason } } } }`;

/** Who reaches the case at all (the test case involves every partner and the Baken mentor). */
function access(role: Role, organisation: string): 'READ' | 'NOT_FOUND' | 'FORBIDDEN' {
  if (role === 'ADMIN' || role === 'PRIVACY_OFFICER') return 'FORBIDDEN';
  if (role === 'MENTOR' && organisation !== 'baken') return 'NOT_FOUND';
  return 'READ';
}

/** The matrix cell, read as data: hidden with a reason, or visible. */
function expected(role: Role, organisation: string, category: DataCategory | 'DOCTOR_PRIVATE', state: ConsentState): { hidden: false } | { hidden: true; reason: string } {
  // The advice in this test is written by the GGD; its private note never leaves the GGD.
  if (category === 'DOCTOR_PRIVATE') return organisation === 'ggd' ? { hidden: false } : { hidden: true, reason: 'NOT_PERMITTED' };
  const basis = VISIBILITY_MATRIX[category][role] ?? 'NEVER';
  if (basis === 'AUTHOR_ORGANISATION') return organisation === 'ggd' ? { hidden: false } : { hidden: true, reason: 'NOT_PERMITTED' };
  if (basis === 'ALWAYS' || basis === 'INVOLVED') return { hidden: false };
  const consented = state === 'consent' || (state === 'schoolOnly' && organisation === 'baken');
  if (basis === 'CONSENT') return consented ? { hidden: false } : { hidden: true, reason: 'NO_CONSENT' };
  return { hidden: true, reason: 'NOT_PERMITTED' };
}

describe('authorization matrix', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) => (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let otherRegionCaseId: string;
  let otherRegionPupilId: string;
  let otherRegionMeetingId: string;
  let recipients: string[];

  beforeAll(async () => {
    const [baken] = await sql<{ id: string; region_id: string }>(`SELECT id, region_id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(`SELECT id, pupil_id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`, [baken.id]);
    const [{ id: mentor }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'mentor@baken.demo.test'`);
    const partners = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind IN ('MUNICIPALITY','YOUTH_HEALTH','YOUTH_CARE','PARTNERSHIP')`);
    recipients = [baken.id, ...partners.map((p) => p.id)];
    await sql(`DELETE FROM case_involvement WHERE case_id = $1 AND organisation_id <> $2`, [caseId, baken.id]);
    for (const p of partners) await sql(`INSERT INTO case_involvement (case_id, organisation_id, added_by) VALUES ($1, $2, $3)`, [caseId, p.id, mentor]);
    await sql(`INSERT INTO case_involvement (case_id, organisation_id, user_id, added_by) VALUES ($1, $2, $3, $3) ON CONFLICT DO NOTHING`, [caseId, baken.id, mentor]);
    await sql(`UPDATE case_file SET worry_flag = true, mentor_notes = 'Notitie', home_situation = 'Thuis' WHERE id = $1`, [caseId]);
    const [doctor] = await sql<{ id: string; organisation_id: string }>(`SELECT u.id, m.organisation_id FROM app_user u JOIN membership m ON m.user_id = u.id WHERE u.email = 'jeugdarts@ggd.demo.test'`);
    await sql(`INSERT INTO advice (case_id, author_id, author_organisation_id, education_advice, private_note) VALUES ($1, $2, $3, 'Rustig opbouwen', 'Eigen notitie')`, [caseId, doctor.id, doctor.organisation_id]);
    // A calendar around today, so the case has an attendance whatever the date (summer included).
    await sql(`INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) VALUES ($1, $2, 'test', CURRENT_DATE - 60, CURRENT_DATE + 30, '[]')`, [baken.region_id, baken.id]);
    // A timeline entry of every category: records that carry their own category follow that row.
    for (const category of Object.values(DataCategory)) {
      const author = category === DataCategory.DOCTOR_ADVICE ? doctor.id : mentor;
      await sql(`INSERT INTO timeline_entry (case_id, kind, category, summary, actor_user_id) VALUES ($1, 'CASE_UPDATED', $2, $3, $4)`, [caseId, category, `Over ${category}`, author]);
    }

    // Another region with a case of its own.
    const [region] = await sql<{ id: string }>(`INSERT INTO region (name) VALUES ('Elders') RETURNING id`);
    const [school] = await sql<{ id: string }>(`INSERT INTO organisation (region_id, name, kind, sector) VALUES ($1, 'Andere School', 'SCHOOL', 'VO') RETURNING id`, [region.id]);
    const [pupil] = await sql<{ id: string }>(`INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name) VALUES ($1, $2, 'X1', 'Ver', 'Weg', '2012-01-01', '1A') RETURNING id`, [region.id, school.id]);
    otherRegionPupilId = pupil.id;
    [{ id: otherRegionCaseId }] = await sql<{ id: string }>(`INSERT INTO case_file (region_id, school_id, pupil_id, status, created_by, version) VALUES ($1, $2, $3, 'OPEN', $4, 1) RETURNING id`, [region.id, school.id, pupil.id, mentor]);
    [{ id: otherRegionMeetingId }] = await sql<{ id: string }>(
      `INSERT INTO meeting (region_id, organisation_id, kind, title, starts_at, duration_minutes, chair_user_id, created_by) VALUES ($1, $2, 'SAT', 'Elders', now() + interval '1 day', 60, $3, $3) RETURNING id`,
      [region.id, school.id, mentor],
    );
    await sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [otherRegionMeetingId, otherRegionCaseId]);
    // Even a participant of another region's meeting only reaches it through their own region's rules.
    await sql(`INSERT INTO meeting_participant (meeting_id, user_id) SELECT $1, id FROM app_user WHERE region_id = $2`, [otherRegionMeetingId, baken.region_id]);
    await sql(`INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, id, $3 FROM organisation WHERE region_id = $2`, [otherRegionCaseId, baken.region_id, mentor]);
  });

  /** Puts the pupil's consent (every category, every recipient) into the given state. */
  async function consentIs(state: ConsentState): Promise<void> {
    await sql(`DELETE FROM consent WHERE pupil_id = $1`, [pupilId]);
    if (state === 'none') return;
    const [{ id: recorder }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'zorg@baken.demo.test'`);
    const validUntil = state === 'expired' ? `CURRENT_DATE - 1` : `CURRENT_DATE + 30`;
    await sql(
      `INSERT INTO consent (region_id, pupil_id, given_by_pupil, guardian_ids, recorded_by, method, categories, organisation_ids, purpose, valid_from, valid_until, withdrawn_at, withdrawn_by)
       SELECT region_id, id, true, '{}', $2, 'PAPER', $3, $4, 'Matrixtest', CURRENT_DATE - 60, ${validUntil}, ${state === 'withdrawn' ? 'now()' : 'NULL'}, ${state === 'withdrawn' ? '$2' : 'NULL'}
         FROM pupil WHERE id = $1`,
      [pupilId, recorder, Object.values(DataCategory), state === 'schoolOnly' ? recipients.slice(0, 1) : recipients],
    );
  }

  describe.each(CONSENT_STATES.map((s) => [s]))('with consent state %s', (state) => {
    beforeAll(() => consentIs(state));

    it.each(CONTRACT_USERS.map((u) => [u.email, u]))('%s sees exactly what the matrix allows', async (_email, user) => {
      const response = await as(user.email).query<{ case: Record<string, unknown> & { shielded: { field: string; reason: string }[]; advice: unknown[]; timeline: unknown[]; attendance: unknown } }>(QUERY, { id: caseId });
      const reach = access(user.role, user.organisation);
      if (reach !== 'READ') {
        expect(failure(response).code).toBe(reach);
        return;
      }
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const node = response.data!.case;
      const attendance = node.attendance as Record<string, unknown> & { shielded: { field: string; reason: string }[] };
      for (const [field, category] of ATTENDANCE_FIELDS) {
        const cell = expected(user.role, user.organisation, category, state);
        const shield = attendance.shielded.find((s) => s.field === field);
        if (cell.hidden) {
          expect(attendance[field], `${user.role} attendance.${field} must be hidden`).toBeNull();
          expect(shield, `${user.role} attendance.${field} must be listed as shielded`).toEqual({ field, reason: cell.reason });
        } else {
          expect(shield, `${user.role} attendance.${field} (${category}) must be visible`).toBeUndefined();
          expect(attendance[field]).not.toBeNull();
        }
      }
      const [advice] = node.advice as (Record<string, unknown> & { shielded: { field: string; reason: string }[] })[];
      for (const [field, category] of ADVICE_FIELDS) {
        const cell = expected(user.role, user.organisation, category, state);
        const shield = advice.shielded.find((s) => s.field === field);
        if (cell.hidden) {
          expect(advice[field], `${user.role} advice.${field} must be hidden`).toBeNull();
          expect(shield, `${user.role} advice.${field} must be listed as shielded`).toEqual({ field, reason: cell.reason });
        } else {
          expect(shield, `${user.role} advice.${field} must be visible`).toBeUndefined();
          expect(advice[field]).not.toBeNull();
        }
      }
      const timeline = node.timeline as ({ category: DataCategory; kind: string | null; summary: string | null } & { shielded: { field: string; reason: string }[] })[];
      expect(new Set(timeline.map((e) => e.category))).toEqual(new Set(Object.values(DataCategory)));
      for (const entry of timeline) {
        const cell = expected(user.role, user.organisation, entry.category, state);
        if (cell.hidden) {
          expect(entry, `${user.role} timeline ${entry.category} must be hidden`).toMatchObject({ kind: null, summary: null });
          expect(entry.shielded).toEqual([{ field: 'kind', reason: cell.reason }, { field: 'summary', reason: cell.reason }]);
        } else {
          expect(entry.summary, `${user.role} timeline ${entry.category} must be visible`).not.toBeNull();
          expect(entry.shielded).toEqual([]);
        }
      }
      for (const [field, category] of CASE_FIELDS) {
        const cell = expected(user.role, user.organisation, category, state);
        const shield = node.shielded.find((s) => s.field === field);
        if (cell.hidden) {
          expect(node[field], `${user.role} ${field} (${category}) must be hidden`).toBeNull();
          expect(shield, `${user.role} ${field} must be listed as shielded`).toEqual({ field, reason: cell.reason });
        } else {
          expect(shield, `${user.role} ${field} (${category}) must be visible`).toBeUndefined();
          if (field !== 'outcome') expect(node[field], `${user.role} ${field} has a value`).not.toBeNull();
        }
      }
    });
  });

  it.each(CONTRACT_USERS.map((u) => [u.email, u]))('%s cannot reach a case of another region by id, by list or nested', async (_email, user) => {
    const single = failure(await as(user.email).query(`query($id: ID!) { case(id: $id) { id } }`, { id: otherRegionCaseId }));
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(single.code);
    for (const query of [
      `query($id: ID!) { meeting(id: $id) { agenda { case { id pupil { displayName } } } } }`,
    ]) {
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(failure(await as(user.email).query(query, { id: otherRegionMeetingId })).code);
    }
    for (const query of [`query($id: ID!) { auditTrail(pupilId: $id) { totalCount } }`, `query($id: ID!) { subjectAccessExport(pupilId: $id) }`]) {
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(failure(await as(user.email).query(query, { id: otherRegionPupilId })).code);
    }
    if (access(user.role, user.organisation) === 'FORBIDDEN') return;
    const list = await as(user.email).query<{ cases: { edges: { node: { id: string } }[] } }>(`{ cases(first: 100) { edges { node { id } } } }`);
    expect(list.data!.cases.edges.map((e) => e.node.id)).not.toContain(otherRegionCaseId);
    const actions = await as(user.email).query<{ openActions: { edges: { node: { caseId: string } }[] } }>(`{ openActions(first: 100) { edges { node { caseId } } } }`);
    expect(actions.data!.openActions.edges.map((e) => e.node.caseId)).not.toContain(otherRegionCaseId);
  });
});
