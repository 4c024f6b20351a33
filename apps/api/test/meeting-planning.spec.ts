import { beforeAll, describe, expect, it } from 'vitest';
import { SchoolCalendar, addDays, dutchDate, isoWeekday } from '@aanwezig/domain';
import { demoSchoolYear } from '../src/database/seed/demo-calendar';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { COORDINATOR, DOCTOR, DUINZICHT_MENTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

interface Colleague {
  id: string;
  name: string;
  role: string;
  organisationName: string;
}
const COLLEAGUES = `query($o: ID) { colleagues(organisationId: $o) { id name role organisationName } }`;
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id startsAt participants { name } nonSchoolDay { date reason holiday } } }`;

/** The moment it is 14:00 in the Netherlands on `date` (winter time: the dates used here are in December to March). */
const dutchAfternoon = (date: string) => {
  const winter = new Date(`${date}T14:00:00+01:00`);
  return dutchDate(winter) === date && winter.getUTCHours() === 13 ? winter : new Date(`${date}T14:00:00+02:00`);
};

/** The demo region's calendar (as demo-region.seed.ts stores it) for the school year holding `date`. */
const calendarOn = (date: string) => {
  const year = Number(date.slice(0, 4));
  const data = [demoSchoolYear(year - 1), demoSchoolYear(year)].find((y) => date >= y.firstDay && date <= y.lastDay);
  return data ? new SchoolCalendar(data) : null;
};

/** Planning a school's meeting: whom it may invite (the school and its partners), and whether the day is a school day. */
describe('planning a meeting', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const orgId = async (name: string) =>
    (await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = $1`, [name]))[0].id;
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  let baken: string;

  beforeAll(async () => {
    baken = await orgId('Het Baken College');
  });

  describe('colleagues(organisationId): whom a school meeting may invite', () => {
    it("offers the school's own staff and its partners, and nobody of another school", async () => {
      const { colleagues } = ok(await as(COORDINATOR).query<{ colleagues: Colleague[] }>(COLLEAGUES, { o: baken }));
      const rows = colleagues.map((c) => `${c.name} (${c.role}, ${c.organisationName})`).sort();
      expect(rows).toEqual(
        [
          'Ahmed el Amrani (ATTENDANCE_COORDINATOR, Het Baken College)',
          'Dr. Fatima Yilmaz (YOUTH_DOCTOR, GGD Kustland - JGZ)',
          'Ellen Mulder (PARTNERSHIP_CONSULTANT, Samenwerkingsverband Kustland VO)',
          'Joost Smit (ATTENDANCE_OFFICER, Gemeente Kustland - Leerplicht)',
          'Kevin de Boer (FAMILY_COACH, Jeugd en Gezin Kustland)',
          'Marieke Jansen (CARE_COORDINATOR, Het Baken College)',
          'Pieter Bakker (SCHOOL_LEADER, Het Baken College)',
          'Sanne de Vries (MENTOR, Het Baken College)',
          // Some of Baken's pupils live in Duinrand: its leerplicht serves them.
          `${DEMO_USERS.find((u) => u.email === 'leerplicht@duinrand.demo.test')!.name} (ATTENDANCE_OFFICER, Gemeente Duinrand - Leerplicht)`,
        ].sort(),
      );
      // Not the school's privacy officer or the SWV's administrator (they see no case content), nor Duinzicht's mentor.
      const names = colleagues.map((c) => c.name);
      for (const email of ['privacy@baken.demo.test', 'beheer@swv.demo.test', DUINZICHT_MENTOR])
        expect(names).not.toContain(DEMO_USERS.find((u) => u.email === email)!.name);
      // Without a school: the region's professionals, as before (other schools included).
      const region = ok(await as(COORDINATOR).query<{ colleagues: Colleague[] }>(COLLEAGUES, {}));
      expect(region.colleagues.map((c) => c.name)).toContain('Lotte Visser');
      expect(region.colleagues.length).toBeGreaterThan(colleagues.length);
    });

    it('offers only the leerplicht of the municipalities where the school’s pupils live', async () => {
      const helmgras = await orgId('Praktijkschool Helmgras');
      const duinrand = await orgId('Gemeente Duinrand - Leerplicht');
      const kustland = await orgId('Gemeente Kustland - Leerplicht');
      const officers = async (school: string) =>
        ok(await as(COORDINATOR).query<{ colleagues: Colleague[] }>(COLLEAGUES, { o: school }))
          .colleagues.filter((c) => c.role === 'ATTENDANCE_OFFICER')
          .map((c) => c.organisationName)
          .sort();
      expect(await officers(helmgras)).toEqual(['Gemeente Duinrand - Leerplicht', 'Gemeente Kustland - Leerplicht']);
      // When all of Helmgras's pupils live in Kustland, Duinrand's leerplicht is no partner of its meetings.
      const moved = await sql<{ id: string }>(
        `SELECT id FROM pupil WHERE school_id = $1 AND residence_municipality_id = $2`,
        [helmgras, duinrand],
      );
      expect(moved.length).toBeGreaterThan(0);
      await sql(`UPDATE pupil SET residence_municipality_id = $2 WHERE id = ANY($1)`, [
        moved.map((m) => m.id),
        kustland,
      ]);
      try {
        expect(await officers(helmgras)).toEqual(['Gemeente Kustland - Leerplicht']);
        // A school whose pupils have no residence recorded yet: every municipality of the region.
        await sql(`UPDATE pupil SET residence_municipality_id = NULL WHERE school_id = $1`, [helmgras]);
        expect(await officers(helmgras)).toEqual(['Gemeente Duinrand - Leerplicht', 'Gemeente Kustland - Leerplicht']);
      } finally {
        await sql(
          `UPDATE pupil SET residence_municipality_id = CASE WHEN id = ANY($3) THEN $4::uuid ELSE $2::uuid END WHERE school_id = $1`,
          [helmgras, kustland, moved.map((m) => m.id), duinrand],
        );
      }
    });

    it.each([
      ['a municipality', 'Gemeente Kustland - Leerplicht'],
      ['an id that is no organisation', null],
    ])('refuses %s as the school, naming organisationId', async (_, name) => {
      const o = name ? await orgId(name) : '00000000-0000-0000-0000-000000000001';
      const refused = failure(await as(COORDINATOR).query(COLLEAGUES, { o }));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
      expect(refused.message).toMatch(/^Kies een school van uw samenwerkingsverband/);
    });

    it('refuses a school of another region as if it did not exist', async () => {
      const [{ id: region }] = await sql<{ id: string }>(
        `INSERT INTO region (name) VALUES ('Samenwerkingsverband Elders') RETURNING id`,
      );
      const [{ id: school }] = await sql<{ id: string }>(
        `INSERT INTO organisation (region_id, name, kind, sector) VALUES ($1, 'Het Andere College', 'SCHOOL', 'VO') RETURNING id`,
        [region],
      );
      expect(failure(await as(COORDINATOR).query(COLLEAGUES, { o: school }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'organisationId',
      });
    });
  });

  describe('createMeeting', () => {
    const plan = (startsAt: Date, participantIds: string[]) =>
      as(COORDINATOR).query<{
        createMeeting: {
          id: string;
          participants: { name: string }[];
          nonSchoolDay: { date: string; reason: string; holiday: string | null } | null;
        }[];
      }>(CREATE, { input: { organisationId: baken, kind: 'SAT', title: 'SAT planning', startsAt, participantIds } });

    it("refuses another school's mentor as a participant, naming who, and plans nothing", async () => {
      const before = (await sql(`SELECT id FROM meeting WHERE title = 'SAT planning'`)).length;
      const refused = failure(
        await plan(dutchAfternoon(addDays(dutchDate(), 7)), [await userId(OFFICER), await userId(DUINZICHT_MENTOR)]),
      );
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantIds' });
      expect(refused.message).toContain('Lotte Visser');
      expect(refused.message).not.toContain('Joost Smit');
      expect((await sql(`SELECT id FROM meeting WHERE title = 'SAT planning'`)).length).toBe(before);
    });

    it('plans on a school day without a warning, and on a holiday or a Saturday with one (planned all the same)', async () => {
      const today = dutchDate();
      let schoolDay = addDays(today, 1);
      while (!calendarOn(schoolDay)?.isSchoolDay(schoolDay)) schoolDay = addDays(schoolDay, 1);
      let saturday = addDays(today, 2);
      while (isoWeekday(saturday) !== 6) saturday = addDays(saturday, 1);
      const year = Number(today.slice(0, 4));
      const christmas = [demoSchoolYear(year - 1), demoSchoolYear(year)]
        .map((y) => y.holidays.find((h) => h.name === 'kerstvakantie')!)
        .find((h) => addDays(h.from, 2) > today)!;
      const holidayMonday = addDays(christmas.from, 2);
      expect(isoWeekday(holidayMonday)).toBe(1);

      const participants = [await userId(OFFICER), await userId(DOCTOR)];
      const onSchoolDay = ok(await plan(dutchAfternoon(schoolDay), participants)).createMeeting[0];
      expect(onSchoolDay.nonSchoolDay).toBeNull();
      expect(onSchoolDay.participants.map((p) => p.name).sort()).toEqual([
        'Ahmed el Amrani',
        'Dr. Fatima Yilmaz',
        'Joost Smit',
      ]);
      expect(ok(await plan(dutchAfternoon(holidayMonday), [])).createMeeting[0].nonSchoolDay).toEqual({
        date: holidayMonday,
        reason: 'HOLIDAY',
        holiday: 'kerstvakantie',
      });
      expect(ok(await plan(dutchAfternoon(saturday), [])).createMeeting[0].nonSchoolDay).toEqual({
        date: saturday,
        reason: 'WEEKEND',
        holiday: null,
      });
    });
  });

  describe('meetings: past ones, latest first', () => {
    it('pages through the closed meetings of the year, the most recent first', async () => {
      const PAST = `query($to: DateTime!, $after: String) { meetings(first: 5, after: $after, filter: { to: $to, latestFirst: true }) { edges { node { id startsAt status } } pageInfo { hasNextPage endCursor } totalCount } }`;
      type Page = {
        meetings: {
          edges: { node: { id: string; startsAt: string; status: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
          totalCount: number;
        };
      };
      const now = new Date().toISOString();
      const first = ok(await as(COORDINATOR).query<Page>(PAST, { to: now })).meetings;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await as(COORDINATOR).query<Page>(PAST, { to: now, after: first.pageInfo.endCursor })).meetings;
      const starts = [...first.edges, ...second.edges].map((e) => e.node.startsAt);
      expect(starts).toHaveLength(10);
      expect(starts).toEqual([...starts].sort().reverse());
      expect(starts.every((s) => s < now)).toBe(true);
      expect(first.edges.every((e) => e.node.status === 'CLOSED')).toBe(true);
      // Baken's own year of SATs: 11 months back, one every four weeks.
      expect(first.totalCount).toBeGreaterThanOrEqual(10);
    });

    it('counts a meeting closed before its planned time as past, and no longer as upcoming', async () => {
      const LIST = `query($past: Boolean!) { meetings(first: 100, filter: { past: $past, latestFirst: true }) { edges { node { id status } } } }`;
      type List = { meetings: { edges: { node: { id: string; status: string } }[] } };
      const ids = async (past: boolean) =>
        ok(await as(COORDINATOR).query<List>(LIST, { past })).meetings.edges.map((e) => e.node.id);
      const [{ id }] = ok(
        await as(COORDINATOR).query<{ createMeeting: { id: string }[] }>(CREATE, {
          input: {
            organisationId: baken,
            title: 'SAT vroeg gesloten',
            startsAt: dutchAfternoon(addDays(dutchDate(), 3)),
            participantIds: [],
          },
        }),
      ).createMeeting;
      expect(await ids(false)).toContain(id);
      expect(await ids(true)).not.toContain(id);
      ok(await as(COORDINATOR).query(`mutation($id: ID!) { closeMeeting(id: $id) { id } }`, { id }));
      expect(await ids(true)).toContain(id);
      expect(await ids(false)).not.toContain(id);
    });
  });

  describe('the demo SAT meetings', () => {
    it('fall on school days, each school at its own time and in its own room, with only the school and its partners', async () => {
      const meetings = await sql<{ id: string; organisation_id: string; starts_at: Date; location: string }>(
        `SELECT m.id, m.organisation_id, m.starts_at, m.location FROM meeting m WHERE m.kind = 'SAT' AND m.series_id IS NOT NULL`,
      );
      const schools = new Set(meetings.map((m) => m.organisation_id));
      expect(schools.size).toBe(6);
      const offDays = meetings.map((m) => dutchDate(m.starts_at)).filter((day) => !calendarOn(day)?.isSchoolDay(day));
      expect(offDays).toEqual([]);
      const slot = (m: (typeof meetings)[number]) =>
        `${isoWeekday(dutchDate(m.starts_at))} ${new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', timeStyle: 'short' }).format(m.starts_at)} ${m.location}`;
      const slotsPerSchool = new Map<string, Set<string>>();
      for (const m of meetings)
        slotsPerSchool.set(
          m.organisation_id,
          (slotsPerSchool.get(m.organisation_id) ?? new Set()).add(slot(m).split(' ').slice(1).join(' ')),
        );
      // One hour and room per school, and no two schools share both.
      expect([...slotsPerSchool.values()].map((s) => s.size)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(new Set([...slotsPerSchool.values()].map((s) => [...s][0])).size).toBe(6);
      // Every participant is someone colleagues(organisationId) offers for that school.
      for (const school of schools) {
        const invitees = new Set(
          ok(await as(COORDINATOR).query<{ colleagues: Colleague[] }>(COLLEAGUES, { o: school })).colleagues.map(
            (c) => c.id,
          ),
        );
        const participants = await sql<{ user_id: string }>(
          `SELECT DISTINCT mp.user_id FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id WHERE m.organisation_id = $1 AND m.kind = 'SAT' AND m.series_id IS NOT NULL`,
          [school],
        );
        expect(participants.filter((p) => !invitees.has(p.user_id))).toEqual([]);
      }
    });
  });
});
