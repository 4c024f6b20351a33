import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { SignalScheduleService } from '../src/modules/signal/signal-schedule.service';
import { BAKEN_MENTOR, COORDINATOR, DOCTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

interface SignalList {
  signals: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        rule: string;
        route: string;
        value: number | null;
        pupil: { pupilNumber: string } | null;
        shielded: { field: string; reason: string }[];
      };
    }[];
  };
}
const SIGNALS = `{ signals(first: 100) { totalCount edges { node { id rule route value pupil { pupilNumber } shielded { field reason } } } } }`;

/** Import → protocol → routed signals, over HTTP: the 16-hour legal report reaches leerplicht once. */
describe('signals from an import', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let csv: string;
  let baken: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) SELECT region_id, id, 'test', CURRENT_DATE - 60, CURRENT_DATE + 30, '[]' FROM organisation WHERE id = $1`,
      [baken],
    );
    // Two weekdays last week with eight unauthorised lesson hours each: exactly 16.
    const days = await sql<{ d: string }>(
      `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE - 9, CURRENT_DATE - 1, interval '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d LIMIT 2`,
    );
    const lines = days.flatMap(({ d }) =>
      Array.from({ length: 8 }, (_, i) => `BA1007,${d},,,50,${i + 1},false,TRUANCY`),
    );
    csv = ['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason', ...lines].join('\n');
  });

  const importCsv = async () =>
    ok(
      await as(COORDINATOR).query<{ importAbsences: { imported: number; signalsRaised: number } }>(
        `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported signalsRaised } }`,
        { input: { schoolId: baken, csv, keepGoodRows: false } },
      ),
    ).importAbsences;

  it('raises the legal report once, however often the same file comes in', async () => {
    const first = await importCsv();
    expect(first.imported).toBe(16);
    expect(first.signalsRaised).toBeGreaterThanOrEqual(1);
    const legal = await sql<{ value: string }>(
      `SELECT s.value FROM signal s JOIN pupil p ON p.id = s.pupil_id WHERE p.pupil_number = 'BA1007' AND s.rule_key = 'LEGAL_REPORT'`,
    );
    expect(legal.map((r) => Number(r.value))).toEqual([16]);
    expect(await importCsv()).toEqual({ imported: 0, signalsRaised: 0 });
    expect(
      await sql(
        `SELECT 1 FROM signal s JOIN pupil p ON p.id = s.pupil_id WHERE p.pupil_number = 'BA1007' AND s.rule_key = 'LEGAL_REPORT'`,
      ),
    ).toHaveLength(1);
  });

  it('routes it to leerplicht, with the pupil and the hours (its legal task), and to the school', async () => {
    const officer = ok(await as(OFFICER).query<SignalList>(SIGNALS)).signals.edges.map((e) => e.node);
    const legal = officer.find((s) => s.rule === 'LEGAL_REPORT' && s.pupil?.pupilNumber === 'BA1007');
    expect(legal).toMatchObject({ route: 'LEGAL', value: 16, shielded: [] });
    expect(officer.every((s) => s.route === 'LEGAL')).toBe(true);
    const school = ok(await as(COORDINATOR).query<SignalList>(SIGNALS)).signals.edges.map((e) => e.node);
    expect(school.map((s) => s.id)).toContain(legal!.id);
  });

  it('keeps legal signals from the mentor and everything from the jeugdarts', async () => {
    const mentor = ok(await as(BAKEN_MENTOR).query<SignalList>(SIGNALS)).signals.edges.map((e) => e.node);
    expect(mentor.every((s) => s.route === 'SCHOOL')).toBe(true);
    expect(failure(await as(DOCTOR).query(SIGNALS)).code).toBe('FORBIDDEN');
  });

  it('is acknowledged once, by someone it is routed to', async () => {
    const [{ id }] = await sql<{ id: string }>(
      `SELECT s.id FROM signal s JOIN pupil p ON p.id = s.pupil_id WHERE p.pupil_number = 'BA1007' AND s.rule_key = 'LEGAL_REPORT'`,
    );
    expect(
      failure(await as(BAKEN_MENTOR).query(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, { id })).code,
    ).toBe('FORBIDDEN');
    expect(
      ok(
        await as(OFFICER).query<{ acknowledgeSignal: { status: string } }>(
          `mutation($id: ID!) { acknowledgeSignal(id: $id) { status } }`,
          { id },
        ),
      ).acknowledgeSignal.status,
    ).toBe('ACKNOWLEDGED');
    expect(
      failure(await as(COORDINATOR).query(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, { id })).code,
    ).toBe('CONFLICT');
  });

  it('turns a signal into a case for the coordinator, with where it came from on the timeline', async () => {
    const [signal] = await sql<{ id: string; pupil_id: string }>(
      `SELECT s.id, s.pupil_id FROM signal s JOIN pupil p ON p.id = s.pupil_id WHERE p.pupil_number = 'BA1007' AND s.rule_key = 'LEGAL_REPORT'`,
    );
    expect(signal).toBeDefined();
    // Leerplicht sees the legal signal but the school opens its cases.
    expect(
      failure(await as(OFFICER).query(`mutation($id: ID!) { signalToCase(id: $id) { caseId } }`, { id: signal.id }))
        .code,
    ).toBe('FORBIDDEN');
    const { signalToCase } = ok(
      await as(COORDINATOR).query<{ signalToCase: { caseId: string; signal: { status: string; caseId: string } } }>(
        `mutation($id: ID!) { signalToCase(id: $id) { caseId signal { status caseId } } }`,
        { id: signal.id },
      ),
    );
    expect(signalToCase.signal).toEqual({ status: 'CASE_OPENED', caseId: signalToCase.caseId });
    const timeline = ok(
      await as(COORDINATOR).query<{ case: { timeline: { summary: string }[] } }>(
        `query($id: ID!) { case(id: $id) { timeline { summary } } }`,
        { id: signalToCase.caseId },
      ),
    ).case.timeline;
    expect(timeline.map((e) => e.summary).join(' ')).toMatch(/signaal/i);
    expect(
      failure(await as(COORDINATOR).query(`mutation($id: ID!) { signalToCase(id: $id) { caseId } }`, { id: signal.id }))
        .code,
    ).toBe('CONFLICT');
  });

  it('runs the nightly evaluation once a day, adding nothing already signalled', async () => {
    const nightly = t.server.app.get(SignalScheduleService);
    const day = new Date().toISOString().slice(0, 10);
    expect(await nightly.runNightly(day)).toBe(0);
    expect(await nightly.runNightly(day)).toBeNull();
  });
});

/** A mentor's worry flag is a signal; whoever raised a signal hears back what was done with it. */
describe('worry flags, agenda and feedback', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const NOTIFICATIONS = `{ unreadNotificationCount notifications(first: 10) { edges { node { id kind title body signalId caseId readAt } } } }`;
  type Notifications = {
    unreadNotificationCount: number;
    notifications: {
      edges: {
        node: { id: string; kind: string; title: string; body: string; signalId: string; caseId: string | null };
      }[];
    };
  };
  let caseId: string;
  let pupilName: string;
  let meetingId: string;

  beforeAll(async () => {
    [{ id: caseId, given_name: pupilName }] = await sql<{ id: string; given_name: string }>(
      `SELECT c.id, p.given_name FROM case_file c JOIN pupil p ON p.id = c.pupil_id JOIN case_involvement i ON i.case_id = c.id JOIN app_user u ON u.id = i.user_id
        WHERE u.email = $1 AND c.status = 'OPEN' AND NOT c.worry_flag LIMIT 1`,
      [BAKEN_MENTOR],
    );
    [{ id: meetingId }] = await sql<{ id: string }>(
      `SELECT m.id FROM meeting m JOIN organisation o ON o.id = m.organisation_id WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
    );
  });

  const worrySignals = async () =>
    ok(
      await as(COORDINATOR).query<{
        signals: { edges: { node: { id: string; rule: string; label: string; caseId: string; status: string } }[] };
      }>(`{ signals(first: 100) { edges { node { id rule label caseId status } } } }`),
    )
      .signals.edges.map((e) => e.node)
      .filter((s) => s.rule === 'WORRY' && s.caseId === caseId);

  it("puts the mentor's worry flag in the coordinators' inbox, once a day", async () => {
    expect(await worrySignals()).toEqual([]);
    ok(
      await as(BAKEN_MENTOR).query(
        `mutation($id: ID!) { setWorryFlag(caseId: $id, flag: true, note: "Stil in de klas") { id } }`,
        { id: caseId },
      ),
    );
    ok(
      await as(BAKEN_MENTOR).query(`mutation($id: ID!) { setWorryFlag(caseId: $id, flag: false) { id } }`, {
        id: caseId,
      }),
    );
    ok(
      await as(BAKEN_MENTOR).query(`mutation($id: ID!) { setWorryFlag(caseId: $id, flag: true) { id } }`, {
        id: caseId,
      }),
    );
    const signals = await worrySignals();
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ status: 'NEW', label: expect.stringMatching(/zorgenvinkje/i) });
  });

  it('is put on an agenda only by who may build that agenda, and then tells the mentor in plain words, naming no pupil', async () => {
    const [signal] = await worrySignals();
    const toAgenda = `mutation($id: ID!, $meeting: ID!) { signalToAgenda(id: $id, meetingId: $meeting) { status caseId } }`;
    expect(failure(await as(BAKEN_MENTOR).query(toAgenda, { id: signal.id, meeting: meetingId })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      failure(await as(COORDINATOR).query(toAgenda, { id: signal.id, meeting: '00000000-0000-4000-8000-000000000000' }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      ok(
        await as(COORDINATOR).query<{ signalToAgenda: { status: string; caseId: string } }>(toAgenda, {
          id: signal.id,
          meeting: meetingId,
        }),
      ).signalToAgenda,
    ).toEqual({ status: 'ON_AGENDA', caseId });
    const agenda = await sql(`SELECT 1 FROM agenda_item WHERE meeting_id = $1 AND case_id = $2`, [meetingId, caseId]);
    expect(agenda).toHaveLength(1);
    expect(failure(await as(COORDINATOR).query(toAgenda, { id: signal.id, meeting: meetingId })).code).toBe('CONFLICT');

    const mine = ok(await as(BAKEN_MENTOR).query<Notifications>(NOTIFICATIONS));
    const feedback = mine.notifications.edges.map((e) => e.node).filter((n) => n.signalId === signal.id);
    expect(feedback).toHaveLength(1);
    // A reference and a neutral sentence; what happened (on which agenda) is read on the signal itself.
    expect(feedback[0]).toMatchObject({
      kind: 'SIGNAL_FEEDBACK',
      caseId,
      title: 'Terugkoppeling op uw signaal',
      body: 'Een signaal dat van u of uw school kwam, is behandeld. Open het in Aanwezig om te zien wat ermee is gebeurd.',
    });
    expect(`${feedback[0].title} ${feedback[0].body}`).not.toContain(pupilName);
    expect(mine.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    // Nobody else reads the mentor's notifications, and marking them read is one's own business.
    const coordinators = ok(await as(COORDINATOR).query<Notifications>(NOTIFICATIONS)).notifications.edges.map(
      (e) => e.node.id,
    );
    expect(coordinators).not.toContain(feedback[0].id);
    expect(
      ok(
        await as(COORDINATOR).query<{ markNotificationsRead: number }>(
          `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [feedback[0].id] },
        ),
      ).markNotificationsRead,
    ).toBe(0);
    expect(
      ok(await as(BAKEN_MENTOR).query<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`))
        .markNotificationsRead,
    ).toBe(mine.unreadNotificationCount);
    expect(ok(await as(BAKEN_MENTOR).query<Notifications>(NOTIFICATIONS)).unreadNotificationCount).toBe(0);
    expect(failure(await as(BAKEN_MENTOR).query(`mutation { markNotificationsRead(ids: ["nope"]) }`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
    });
  });

  it('tells the importer when leerplicht picks up a signal from their file', async () => {
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) SELECT region_id, id, 'test', CURRENT_DATE - 60, CURRENT_DATE + 30, '[]' FROM organisation WHERE id = $1`,
      [baken],
    );
    const days = await sql<{ d: string }>(
      `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE - 9, CURRENT_DATE - 1, interval '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d LIMIT 2`,
    );
    const csv = [
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
      ...days.flatMap(({ d }) => Array.from({ length: 8 }, (_, i) => `BA1011,${d},,,50,${i + 1},false,TRUANCY`)),
    ].join('\n');
    ok(
      await as(COORDINATOR).query(
        `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported } }`,
        { input: { schoolId: baken, csv } },
      ),
    );
    const [signal] = await sql<{ id: string }>(
      `SELECT s.id FROM signal s JOIN pupil p ON p.id = s.pupil_id WHERE p.pupil_number = 'BA1011' AND s.rule_key = 'LEGAL_REPORT'`,
    );
    ok(await as(OFFICER).query(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, { id: signal.id }));
    const feedback = ok(await as(COORDINATOR).query<Notifications>(NOTIFICATIONS))
      .notifications.edges.map((e) => e.node)
      .filter((n) => n.signalId === signal.id);
    expect(feedback).toHaveLength(1);
    // How it was handled is read on the signal (its status), not copied into the notification.
    expect(feedback[0]).toMatchObject({
      kind: 'SIGNAL_FEEDBACK',
      signalId: signal.id,
      title: 'Terugkoppeling op uw signaal',
    });
    expect(feedback[0].body).not.toMatch(/Leerplicht|BA1011/);
  });
});
