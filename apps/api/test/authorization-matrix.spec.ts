import { beforeAll, describe, expect, it } from 'vitest';
import { DataCategory, LETTER_CATEGORY, SCHOOL_STAFF_ROLES, dutchDate, type Role } from '@aanwezig/domain';
import {
  type FieldCategory,
  CASE_FILTER_FIELDS,
  CONSENT_HOLDER,
  CONSENT_RECORDER_ROLES,
  FIELD_CATEGORIES,
  VISIBILITY_MATRIX,
  caseFilterCategory,
  categoriesOf,
} from '@aanwezig/authz';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { asUsers, failure, ok } from './support/graphql-helpers';

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

/** Every Case field of pupil data, with the categories it tells of (several for a field that restates others). */
const CASE_FIELDS = Object.entries(FIELD_CATEGORIES.Case)
  .map(([field, category]) => [field, categoriesOf(category)] as const)
  .filter(([, categories]) => categories.length > 0);
/** A parent's fields (names, name parts, postal address): pupil data of category IDENTITY, read with the pupil. */
const PARENT_FIELDS = Object.entries(FIELD_CATEGORIES.Parent)
  .filter(([, category]) => category !== 'NOT_PUPIL_DATA')
  .map(([field]) => field);
/** The same in a letter draft, with the e-mail address: only for who may write to the parents. */
const CONTACT_FIELDS = Object.entries(FIELD_CATEGORIES.GuardianContact)
  .filter(([, category]) => category !== 'NOT_PUPIL_DATA')
  .map(([field]) => field);
const DRAFT_PARENTS = `query($id: ID!) { draftLetter(caseId: $id, template: FIRST_WORRY) { addressBlock guardians { ${CONTACT_FIELDS.join(' ')} } } }`;
const SELECTION: Record<string, string> = {
  pupil: `pupil { id displayName guardians { ${PARENT_FIELDS.join(' ')} } }`,
  school: 'school { id }',
  involvedOrganisations: 'involvedOrganisations { id }',
  visibility: 'visibility { role }',
  nextMeeting: 'nextMeeting { id title }',
  owner: 'owner { id }',
};
const ATTENDANCE_FIELDS = Object.entries(FIELD_CATEGORIES.Attendance).filter(
  ([, category]) => category in DataCategory,
) as [string, DataCategory][];
const WEEK_FIELDS = Object.entries(FIELD_CATEGORIES.AttendanceWeek).filter(
  ([, category]) => category in DataCategory,
) as [string, DataCategory][];
const ADVICE_FIELDS = Object.entries(FIELD_CATEGORIES.Advice)
  .filter(([, category]) => category !== 'NOT_PUPIL_DATA')
  .map(([field, category]) => [field, category === 'DOCTOR_PRIVATE' ? category : categoriesOf(category)] as const);
/** People named on records: each follows the categories its field restates (the case's school and partners). */
const PERSON = (type: keyof typeof FIELD_CATEGORIES, field: string) =>
  [field, categoriesOf((FIELD_CATEGORIES[type] as Record<string, FieldCategory>)[field])] as const;
const QUERY = `query($id: ID!) { case(id: $id) { id ${CASE_FIELDS.map(([f]) => SELECTION[f] ?? f).join(' ')} shielded { field reason }
  advice { ${ADVICE_FIELDS.map(([f]) => (f === 'author' || f === 'authorOrganisation' ? `${f} { id }` : f)).join(' ')} shielded { field reason } }
  timeline { category kind summary params { name value } actor { id } shielded { field reason } }
  attendance { ${ATTENDANCE_FIELDS.map(([f]) => f).join(' ')} shielded { field reason } weeks { weekStart ${WEEK_FIELDS.map(([f]) => f).join(' ')} shielded { field reason } } }
  actions { category title completionNote owner { id } ownerCandidates { id } shielded { field reason } }
  consents { guardians { name } recordedBy { id } shielded { field reason } }
  letters { category subject body recipients sentBy { id } shielded { field reason } } } }`;

/** Which routes of this pupil's signals reach a role (null: no signals at all). */
const ROUTED: Partial<Record<Role, (organisation: string) => string[]>> = {
  ATTENDANCE_COORDINATOR: () => ['LEGAL', 'MEDICAL', 'SCHOOL'],
  CARE_COORDINATOR: () => ['LEGAL', 'MEDICAL', 'SCHOOL'],
  SCHOOL_LEADER: () => ['LEGAL', 'MEDICAL', 'SCHOOL'],
  ATTENDANCE_OFFICER: () => ['LEGAL'],
  MENTOR: (organisation) => (organisation === 'baken' ? ['SCHOOL'] : []),
};
const SIGNAL_VALUE_CATEGORY = {
  LEGAL: DataCategory.UNAUTHORISED_ABSENCE,
  MEDICAL: DataCategory.SICK_LEAVE,
  SCHOOL: DataCategory.ATTENDANCE_SUMMARY,
} as const;

/** Who reaches the case at all (the test case involves every partner and the Baken mentor). */
function access(role: Role, organisation: string): 'READ' | 'NOT_FOUND' | 'FORBIDDEN' {
  if (role === 'ADMIN' || role === 'PRIVACY_OFFICER') return 'FORBIDDEN';
  if (role === 'MENTOR' && organisation !== 'baken') return 'NOT_FOUND';
  return 'READ';
}

/** The matrix cell, read as data: hidden with a reason, or visible. */
function expected(
  role: Role,
  organisation: string,
  category: DataCategory | 'DOCTOR_PRIVATE',
  state: ConsentState,
): { hidden: false } | { hidden: true; reason: string } {
  // The advice in this test is written by the GGD; its private note never leaves the GGD.
  if (category === 'DOCTOR_PRIVATE')
    return organisation === 'ggd' ? { hidden: false } : { hidden: true, reason: 'NOT_PERMITTED' };
  const basis = VISIBILITY_MATRIX[category][role] ?? 'NEVER';
  if (basis === 'AUTHOR_ORGANISATION')
    return organisation === 'ggd' ? { hidden: false } : { hidden: true, reason: 'NOT_PERMITTED' };
  if (basis === 'ALWAYS' || basis === 'INVOLVED') return { hidden: false };
  const consented = state === 'consent' || (state === 'schoolOnly' && organisation === 'baken');
  if (basis === 'CONSENT') return consented ? { hidden: false } : { hidden: true, reason: 'NO_CONSENT' };
  return { hidden: true, reason: 'NOT_PERMITTED' };
}

/** A field that restates several categories is shown only when each is: the first hidden one decides. */
function expectedOfAll(
  role: Role,
  organisation: string,
  categories: readonly DataCategory[],
  state: ConsentState,
): ReturnType<typeof expected> {
  return categories.map((c) => expected(role, organisation, c, state)).find((cell) => cell.hidden) ?? { hidden: false };
}

type Shielded = { shielded: { field: string; reason: string }[] };

/**
 * A general-topic item's cell: no pupil, so no involvement and no consent hold (whatever the consent state);
 * roles at the hosting school (Het Baken) and partner roles count where their cell is ALWAYS, or
 * AUTHOR_ORGANISATION for the author's organisation (the advice is the GGD's). Staff of another school bring none.
 */
function expectedOnTopic(
  role: Role,
  organisation: string,
  category: DataCategory,
): { hidden: false } | { hidden: true; reason: string } {
  const schoolStaff = [
    'MENTOR',
    'ATTENDANCE_COORDINATOR',
    'CARE_COORDINATOR',
    'SCHOOL_LEADER',
    'PRIVACY_OFFICER',
  ].includes(role);
  const basis = schoolStaff && organisation !== 'baken' ? 'NEVER' : (VISIBILITY_MATRIX[category][role] ?? 'NEVER');
  if (basis === 'ALWAYS' || (basis === 'AUTHOR_ORGANISATION' && organisation === 'ggd')) return { hidden: false };
  return { hidden: true, reason: 'NOT_PERMITTED' };
}

/** Records that carry their own category: each listed field follows the row of that category. */
function expectRecords(
  records: (Record<string, unknown> & Shielded & { category: DataCategory })[],
  fields: string[],
  user: (typeof CONTRACT_USERS)[number],
  state: ConsentState,
  what: string,
  categories: readonly DataCategory[] = Object.values(DataCategory),
  people: readonly (readonly [string, readonly DataCategory[]])[] = [],
) {
  expect(new Set(records.map((r) => r.category)), `${what}: one of every category`).toEqual(new Set(categories));
  const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
  for (const record of records) {
    const cell = expected(user.role, user.organisation, record.category, state);
    for (const field of fields) {
      if (cell.hidden)
        expect(record[field], `${user.role} ${what} ${record.category}.${field} must be hidden`).toBeNull();
      else expect(record[field], `${user.role} ${what} ${record.category}.${field} must be visible`).not.toBeNull();
    }
    const shieldedPeople = people.flatMap(([field, restated]) => {
      const person = expectedOfAll(user.role, user.organisation, restated, state);
      expect(
        record[field] === null,
        `${user.role} ${what} ${record.category}.${field} (a person: the case's school and partners)`,
      ).toBe(person.hidden);
      return person.hidden ? [{ field, reason: person.reason }] : [];
    });
    const own = cell.hidden ? fields.map((field) => ({ field, reason: cell.reason })) : [];
    expect([...record.shielded].sort(byField), `${user.role} ${what} ${record.category}`).toEqual(
      [...own, ...shieldedPeople].sort(byField),
    );
  }
}

describe('authorization matrix', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let otherRegionCaseId: string;
  let otherRegionPupilId: string;
  let otherRegionMeetingId: string;
  let meetingId: string;
  let recipients: string[];

  beforeAll(async () => {
    const [baken] = await sql<{ id: string; region_id: string }>(
      `SELECT id, region_id FROM organisation WHERE name = 'Het Baken College'`,
    );
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT id, pupil_id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`,
      [baken.id],
    );
    const [{ id: mentor }] = await sql<{ id: string }>(
      `SELECT id FROM app_user WHERE email = 'mentor@baken.demo.test'`,
    );
    const partners = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE kind IN ('MUNICIPALITY','YOUTH_HEALTH','YOUTH_CARE','PARTNERSHIP')`,
    );
    recipients = [baken.id, ...partners.map((p) => p.id)];
    await sql(`DELETE FROM case_involvement WHERE case_id = $1 AND organisation_id <> $2`, [caseId, baken.id]);
    for (const p of partners)
      await sql(`INSERT INTO case_involvement (case_id, organisation_id, added_by) VALUES ($1, $2, $3)`, [
        caseId,
        p.id,
        mentor,
      ]);
    await sql(
      `INSERT INTO case_involvement (case_id, organisation_id, user_id, added_by) VALUES ($1, $2, $3, $3) ON CONFLICT DO NOTHING`,
      [caseId, baken.id, mentor],
    );
    await sql(
      `UPDATE case_file SET worry_flag = true, mentor_notes = 'Notitie', home_situation = 'Thuis' WHERE id = $1`,
      [caseId],
    );
    const [doctor] = await sql<{ id: string; organisation_id: string }>(
      `SELECT u.id, m.organisation_id FROM app_user u JOIN membership m ON m.user_id = u.id WHERE u.email = 'jeugdarts@ggd.demo.test'`,
    );
    await sql(
      `INSERT INTO advice (case_id, author_id, author_organisation_id, education_advice, private_note) VALUES ($1, $2, $3, 'Rustig opbouwen', 'Eigen notitie')`,
      [caseId, doctor.id, doctor.organisation_id],
    );
    // A calendar around today, so the case has an attendance whatever the date (summer included).
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) VALUES ($1, $2, 'test', CURRENT_DATE - 60, CURRENT_DATE + 30, '[]')`,
      [baken.region_id, baken.id],
    );
    // A timeline entry of every category: records that carry their own category follow that row.
    for (const category of Object.values(DataCategory)) {
      const author = category === DataCategory.DOCTOR_ADVICE ? doctor.id : mentor;
      await sql(
        `INSERT INTO timeline_entry (case_id, kind, category, params, actor_user_id)
           VALUES ($1, 'CASE_UPDATED', $2, jsonb_build_object('legacy', $3::text), $4)`,
        [caseId, category, `Over ${category}`, author],
      );
    }
    // An action, a minutes section and a decision of every category, on a meeting every contract user attends.
    const [meeting] = await sql<{ id: string }>(
      `INSERT INTO meeting (region_id, organisation_id, kind, title, starts_at, duration_minutes, chair_user_id, created_by)
       VALUES ($1, $2, 'SAT', 'Matrix', now() + interval '1 day', 60, $3, $3) RETURNING id`,
      [baken.region_id, baken.id, mentor],
    );
    meetingId = meeting.id;
    await sql(
      `INSERT INTO meeting_participant (meeting_id, user_id) SELECT $1, id FROM app_user WHERE email = ANY($2)`,
      [meetingId, CONTRACT_USERS.map((u) => u.email)],
    );
    const [item] = await sql<{ id: string }>(
      `INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1) RETURNING id`,
      [meetingId, caseId],
    );
    for (const category of Object.values(DataCategory)) {
      // Records about the jeugdarts's advice are written by the jeugdarts (AUTHOR_ORGANISATION: the GGD).
      const writer = category === DataCategory.DOCTOR_ADVICE ? doctor.id : mentor;
      await sql(
        `INSERT INTO case_action (case_id, agenda_item_id, title, category, owner_user_id, due_date, completion_note, created_by) VALUES ($1, $2, $3, $4, $5, CURRENT_DATE + 7, 'Notitie', $5)`,
        [caseId, item.id, `Actie over ${category}`, category, writer],
      );
      await sql(
        `INSERT INTO minutes_section (agenda_item_id, category, body, author_id, version) VALUES ($1, $2, $3, $4, 1)`,
        [item.id, category, `Notulen over ${category}`, writer],
      );
      await sql(`INSERT INTO decision (agenda_item_id, category, body, author_id) VALUES ($1, $2, $3, $4)`, [
        item.id,
        category,
        `Besluit over ${category}`,
        writer,
      ]);
    }
    // A general topic (no case) with a section and a decision of every category: they follow their category too.
    const [topic] = await sql<{ id: string }>(
      `INSERT INTO agenda_item (meeting_id, topic, position) VALUES ($1, 'Algemeen', 2) RETURNING id`,
      [meetingId],
    );
    for (const category of Object.values(DataCategory)) {
      const writer = category === DataCategory.DOCTOR_ADVICE ? doctor.id : mentor;
      await sql(
        `INSERT INTO minutes_section (agenda_item_id, category, body, author_id, version) VALUES ($1, $2, $3, $4, 1)`,
        [topic.id, category, `Notulen over ${category}`, writer],
      );
      await sql(`INSERT INTO decision (agenda_item_id, category, body, author_id) VALUES ($1, $2, $3, $4)`, [
        topic.id,
        category,
        `Besluit over ${category}`,
        writer,
      ]);
    }
    // A letter to the parents of every category a letter can carry.
    const [guardian] = await sql<{ id: string; name: string }>(
      `SELECT id, name FROM guardian WHERE pupil_id = $1 LIMIT 1`,
      [pupilId],
    );
    for (const category of new Set(Object.values(LETTER_CATEGORY))) {
      await sql(
        `INSERT INTO letter (case_id, template, language, category, subject, body, recipients, delivery, sent_by) VALUES ($1, 'FIRST_WORRY', 'NL', $2, $3, 'Beste ouders', $4, 'DOWNLOAD', $5)`,
        [
          caseId,
          category,
          `Brief over ${category}`,
          JSON.stringify([{ guardianId: guardian.id, name: guardian.name, email: null }]),
          mentor,
        ],
      );
    }
    // The pupil lives in Kustland (its leerplicht hears the legal route) and is in a class the Baken mentor mentors (the school route).
    await sql(
      `UPDATE pupil SET residence_municipality_id = (SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht') WHERE id = $1`,
      [pupilId],
    );
    await sql(
      `INSERT INTO mentor_class (user_id, school_id, group_name) SELECT $2, school_id, group_name FROM pupil WHERE id = $1 ON CONFLICT DO NOTHING`,
      [pupilId, mentor],
    );
    // A signal on every route for the pupil.
    for (const [route, rule] of [
      ['LEGAL', 'LEGAL_REPORT'],
      ['MEDICAL', 'FREQUENT_SICK'],
      ['SCHOOL', 'SAT_DISCUSS'],
    ]) {
      await sql(
        `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route) VALUES ($1, $2, $3, $4, CURRENT_DATE - 28, CURRENT_DATE - 28, 16, $5)`,
        [baken.region_id, baken.id, pupilId, rule, route],
      );
    }

    // Another region with a case of its own.
    const [region] = await sql<{ id: string }>(`INSERT INTO region (name) VALUES ('Elders') RETURNING id`);
    const [school] = await sql<{ id: string }>(
      `INSERT INTO organisation (region_id, name, kind, sector) VALUES ($1, 'Andere School', 'SCHOOL', 'VO') RETURNING id`,
      [region.id],
    );
    const [pupil] = await sql<{ id: string }>(
      `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name) VALUES ($1, $2, 'X1', 'Ver', 'Weg', '2012-01-01', '1A') RETURNING id`,
      [region.id, school.id],
    );
    otherRegionPupilId = pupil.id;
    [{ id: otherRegionCaseId }] = await sql<{ id: string }>(
      `INSERT INTO case_file (region_id, school_id, pupil_id, status, created_by, version) VALUES ($1, $2, $3, 'OPEN', $4, 1) RETURNING id`,
      [region.id, school.id, pupil.id, mentor],
    );
    [{ id: otherRegionMeetingId }] = await sql<{ id: string }>(
      `INSERT INTO meeting (region_id, organisation_id, kind, title, starts_at, duration_minutes, chair_user_id, created_by) VALUES ($1, $2, 'SAT', 'Elders', now() + interval '1 day', 60, $3, $3) RETURNING id`,
      [region.id, school.id, mentor],
    );
    await sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [
      otherRegionMeetingId,
      otherRegionCaseId,
    ]);
    // Even a participant of another region's meeting only reaches it through their own region's rules.
    await sql(
      `INSERT INTO meeting_participant (meeting_id, user_id) SELECT $1, id FROM app_user WHERE region_id = $2`,
      [otherRegionMeetingId, baken.region_id],
    );
    await sql(
      `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, id, $3 FROM organisation WHERE region_id = $2`,
      [otherRegionCaseId, baken.region_id, mentor],
    );
  });

  /** Puts the pupil's consent (every category, every recipient) into the given state. */
  async function consentIs(state: ConsentState): Promise<void> {
    await sql(`DELETE FROM consent WHERE pupil_id = $1`, [pupilId]);
    if (state === 'none') return;
    const [{ id: recorder }] = await sql<{ id: string }>(
      `SELECT id FROM app_user WHERE email = 'zorg@baken.demo.test'`,
    );
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
      const response = await as(user.email).query<{
        case: Record<string, unknown> & {
          shielded: { field: string; reason: string }[];
          advice: unknown[];
          timeline: unknown[];
          attendance: unknown;
          actions: unknown[];
          consents: unknown[];
        };
      }>(QUERY, { id: caseId });
      const reach = access(user.role, user.organisation);
      if (reach !== 'READ') {
        expect(failure(response).code).toBe(reach);
        return;
      }
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const node = response.data!.case;
      const attendance = node.attendance as Record<string, unknown> &
        Shielded & { weeks: (Record<string, unknown> & Shielded)[] };
      // The totals and every school week of the chart follow the same matrix rows.
      expect(attendance.weeks.length, 'the calendar of the test gives school weeks').toBeGreaterThan(5);
      for (const [what, record, fields] of [
        ['attendance', attendance, ATTENDANCE_FIELDS] as const,
        ...attendance.weeks.map((week) => [`attendance week ${String(week.weekStart)}`, week, WEEK_FIELDS] as const),
      ]) {
        for (const [field, category] of fields) {
          const cell = expected(user.role, user.organisation, category, state);
          const shield = record.shielded.find((s) => s.field === field);
          if (cell.hidden) {
            expect(record[field], `${user.role} ${what}.${field} must be hidden`).toBeNull();
            expect(shield, `${user.role} ${what}.${field} must be listed as shielded`).toEqual({
              field,
              reason: cell.reason,
            });
          } else {
            expect(shield, `${user.role} ${what}.${field} (${category}) must be visible`).toBeUndefined();
            expect(record[field]).not.toBeNull();
          }
        }
      }
      const [advice] = node.advice as (Record<string, unknown> & { shielded: { field: string; reason: string }[] })[];
      for (const [field, category] of ADVICE_FIELDS) {
        const cell =
          typeof category === 'string'
            ? expected(user.role, user.organisation, category, state)
            : expectedOfAll(user.role, user.organisation, category, state);
        const shield = advice.shielded.find((s) => s.field === field);
        if (cell.hidden) {
          expect(advice[field], `${user.role} advice.${field} must be hidden`).toBeNull();
          expect(shield, `${user.role} advice.${field} must be listed as shielded`).toEqual({
            field,
            reason: cell.reason,
          });
        } else {
          expect(shield, `${user.role} advice.${field} must be visible`).toBeUndefined();
          expect(advice[field]).not.toBeNull();
        }
      }
      const timeline = (node.timeline as (Record<string, unknown> & Shielded & { category: DataCategory })[]).filter(
        (e) => String(e.summary ?? 'Over').startsWith('Over'),
      );
      expectRecords(timeline, ['kind', 'summary', 'params'], user, state, 'timeline', undefined, [
        PERSON('TimelineEntry', 'actor'),
      ]);
      const actions = (
        node.actions as (Record<string, unknown> & Shielded & { category: DataCategory; title: string | null })[]
      ).filter((a) => a.title === null || a.title.startsWith('Actie over'));
      expectRecords(actions, ['title', 'completionNote'], user, state, 'action', undefined, [
        PERSON('Action', 'owner'),
      ]);
      // Whom an action may be handed to names people as its owner does: no one where the owner is shielded.
      for (const a of actions)
        if (a.owner === null) expect(a.ownerCandidates, `${user.role} action.ownerCandidates`).toEqual([]);
      expectRecords(
        node.letters as (Record<string, unknown> & Shielded & { category: DataCategory })[],
        ['subject', 'body', 'recipients'],
        user,
        state,
        'letter',
        [...new Set(Object.values(LETTER_CATEGORY))],
        [PERSON('Letter', 'sentBy')],
      );
      for (const consent of node.consents as (Shielded & { guardians: unknown; recordedBy: unknown })[]) {
        const cell = expected(user.role, user.organisation, DataCategory.IDENTITY, state);
        const recorder = expectedOfAll(user.role, user.organisation, PERSON('Consent', 'recordedBy')[1], state);
        const expectedShields = [
          ...(cell.hidden ? [{ field: 'guardians', reason: cell.reason }] : []),
          ...(recorder.hidden
            ? ['recordedBy', 'withdrawnBy'].map((field) => ({ field, reason: recorder.reason }))
            : []),
        ];
        expect([...consent.shielded].sort((a, b) => a.field.localeCompare(b.field))).toEqual(
          expectedShields.sort((a, b) => a.field.localeCompare(b.field)),
        );
        expect(consent.guardians === null).toBe(cell.hidden);
        expect(consent.recordedBy === null).toBe(recorder.hidden);
      }
      // The parents' names and postal address come with the pupil (Parent, IDENTITY): exactly where the pupil's
      // identity is shown, and then every field is there (the test pupil's mother has an address on record).
      const identity = expected(user.role, user.organisation, DataCategory.IDENTITY, state);
      const pupil = node.pupil as { guardians: Record<string, unknown>[] } | null;
      expect(pupil === null, `${user.role} pupil and its parents`).toBe(identity.hidden);
      for (const field of PARENT_FIELDS.filter((f) => f !== 'familyNamePrefix'))
        if (pupil)
          expect(
            pupil.guardians.some((g) => g[field] !== null),
            `${user.role} Parent.${field}`,
          ).toBe(true);
      // A letter draft (GuardianContact, IDENTITY, with the e-mail address) only for the pupil's own school staff
      // who see the letter's data; anyone else is refused and sees no parent at all.
      const draft = await as(user.email).query<{
        draftLetter: { addressBlock: string; guardians: Record<string, unknown>[] };
      }>(DRAFT_PARENTS, { id: caseId });
      const writes =
        user.organisation === 'baken' &&
        (SCHOOL_STAFF_ROLES as readonly Role[]).includes(user.role) &&
        !identity.hidden &&
        !expected(user.role, user.organisation, LETTER_CATEGORY.FIRST_WORRY, state).hidden;
      if (writes) {
        expect(draft.errors, `${user.role} drafts a letter`).toBeUndefined();
        for (const field of CONTACT_FIELDS.filter((f) => f !== 'familyNamePrefix'))
          expect(
            draft.data!.draftLetter.guardians.some((g) => g[field] !== null),
            `${user.role} GuardianContact.${field}`,
          ).toBe(true);
      } else {
        expect(failure(draft).code, `${user.role} may not draft a letter`).toMatch(/FORBIDDEN|NOT_FOUND/);
        expect(draft.data?.draftLetter ?? null).toBeNull();
      }
      expect(node.consents).toHaveLength(state === 'none' ? 0 : 1);
      for (const [field, category] of CASE_FIELDS) {
        const cell = expectedOfAll(user.role, user.organisation, category, state);
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

  /**
   * Channels, not fields: the case list filtered by a field must answer the same whether the matrix
   * case holds the value or not, whenever that field is shielded for the reader (the list and its count
   * are no oracle). Each filter's value is set on the case, every user asks, the value is changed, every
   * user asks again: a reader who may see the field sees the case leave the answer; any other reader
   * gets the very same ids and count. Generated from CASE_FILTER_FIELDS and the visibility matrix.
   */
  describe.each(CONSENT_STATES.map((s) => [s]))('case-list filters with consent state %s', (state) => {
    beforeAll(() => consentIs(state));
    const LIST = `query($f: CaseFilter) { cases(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
    const answers = async (filter: Record<string, unknown>) =>
      new Map(
        await Promise.all(
          CONTRACT_USERS.map(async (u) => {
            const response = await as(u.email).query<{
              cases: { totalCount: number; edges: { node: { id: string } }[] };
            }>(LIST, { f: filter });
            const cases = response.data?.cases;
            return [
              u.email,
              cases ? { ids: cases.edges.map((e) => e.node.id).sort(), totalCount: cases.totalCount } : null,
            ] as const;
          }),
        ),
      );
    /** Per filter: the filter, and SQL that gives the matrix case the value (true) or another (false). */
    const TOGGLES: Record<
      keyof typeof CASE_FILTER_FIELDS,
      { filter: Record<string, unknown>; holds: (on: boolean) => Promise<unknown> }
    > = {
      status: {
        filter: { status: ['OPEN'] },
        holds: (on) => sql(`UPDATE case_file SET status = $2 WHERE id = $1`, [caseId, on ? 'OPEN' : 'MONITORING']),
      },
      category: {
        filter: { category: ['AT_RISK_HOME'] },
        holds: (on) =>
          sql(`UPDATE case_file SET category = $2 WHERE id = $1`, [caseId, on ? 'AT_RISK_HOME' : 'UNAUTHORISED_HOME']),
      },
      typology: {
        filter: { typology: ['SICK'] },
        holds: (on) => sql(`UPDATE case_file SET typology = $2 WHERE id = $1`, [caseId, on ? 'SICK' : 'TRUANCY']),
      },
      tier: {
        filter: { tier: [2] },
        holds: (on) => sql(`UPDATE case_file SET tier = $2 WHERE id = $1`, [caseId, on ? 2 : 3]),
      },
      // The school is the case's own: the pupil's name is what moves, the filter on the school is asked with a second school below.
      schoolId: { filter: {}, holds: async () => undefined },
      search: {
        filter: { search: 'Matrixleerling' },
        holds: (on) =>
          sql(`UPDATE pupil SET family_name = $2 WHERE id = $1`, [pupilId, on ? 'Matrixleerling' : 'Anders']),
      },
    };

    it.each(
      Object.keys(CASE_FILTER_FIELDS)
        .filter((f) => f !== 'schoolId')
        .map((f) => [f]),
    )('filter %s answers the same with or without the hidden value', async (name) => {
      const toggle = TOGGLES[name as keyof typeof CASE_FILTER_FIELDS];
      const category = caseFilterCategory(name as keyof typeof CASE_FILTER_FIELDS);
      await toggle.holds(true);
      const holding = await answers(toggle.filter);
      await toggle.holds(false);
      const notHolding = await answers(toggle.filter);
      await toggle.holds(true);
      for (const user of CONTRACT_USERS) {
        const [withValue, without] = [holding.get(user.email), notHolding.get(user.email)];
        if (access(user.role, user.organisation) !== 'READ') {
          if (withValue) expect(withValue.ids, `${user.role} never lists the case`).not.toContain(caseId);
          expect(withValue, `${user.role}: the same answer`).toEqual(without);
          continue;
        }
        if (expected(user.role, user.organisation, category, state).hidden) {
          expect(withValue, `${user.role} filter ${name} (${category} shielded) must answer the same`).toEqual(without);
          expect(withValue!.ids).not.toContain(caseId);
        } else {
          expect(withValue!.ids, `${user.role} filter ${name} (${category} visible) finds the case`).toContain(caseId);
          expect(without!.ids).not.toContain(caseId);
          expect(withValue!.totalCount - without!.totalCount, `${user.role} filter ${name}: the count follows`).toBe(1);
        }
      }
    });

    it('filter schoolId finds the case only for readers who may see its school', async () => {
      const [baken] = await sql<{ id: string }>(`SELECT school_id AS id FROM case_file WHERE id = $1`, [caseId]);
      const [other] = await sql<{ id: string }>(
        `SELECT id FROM organisation WHERE kind = 'SCHOOL' AND name = 'Duinzicht Lyceum'`,
      );
      const own = await answers({ schoolId: baken.id });
      const wrong = await answers({ schoolId: other.id });
      for (const user of CONTRACT_USERS) {
        const [found, elsewhere] = [own.get(user.email), wrong.get(user.email)];
        expect(elsewhere?.ids ?? [], `${user.role}: not at another school`).not.toContain(caseId);
        const shown =
          access(user.role, user.organisation) === 'READ' &&
          !expected(user.role, user.organisation, caseFilterCategory('schoolId'), state).hidden;
        if (shown) expect(found!.ids, `${user.role} finds the case by its school`).toContain(caseId);
        else
          expect(found?.ids ?? [], `${user.role} (school shielded) must not find the case by its school`).not.toContain(
            caseId,
          );
        if (found && found.totalCount < 100)
          expect(found.totalCount, `${user.role}: the count is what is listed`).toBe(found.ids.length);
      }
    });
  });

  describe.each(CONSENT_STATES.map((s) => [s]))('minutes, decisions and signals with consent state %s', (state) => {
    beforeAll(() => consentIs(state));

    it.each(CONTRACT_USERS.map((u) => [u.email, u]))(
      '%s reads minutes and decisions as the matrix allows',
      async (_email, user) => {
        type Item = {
          case: { id: string } | null;
          restricted: boolean;
          minutes: (Record<string, unknown> & Shielded & { category: DataCategory })[];
          decisions: (Record<string, unknown> & Shielded & { category: DataCategory })[];
        };
        const response = await as(user.email).query<{ meeting: { agenda: Item[] } }>(
          `query($id: ID!) { meeting(id: $id) { agenda { case { id } restricted minutes { category body author { id } shielded { field reason } } decisions { category body author { id } shielded { field reason } } } } }`,
          { id: meetingId },
        );
        const reach = access(user.role, user.organisation);
        if (reach === 'FORBIDDEN') {
          expect(failure(response).code).toBe('FORBIDDEN');
          return;
        }
        const [item, topic] = ok(response).meeting.agenda;
        // The topic item: every participant reaches it; each section and decision follows its category.
        expect(topic).toMatchObject({ case: null, restricted: false });
        for (const [what, records] of [
          ['topic minutes', topic.minutes],
          ['topic decision', topic.decisions],
        ] as const) {
          expect(new Set(records.map((r) => r.category)), `${what}: one of every category`).toEqual(
            new Set(Object.values(DataCategory)),
          );
          for (const record of records) {
            const cell = expectedOnTopic(user.role, user.organisation, record.category);
            expect(record.body === null, `${user.role} of ${user.organisation} ${what} ${record.category}`).toBe(
              cell.hidden,
            );
            expect(record.shielded).toEqual(cell.hidden ? [{ field: 'body', reason: cell.reason }] : []);
          }
        }
        // Being on the agenda restates Case.nextMeeting: a reader who may not see that field (or the case)
        // sees the item only as restricted, with nothing in it.
        if (
          reach === 'NOT_FOUND' ||
          expectedOfAll(user.role, user.organisation, categoriesOf(FIELD_CATEGORIES.Case.nextMeeting), state).hidden
        ) {
          expect(item).toEqual({ case: null, restricted: true, minutes: [], decisions: [] });
          return;
        }
        expectRecords(item.minutes, ['body'], user, state, 'minutes', undefined, [PERSON('MinutesSection', 'author')]);
        expectRecords(item.decisions, ['body'], user, state, 'decision', undefined, [PERSON('Decision', 'author')]);
      },
    );

    it.each(CONTRACT_USERS.map((u) => [u.email, u]))(
      '%s gets the signals routed to them, masked by the matrix',
      async (_email, user) => {
        type SignalNode = Record<string, unknown> &
          Shielded & { route: 'LEGAL' | 'MEDICAL' | 'SCHOOL'; pupil: { id: string } | null };
        const response = await as(user.email).query<{ signals: { edges: { node: SignalNode }[] } }>(
          `{ signals(first: 100) { edges { node { route value crossedOn reportDue legalReport { reference } pupil { id } shielded { field reason } } } } }`,
        );
        const routes = ROUTED[user.role]?.(user.organisation) ?? null;
        if (routes === null) {
          expect(failure(response).code).toBe('FORBIDDEN');
          return;
        }
        const mine = ok(response)
          .signals.edges.map((e) => e.node)
          .filter((n) => n.pupil === null || n.pupil.id === pupilId);
        expect(mine.map((n) => n.route).sort()).toEqual([...routes].sort());
        for (const signal of mine) {
          for (const [field, category] of [
            ['pupil', DataCategory.IDENTITY],
            ['value', SIGNAL_VALUE_CATEGORY[signal.route]],
            ['crossedOn', SIGNAL_VALUE_CATEGORY[signal.route]],
          ] as const) {
            const cell = expected(user.role, user.organisation, category, state);
            expect(signal[field] === null, `${user.role} signal ${signal.route}.${field}`).toBe(cell.hidden);
          }
          // The DUO deadline and report tell of the same absence as the value: shielded with it.
          const valueHidden = expected(user.role, user.organisation, SIGNAL_VALUE_CATEGORY[signal.route], state).hidden;
          for (const field of ['reportDue', 'legalReport'] as const) {
            if (valueHidden) expect(signal[field], `${user.role} signal ${signal.route}.${field}`).toBeNull();
            expect(
              signal.shielded.some((s) => s.field === field),
              `${user.role} signal ${signal.route}.${field} shielded`,
            ).toBe(valueHidden);
          }
        }
      },
    );
  });

  describe.each(CONSENT_STATES.map((s) => [s]))(
    "the MSA report's own-school detail (CensusCase) with consent state %s",
    (state) => {
      const FIELDS = Object.entries(FIELD_CATEGORIES.CensusCase).filter(([, category]) => category in DataCategory) as [
        string,
        DataCategory,
      ][];
      let censusId: string;
      let otherRegionCensusId: string;
      beforeAll(async () => {
        await consentIs(state);
        // One census taken today (the SWV's own mutation) holds the matrix case; later states reuse it.
        [{ id: censusId } = { id: '' }] = await sql<{ id: string }>(
          `SELECT c.id FROM census c JOIN census_case k ON k.census_id = c.id WHERE k.case_id = $1 AND k.phase = 'ACTIVE' AND c.census_date = $2`,
          [caseId, dutchDate()],
        );
        if (!censusId) {
          censusId = ok(
            await as('consulent@swv.demo.test').query<{ takeCensus: { id: string } }>(
              `mutation($i: TakeCensusInput!) { takeCensus(input: $i) { id } }`,
              { i: { date: dutchDate() } },
            ),
          ).takeCensus.id;
        }
        const [other] = await sql<{ region_id: string }>(`SELECT region_id FROM case_file WHERE id = $1`, [
          otherRegionCaseId,
        ]);
        // A census of the other region (frozen once written: made once, found after).
        [{ id: otherRegionCensusId } = { id: '' }] = await sql<{ id: string }>(
          `SELECT id FROM census WHERE region_id = $1`,
          [other.region_id],
        );
        if (!otherRegionCensusId) {
          [{ id: otherRegionCensusId }] = await sql<{ id: string }>(
            `INSERT INTO census (region_id, census_date, taken_by) SELECT $1, CURRENT_DATE, id FROM app_user LIMIT 1 RETURNING id`,
            [other.region_id],
          );
        }
      });

      it.each(CONTRACT_USERS.map((u) => [u.email, u]))(
        '%s gets the own-school detail only as the matrix allows, and nothing of another region',
        async (_email, user) => {
          const query = `query($id: ID!) { msaReport(censusId: $id) { detail { caseId ${FIELDS.map(([f]) => f).join(' ')} shielded { field reason } } } }`;
          expect(['NOT_FOUND', 'FORBIDDEN']).toContain(
            failure(await as(user.email).query(query, { id: otherRegionCensusId })).code,
          );
          const response = await as(user.email).query<{
            msaReport: { detail: (Record<string, unknown> & Shielded & { caseId: string })[] };
          }>(query, { id: censusId });
          const readsReport = [
            'PARTNERSHIP_CONSULTANT',
            'ADMIN',
            'ATTENDANCE_OFFICER',
            'ATTENDANCE_COORDINATOR',
            'CARE_COORDINATOR',
            'SCHOOL_LEADER',
          ].includes(user.role);
          if (!readsReport) {
            expect(failure(response).code, user.role).toBe('FORBIDDEN');
            return;
          }
          const detail = ok(response).msaReport.detail;
          const ownSchool =
            user.organisation === 'baken' &&
            ['ATTENDANCE_COORDINATOR', 'CARE_COORDINATOR', 'SCHOOL_LEADER'].includes(user.role);
          if (!ownSchool) {
            expect(detail, `${user.role} gets no case detail`).toEqual([]);
            return;
          }
          const row = detail.find((d) => d.caseId === caseId)!;
          expect(row, 'the matrix case is in the census').toBeTruthy();
          for (const [field, category] of FIELDS) {
            const cell = expected(user.role, user.organisation, category, state);
            const shield = row.shielded.find((s) => s.field === field);
            if (cell.hidden) expect(shield, `${user.role} CensusCase.${field}`).toEqual({ field, reason: cell.reason });
            else expect(shield, `${user.role} CensusCase.${field} (${category}) must be visible`).toBeUndefined();
          }
        },
      );
    },
  );

  describe('who records a consent', () => {
    const organisationIds = new Map<string, string>();
    beforeAll(async () => {
      await consentIs('none');
      // 17: the pupil alone consents, so only the recorder and the request decide.
      await sql(`UPDATE pupil SET date_of_birth = CURRENT_DATE - interval '17 years 40 days' WHERE id = $1`, [pupilId]);
      const rows = await sql<{ id: string; name: string; kind: string }>(
        `SELECT id, name, kind FROM organisation WHERE region_id = (SELECT region_id FROM pupil WHERE id = $1)`,
        [pupilId],
      );
      const byKind = (kind: string) => rows.find((o) => o.kind === kind)!.id;
      for (const [key, id] of [
        ['baken', rows.find((o) => o.name === 'Het Baken College')!.id],
        ['duinzicht', rows.find((o) => o.name === 'Duinzicht Lyceum')!.id],
        ['leerplicht', byKind('MUNICIPALITY')],
        ['ggd', byKind('YOUTH_HEALTH')],
        ['jg', byKind('YOUTH_CARE')],
        ['swv', byKind('PARTNERSHIP')],
      ]) {
        organisationIds.set(key, id);
      }
    });

    /** The holder of the category records it (read from CONSENT_HOLDER): the case involves the GGD, so its jeugdarts holds the advice. */
    const holds = (role: Role, organisation: string, category: DataCategory) =>
      (CONSENT_RECORDER_ROLES[CONSENT_HOLDER[category]] ?? []).includes(role) &&
      organisation === (CONSENT_HOLDER[category] === 'SCHOOL' ? 'baken' : 'ggd');

    it.each(CONTRACT_USERS.map((u) => [u.email, u]))(
      '%s records exactly the categories its organisation holds, never for itself',
      async (_email, user) => {
        const record = (categories: DataCategory[], recipient: string) =>
          as(user.email).query<{ recordConsent: { id: string } }>(
            `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
            {
              input: {
                caseId,
                givenByPupil: true,
                guardianIds: [],
                method: 'PHONE',
                categories,
                organisationIds: [recipient],
                purpose: 'Matrixtest',
                validFrom: dutchDate(),
              },
            },
          );
        const other = organisationIds.get(user.organisation === 'jg' ? 'leerplicht' : 'jg')!;
        for (const category of Object.values(DataCategory)) {
          const response = await record([category], other);
          if (access(user.role, user.organisation) !== 'READ') {
            expect(['NOT_FOUND', 'FORBIDDEN']).toContain(failure(response).code);
            continue;
          }
          if (!holds(user.role, user.organisation, category)) {
            expect(failure(response), `${user.role} ${category}`).toMatchObject({ code: 'FORBIDDEN' });
            continue;
          }
          ok(response);
          // Never naming its own organisation: a recipient does not widen its own access.
          expect(
            failure(await record([category], organisationIds.get(user.organisation)!)),
            `${user.role} ${category} for itself`,
          ).toMatchObject({ code: 'FORBIDDEN', field: 'organisationIds' });
        }
        await sql(`DELETE FROM consent WHERE pupil_id = $1`, [pupilId]);
      },
    );
  });

  it.each(CONTRACT_USERS.map((u) => [u.email, u]))(
    '%s cannot reach a case of another region by id, by list or nested',
    async (_email, user) => {
      const single = failure(
        await as(user.email).query(`query($id: ID!) { case(id: $id) { id } }`, { id: otherRegionCaseId }),
      );
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(single.code);
      for (const query of [`query($id: ID!) { meeting(id: $id) { agenda { case { id pupil { displayName } } } } }`]) {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(
          failure(await as(user.email).query(query, { id: otherRegionMeetingId })).code,
        );
      }
      for (const query of [
        `query($id: ID!) { auditTrail(pupilId: $id) { totalCount } }`,
        `query($id: ID!) { subjectAccessExport(pupilId: $id) }`,
      ]) {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(
          failure(await as(user.email).query(query, { id: otherRegionPupilId })).code,
        );
      }
      if (access(user.role, user.organisation) === 'FORBIDDEN') return;
      const list = await as(user.email).query<{ cases: { edges: { node: { id: string } }[] } }>(
        `{ cases(first: 100) { edges { node { id } } } }`,
      );
      expect(list.data!.cases.edges.map((e) => e.node.id)).not.toContain(otherRegionCaseId);
      const actions = await as(user.email).query<{ openActions: { edges: { node: { caseId: string } }[] } }>(
        `{ openActions(first: 100) { edges { node { caseId } } } }`,
      );
      expect(actions.data!.openActions.edges.map((e) => e.node.caseId)).not.toContain(otherRegionCaseId);
    },
  );
});
