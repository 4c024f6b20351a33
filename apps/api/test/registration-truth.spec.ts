import { notificationText } from '../src/modules/notification/notification-text';
import type { NotificationKind } from '../src/modules/notification/notification.entity';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { readOutbox } from './support/outbox';
import { BAKEN_MENTOR, COORDINATOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';
import { ReminderService } from '../src/modules/reminder/reminder.service';
import { MailDispatcher } from '../src/modules/notification/mail-dispatcher';
import { APP_CONFIG } from '../src/core/config/config.module';
import type { AppConfig } from '../src/core/config/config';

const HEADER = 'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason';
const IMPORT = `mutation($input: ImportAbsencesInput!) {
  importAbsences(input: $input) { imported changed removed alreadyPresent signalsRaised signalsWithdrawn from to rejected errors { line field message } } }`;
const SIGNAL_FIELDS = `id rule status crossedOn reportDue withdrawnAt withdrawnReason value pupil { pupilNumber } legalReport { reportedOn reference recordedBy late }`;

interface ImportResult {
  imported: number;
  changed: number;
  removed: number;
  alreadyPresent: number;
  signalsRaised: number;
  signalsWithdrawn: number;
  from: string | null;
  to: string | null;
  rejected: boolean;
  errors: { line: number; field: string | null; message: string }[];
}
interface SignalNode {
  id: string;
  rule: string;
  status: string;
  crossedOn: string | null;
  reportDue: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  value: number | null;
  pupil: { pupilNumber: string } | null;
  legalReport: { reportedOn: string; reference: string; recordedBy: string; late: boolean } | null;
}

/** Eight unauthorised lesson hours on each day: two days make the 16 hours of the legal report. */
const truancy = (pupil: string, days: readonly string[], reason = 'TRUANCY', authorised = false) =>
  days.flatMap((d) => Array.from({ length: 8 }, (_, i) => `${pupil},${d},,,50,${i + 1},${authorised},${reason}`));

/**
 * The registration system is the truth: corrections replace, removals remove, and the legal duty to
 * report does not depend on the day the registrations arrive. Over HTTP, on a calendar of weekdays.
 */
describe('registrations as the school sends them', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let baken: string;
  /** The school days (weekdays) before today, most recent last. */
  let schoolDays: string[];
  const today = dutchDate();
  const daysAgo = (n: number) => schoolDays[schoolDays.length - n];

  const run = async (lines: readonly string[], extra: Record<string, unknown> = {}, email = COORDINATOR) =>
    ok(
      await as(email).query<{ importAbsences: ImportResult }>(IMPORT, {
        input: { schoolId: baken, csv: [HEADER, ...lines].join('\n'), ...extra },
      }),
    ).importAbsences;
  const signalsOf = async (pupil: string, rule = 'LEGAL_REPORT') =>
    sql<{
      id: string;
      crossed_on: string;
      report_due: string | null;
      withdrawn_at: Date | null;
      withdrawn_reason: string | null;
      raised_by: string | null;
    }>(
      `SELECT s.id, s.crossed_on::text, s.report_due::text, s.withdrawn_at, s.withdrawn_reason, s.raised_by FROM signal s JOIN pupil p ON p.id = s.pupil_id
        WHERE p.pupil_number = $1 AND s.rule_key = $2 ORDER BY s.crossed_on`,
      [pupil, rule],
    );
  const registrations = async (pupil: string) =>
    sql<{ date: string; slot: string; reason: string; authorised: boolean }>(
      `SELECT a.date::text, a.slot, a.reason, a.authorised FROM absence_record a JOIN pupil p ON p.id = a.pupil_id WHERE p.pupil_number = $1 ORDER BY a.date, a.slot`,
      [pupil],
    );
  const officerSignals = async (args = '') =>
    ok(
      await as(OFFICER).query<{ signals: { edges: { node: SignalNode }[] } }>(
        `{ signals(first: 100${args}) { edges { node { ${SIGNAL_FIELDS} } } } }`,
      ),
    ).signals.edges.map((e) => e.node);

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    // The school's own calendar: every weekday of the last five months is a school day.
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) SELECT region_id, id, 'test', CURRENT_DATE - 150, CURRENT_DATE + 60, '[]' FROM organisation WHERE id = $1`,
      [baken],
    );
    schoolDays = (
      await sql<{ d: string }>(
        `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE - 140, CURRENT_DATE - 1, interval '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d`,
      )
    ).map((r) => r.d);
  });

  describe('a corrected export (parents called: sick, not truant)', () => {
    const pupil = 'BA1012';
    let signalId: string;

    it('first raises the legal report on the day the sixteenth hour was registered', async () => {
      const result = await run(truancy(pupil, [daysAgo(3), daysAgo(2)]));
      expect(result).toMatchObject({
        imported: 16,
        changed: 0,
        removed: 0,
        alreadyPresent: 0,
        signalsRaised: expect.any(Number),
        signalsWithdrawn: 0,
        from: daysAgo(3),
        to: daysAgo(2),
      });
      const [signal] = await signalsOf(pupil);
      expect(signal).toMatchObject({ crossed_on: daysAgo(2), report_due: expect.any(String), withdrawn_at: null });
      signalId = signal.id;
      expect((await officerSignals()).map((s) => s.id)).toContain(signalId);
    });

    it('replaces the truancy by the sick leave, and the counts follow', async () => {
      const result = await run(truancy(pupil, [daysAgo(3), daysAgo(2)], 'SICK', true));
      expect(result).toMatchObject({
        imported: 0,
        changed: 16,
        removed: 0,
        alreadyPresent: 0,
        signalsWithdrawn: 1,
        rejected: false,
        errors: [],
      });
      const rows = await registrations(pupil);
      expect(rows).toHaveLength(16);
      expect(new Set(rows.map((r) => `${r.reason}:${r.authorised}`))).toEqual(new Set(['SICK:true']));
      const days = await sql<{ unauthorised_lessons: number; sick: boolean }>(
        `SELECT d.unauthorised_lessons, d.sick FROM absence_day d JOIN pupil p ON p.id = d.pupil_id WHERE p.pupil_number = $1`,
        [pupil],
      );
      expect(days).toEqual([
        { unauthorised_lessons: 0, sick: true },
        { unauthorised_lessons: 0, sick: true },
      ]);
    });

    it('withdraws the legal report instead of deleting it, and leerplicht sees why', async () => {
      const [signal] = await signalsOf(pupil);
      expect(signal).toMatchObject({ id: signalId, withdrawn_reason: 'REGISTRATIONS_CORRECTED' });
      expect(signal.withdrawn_at).not.toBeNull();
      // Gone from the inbox, kept on record.
      expect((await officerSignals()).map((s) => s.id)).not.toContain(signalId);
      const withdrawn = (await officerSignals(', withdrawn: true')).find((s) => s.id === signalId);
      expect(withdrawn).toMatchObject({
        rule: 'LEGAL_REPORT',
        withdrawnReason: 'REGISTRATIONS_CORRECTED',
        crossedOn: daysAgo(2),
        pupil: { pupilNumber: pupil },
      });
      expect(
        failure(await as(OFFICER).query(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, { id: signalId }))
          .code,
      ).toBe('CONFLICT');
      // The withdrawn list is a channel of its own: it shows only what the reader's routes and mask allow.
      const listAs = async (email: string) =>
        ok(
          await as(email).query<{ signals: { edges: { node: SignalNode & { route: string } }[] } }>(
            `{ signals(first: 100, withdrawn: true) { edges { node { ${SIGNAL_FIELDS} route } } } }`,
          ),
        ).signals.edges.map((e) => e.node);
      expect((await listAs('verzuim@duinzicht.demo.test')).map((s) => s.id)).not.toContain(signalId);
      expect((await listAs(BAKEN_MENTOR)).every((s) => s.route === 'SCHOOL')).toBe(true);
      expect(
        failure(await as('jeugdarts@ggd.demo.test').query(`{ signals(withdrawn: true) { totalCount } }`)).code,
      ).toBe('FORBIDDEN');
    });

    it('tells leerplicht in a sentence that names no pupil, in the app and in the mail', async () => {
      const [{ name, number }] = await sql<{ name: string; number: string }>(
        `SELECT given_name || ' ' || family_name AS name, pupil_number AS number FROM pupil WHERE pupil_number = $1`,
        [pupil],
      );
      // A notification stores its kind; its text is the kind's sentence, as the app and the mail say it.
      const notes = (
        await sql<{ email: string; kind: NotificationKind }>(
          `SELECT u.email, n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.kind = 'SIGNAL_WITHDRAWN' AND n.signal_id = $1`,
          [signalId],
        )
      ).map((n) => ({ ...n, ...notificationText(n.kind) }));
      expect(notes.map((n) => n.email)).toContain(OFFICER);
      // The coordinator made the correction; the other school staff the signal reached hear of it.
      expect(notes.map((n) => n.email)).not.toContain(COORDINATOR);
      for (const note of notes)
        for (const secret of [name, number, ...name.split(' ')])
          expect(`${note.title} ${note.body}`).not.toContain(secret);
      await t.server.app.get(MailDispatcher).dispatch();
      const mails = (await readOutbox(t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!)).filter((m) =>
        m.subject.includes('Signaal ingetrokken'),
      );
      expect(mails.map((m) => m.to)).toContain(OFFICER);
      for (const mail of mails)
        for (const secret of [name, number]) expect(`${mail.subject} ${mail.text}`).not.toContain(secret);
      // The outbox is this service's alone: other users of the machine read no mail.
      const outbox = t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!;
      expect((await stat(outbox)).mode & 0o077).toBe(0);
      expect((await stat(path.join(outbox, mails[0].file))).mode & 0o077).toBe(0);
    });

    it('changes nothing when the corrected file comes again, and reinstates the report when the correction is undone', async () => {
      expect(await run(truancy(pupil, [daysAgo(3), daysAgo(2)], 'SICK', true))).toMatchObject({
        imported: 0,
        changed: 0,
        removed: 0,
        alreadyPresent: 16,
        signalsRaised: 0,
        signalsWithdrawn: 0,
      });
      expect(await run(truancy(pupil, [daysAgo(3), daysAgo(2)]))).toMatchObject({
        changed: 16,
        signalsRaised: 1,
        signalsWithdrawn: 0,
      });
      expect(await signalsOf(pupil)).toMatchObject([
        { id: signalId, withdrawn_at: null, withdrawn_reason: null, crossed_on: daysAgo(2) },
      ]);
      // Leerplicht heard of the withdrawal, so it hears that the report holds again.
      const told = (
        await sql<{ email: string; kind: NotificationKind }>(
          `SELECT u.email, n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.kind = 'SIGNAL_REINSTATED' AND n.signal_id = $1`,
          [signalId],
        )
      ).map((n) => ({ ...n, ...notificationText(n.kind) }));
      expect(told.map((n) => n.email)).toContain(OFFICER);
      for (const note of told) expect(note.body).not.toContain(pupil);
    });
  });

  it('removes a registration the registration system no longer exports, within the period the file covers', async () => {
    const pupil = 'BA1013';
    const [a, b, c] = [daysAgo(12), daysAgo(11), daysAgo(10)];
    expect(
      await run([
        `${pupil},${a},,,50,1,false,TRUANCY`,
        `${pupil},${b},,,50,1,false,TRUANCY`,
        `${pupil},${c},,,50,1,false,TRUANCY`,
      ]),
    ).toMatchObject({ imported: 3 });
    // The next export covers the same days and no longer holds the middle one.
    expect(
      await run([`${pupil},${a},,,50,1,false,TRUANCY`, `${pupil},${c},,,50,1,false,TRUANCY`], { from: a, to: c }),
    ).toMatchObject({ imported: 0, removed: 1, alreadyPresent: 2, from: a, to: c });
    expect((await registrations(pupil)).map((r) => r.date)).toEqual([a, c]);
    // Outside the file's period nothing is touched: a one-day file of a later day keeps these.
    expect(await run([`${pupil},${daysAgo(9)},,,50,2,false,LATE`])).toMatchObject({ imported: 1, removed: 0 });
    expect((await registrations(pupil)).map((r) => r.date)).toEqual([a, c, daysAgo(9)]);
  });

  it("with wholeSchool, removes the period's registrations of pupils the file no longer mentions", async () => {
    const [gone, stays] = ['BA1014', 'BA1015'];
    const day = daysAgo(20);
    await run([`${gone},${day},,,50,1,false,TRUANCY`, `${stays},${day},,,50,1,false,TRUANCY`]);
    // Without it the file speaks only for its own pupils.
    expect(await run([`${stays},${day},,,50,1,false,TRUANCY`])).toMatchObject({ removed: 0, alreadyPresent: 1 });
    expect(await registrations(gone)).toHaveLength(1);
    expect(await run([`${stays},${day},,,50,1,false,TRUANCY`], { wholeSchool: true })).toMatchObject({
      removed: 1,
      alreadyPresent: 1,
    });
    expect(await registrations(gone)).toHaveLength(0);
  });

  it.each([1, 5, 15])(
    'dates the legal report on the crossing day when the registrations arrive %i school days late',
    async (late) => {
      const pupil = `BA10${16 + [1, 5, 15].indexOf(late)}`;
      const crossing = daysAgo(late);
      const first = schoolDays[schoolDays.indexOf(crossing) - 3];
      const result = await run(truancy(pupil, [first, crossing]));
      expect(result).toMatchObject({ imported: 16, signalsWithdrawn: 0 });
      const signals = await signalsOf(pupil);
      // One legal report for these sixteen hours, however many weekly windows they stay in.
      expect(signals).toHaveLength(1);
      const fifthSchoolDayAfter = [
        ...schoolDays,
        ...(
          await sql<{ d: string }>(
            `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE, CURRENT_DATE + 14, interval '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d`,
          )
        ).map((r) => r.d),
      ][schoolDays.indexOf(crossing) + 5];
      expect(signals[0]).toMatchObject({ crossed_on: crossing, report_due: fifthSchoolDayAfter });
    },
  );

  it('keeps every stored registration when some lines are refused and the good ones are kept: only a complete file removes', async () => {
    const pupil = 'BA1023';
    const days = [daysAgo(34), daysAgo(33)];
    await run(truancy(pupil, days));
    const lines = truancy(pupil, days);
    lines[15] = lines[15].replace('TRUANCY', 'ZIEK');
    const result = await run(lines, { keepGoodRows: true });
    expect(result).toMatchObject({
      rejected: false,
      imported: 0,
      changed: 0,
      removed: 0,
      alreadyPresent: 15,
      signalsWithdrawn: 0,
      errors: [{ line: 17, field: 'reason' }],
    });
    expect(await registrations(pupil)).toHaveLength(16);
    expect((await signalsOf(pupil)).map((s) => s.withdrawn_at)).toEqual([null]);
  });

  it('moves a legal report to its earlier crossing when more absence arrives late, keeping its DUO report, telling nobody it was withdrawn', async () => {
    const pupil = 'BA1024';
    const [a, a2, b] = [daysAgo(14), daysAgo(13), daysAgo(8)];
    await run(truancy(pupil, [a, b]));
    const [before] = await signalsOf(pupil);
    expect(before.crossed_on).toBe(b);
    ok(
      await as(COORDINATOR).query(
        `mutation($id: ID!, $input: MarkReportedToDuoInput!) { markReportedToDuo(id: $id, input: $input) { id } }`,
        { id: before.id, input: { reportedOn: today, reference: 'DUO-MOVE-1' } },
      ),
    );
    // The registration system now also has eight hours the day after the first: sixteen were reached then.
    const result = await run(truancy(pupil, [a2]));
    expect(result).toMatchObject({ imported: 8, signalsRaised: 0, signalsWithdrawn: 0 });
    const after = await signalsOf(pupil);
    expect(after).toMatchObject([{ id: before.id, crossed_on: a2, withdrawn_at: null }]);
    const [{ duo_reference }] = await sql<{ duo_reference: string }>(`SELECT duo_reference FROM signal WHERE id = $1`, [
      before.id,
    ]);
    expect(duo_reference).toBe('DUO-MOVE-1');
    expect(
      await sql(`SELECT 1 FROM notification WHERE signal_id = $1 AND kind = 'SIGNAL_WITHDRAWN'`, [before.id]),
    ).toEqual([]);
  });

  it('refuses a period of more than 400 days and registrations more than a year ahead: one file does not replace years', async () => {
    const far = failure(
      await as(COORDINATOR).query(IMPORT, {
        input: {
          schoolId: baken,
          csv: [HEADER, `BA1025,${daysAgo(3)},,,50,1,false,TRUANCY`].join('\n'),
          from: '1900-01-01',
          to: '3000-01-01',
        },
      }),
    );
    expect(far).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const future = await run([`BA1025,3000-01-06,,,50,1,false,TRUANCY`]);
    expect(future).toMatchObject({ rejected: true, errors: [{ line: 2, field: 'date' }] });
    const wide = failure(
      await as(COORDINATOR).query(IMPORT, {
        input: {
          schoolId: baken,
          csv: [HEADER, `BA1025,2024-01-08,,,50,1,false,TRUANCY`, `BA1025,${daysAgo(3)},,,50,1,false,TRUANCY`].join(
            '\n',
          ),
        },
      }),
    );
    expect(wide).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(await registrations('BA1025')).toEqual([]);
  });

  it('refuses rows outside the period the import says it covers, and a period that ends before it starts', async () => {
    const pupil = 'BA1019';
    const result = await run(
      [`${pupil},${daysAgo(30)},,,50,1,false,TRUANCY`, `${pupil},${daysAgo(25)},,,50,1,false,TRUANCY`],
      { from: daysAgo(28), to: daysAgo(20) },
    );
    expect(result).toMatchObject({ rejected: true, imported: 0, errors: [{ line: 2, field: 'date' }] });
    expect(result.errors[0].message).toContain(daysAgo(30));
    expect(await registrations(pupil)).toEqual([]);
    const backwards = failure(
      await as(COORDINATOR).query(IMPORT, {
        input: { schoolId: baken, csv: HEADER, from: daysAgo(1), to: daysAgo(5) },
      }),
    );
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(
      failure(await as(COORDINATOR).query(IMPORT, { input: { schoolId: baken, csv: HEADER, from: '2026-02-30' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('refuses two registrations of one slot in one file: the source has one', async () => {
    const day = daysAgo(40);
    const result = await run([`BA1020,${day},,,50,3,false,TRUANCY`, `BA1020,${day},,,50,3,true,SICK`]);
    expect(result).toMatchObject({ rejected: true, errors: [{ line: 3, field: null }] });
    expect(result.errors[0].message).toMatch(/dubbele regel.*lesuur 3.*regel 2/);
  });

  describe('the school reports the legal report to DUO', () => {
    const pupil = 'BA1021';
    let signal: { id: string; report_due: string | null };
    const mark = (email: string, reportedOn: string, reference = 'DUO-2026-0042', id = signal.id) =>
      as(email).query<{ markReportedToDuo: SignalNode }>(
        `mutation($id: ID!, $input: MarkReportedToDuoInput!) { markReportedToDuo(id: $id, input: $input) { ${SIGNAL_FIELDS} } }`,
        { id, input: { reportedOn, reference } },
      );

    beforeAll(async () => {
      await run(truancy(pupil, [daysAgo(4), daysAgo(3)]));
      [signal] = await signalsOf(pupil);
    });

    it('lets only the school record it, once, for a legal report, on a day that has been', async () => {
      expect(failure(await mark(OFFICER, today))).toMatchObject({ code: 'FORBIDDEN' });
      expect(failure(await mark(BAKEN_MENTOR, today)).code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(failure(await mark('verzuim@duinzicht.demo.test', today)).code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(failure(await mark(COORDINATOR, '2999-01-01'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reportedOn',
      });
      expect(failure(await mark(COORDINATOR, today, '  '))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reference',
      });
      const [lates] = await sql<{ id: string }>(
        `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route)
         SELECT region_id, school_id, id, 'LATES', CURRENT_DATE, CURRENT_DATE, 3, 'SCHOOL' FROM pupil WHERE pupil_number = $1 RETURNING id`,
        [pupil],
      );
      expect(failure(await mark(COORDINATOR, today, 'DUO-1', lates.id))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });

      const marked = ok(await mark(COORDINATOR, today)).markReportedToDuo;
      expect(marked.legalReport).toEqual({
        reportedOn: today,
        reference: 'DUO-2026-0042',
        recordedBy: expect.stringMatching(/\S/),
        late: signal.report_due !== null && today > signal.report_due,
      });
      expect(failure(await mark(COORDINATOR, today)).code).toBe('CONFLICT');
      // Leerplicht reads that the school reported it.
      expect((await officerSignals()).find((s) => s.id === signal.id)?.legalReport).toMatchObject({
        reference: 'DUO-2026-0042',
      });
    });

    it('escalates an unreported legal report past its deadline to the coordinator and the school leader, once', async () => {
      const overdue = 'BA1022';
      await run(truancy(overdue, [daysAgo(14), daysAgo(13)]));
      const [late] = await signalsOf(overdue);
      expect(late.report_due! < today).toBe(true);
      const reminders = t.server.app.get(ReminderService);
      await reminders.run(today);
      const escalations = async () =>
        (
          await sql<{ email: string; signal_id: string; kind: NotificationKind }>(
            `SELECT u.email, n.signal_id, n.kind FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.kind = 'LEGAL_REPORT_OVERDUE' ORDER BY u.email`,
          )
        ).map((n) => ({ ...n, ...notificationText(n.kind) }));
      const first = await escalations();
      expect(
        first
          .filter((e) => e.signal_id === late.id)
          .map((e) => e.email)
          .sort(),
      ).toEqual(['directie@baken.demo.test', COORDINATOR].sort());
      // The one reported in time, and withdrawn ones, are not escalated.
      expect(first.map((e) => e.signal_id)).not.toContain(signal.id);
      for (const e of first) expect(e.body).not.toContain(overdue);
      await reminders.run(today);
      expect(await escalations()).toHaveLength(first.length);
    });
  });
});
