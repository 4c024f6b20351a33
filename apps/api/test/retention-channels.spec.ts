import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, dutchDate } from '@aanwezig/domain';
import { APP_CONFIG } from '../src/core/config/config.module';
import type { AppConfig } from '../src/core/config/config';
import { RetentionService } from '../src/modules/retention/retention.service';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, asUsers, ok } from './support/graphql-helpers';

const MONTH_MS = 31 * 24 * 60 * 60 * 1000;
const MARK = 'Zeepaard-5521';

/**
 * Issue 16, finding 10, as the outsider found it: letters, notification bodies, outbox mails, the consent's
 * purpose, the class, signals, absence records and pupils who never had a case survived anonymisation, and
 * the append-only audit log kept the full before/after text of mentor notes, home situation and minutes.
 * Here a case is filled through the API with a distinctive text in every place it can go, closed, and the
 * retention job run 25 months later: no column of any table holds the text or the parents' addresses.
 */
describe('retention reaches every copy of pupil data', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  let caselessPupilId: string;
  let parentEmails: string[];

  /** Every row of every table whose text (any column, as text) contains `needle`. */
  async function everywhere(needle: string): Promise<string[]> {
    const columns = await sql<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
        [`%${needle}%`],
      );
      if (n > 0) found.push(`${table_name}.${column_name} (${n})`);
    }
    return found;
  }

  beforeAll(async () => {
    const [row] = await sql<{ id: string; pupil_id: string; region_id: string; school_id: string }>(
      `SELECT c.id, c.pupil_id, c.region_id, c.school_id FROM case_file c JOIN organisation o ON o.id = c.school_id
        WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM case_file x WHERE x.pupil_id = c.pupil_id AND x.id <> c.id) ORDER BY c.created_at LIMIT 1`,
    );
    ({ id: caseId, pupil_id: pupilId } = row);
    parentEmails = (
      await sql<{ email: string }>(`SELECT email FROM guardian WHERE pupil_id = $1 AND email IS NOT NULL`, [pupilId])
    ).map((g) => g.email);
    expect(parentEmails.length).toBeGreaterThan(0);
    // Through the API, as the school writes: notes, home situation, an action; then closed.
    ok(
      await as(CARE_COORDINATOR).query(
        `mutation($id: ID!, $i: UpdateCaseInput!) { updateCase(id: $id, input: $i) { id } }`,
        { id: caseId, i: { mentorNotes: `Notitie ${MARK}`, homeSituation: `Thuis ${MARK}` } },
      ),
    );
    const [owner] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR]);
    ok(
      await as(CARE_COORDINATOR).query(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
        i: { caseId, title: `Actie ${MARK}`, ownerId: owner.id, dueDate: addDays(dutchDate(), 7) },
      }),
    );
    // A letter to the parents, a consent with its purpose, a notification, a signal and registrations.
    const [guardian] = await sql<{ id: string; name: string; email: string }>(
      `SELECT id, name, email FROM guardian WHERE pupil_id = $1 AND email IS NOT NULL LIMIT 1`,
      [pupilId],
    );
    await sql(
      `INSERT INTO letter (case_id, template, language, category, subject, body, recipients, delivery, sent_by) VALUES ($1, 'FIRST_WORRY', 'NL', 'ATTENDANCE_SUMMARY', $2, $2, $3, 'EMAIL', $4)`,
      [
        caseId,
        `Brief ${MARK}`,
        JSON.stringify([{ guardianId: guardian.id, name: guardian.name, email: guardian.email }]),
        owner.id,
      ],
    );
    await sql(
      `INSERT INTO consent (region_id, pupil_id, given_by_pupil, guardian_ids, recorded_by, method, categories, organisation_ids, purpose, valid_from)
       VALUES ($1, $2, false, ARRAY[$3]::uuid[], $4, 'PAPER', '{HOME_SITUATION}', ARRAY[$5]::uuid[], $6, CURRENT_DATE)`,
      [row.region_id, pupilId, guardian.id, owner.id, row.school_id, `Doel ${MARK}`],
    );
    const [signal] = await sql<{ id: string }>(
      `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route) VALUES ($1, $2, $3, 'SAT_DISCUSS', CURRENT_DATE - 14, CURRENT_DATE - 3, 80, 'SCHOOL') RETURNING id`,
      [row.region_id, row.school_id, pupilId],
    );
    await sql(
      `INSERT INTO notification (recipient_user_id, kind, signal_id, case_id) VALUES ($1, 'SIGNAL_FEEDBACK', $2, $3)`,
      [owner.id, signal.id, caseId],
    );
    await sql(
      `INSERT INTO absence_record (region_id, school_id, pupil_id, date, slot, minutes, authorised, reason, imported_by) VALUES ($1, $2, $3, CURRENT_DATE - 7, 'L1', 50, false, 'TRUANCY', $4)`,
      [row.region_id, row.school_id, pupilId, owner.id],
    );
    // Every open action done (with a note that names the mark too), then the case closed.
    const { case: open } = ok(
      await as(COORDINATOR).query<{ case: { openActions: { id: string }[] } }>(
        `query($id: ID!) { case(id: $id) { openActions { id } } }`,
        { id: caseId },
      ),
    );
    for (const action of open.openActions)
      ok(
        await as(COORDINATOR).query(`mutation($id: ID!, $n: String) { completeAction(id: $id, note: $n) { id } }`, {
          id: action.id,
          n: `Klaar ${MARK}`,
        }),
      );
    ok(
      await as(COORDINATOR).query(`mutation($id: ID!, $i: CloseCaseInput!) { closeCase(id: $id, input: $i) { id } }`, {
        id: caseId,
        i: { outcome: 'BACK_TO_OWN_SCHOOL' },
      }),
    );
    // A pupil who never had a case, with registrations only.
    [{ id: caselessPupilId }] = await sql<{ id: string }>(
      `SELECT p.id FROM pupil p WHERE NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id) ORDER BY p.pupil_number LIMIT 1`,
    );
    await sql(
      `INSERT INTO absence_record (region_id, school_id, pupil_id, date, slot, minutes, authorised, reason, imported_by) SELECT region_id, school_id, id, CURRENT_DATE - 7, 'L1', 50, false, 'TRUANCY', $2 FROM pupil WHERE id = $1`,
      [caselessPupilId, owner.id],
    );
    // The texts are in the database before the retention job runs (the test can fail).
    expect(await everywhere(MARK)).not.toEqual([]);
  });

  it('leaves no copy of the texts, the parents or the registrations once the pupil is anonymised', async () => {
    const result = await t.server.app.get(RetentionService).run(new Date(Date.now() + 25 * MONTH_MS));
    expect(result.pupils).toBeGreaterThan(0);
    expect(await everywhere(MARK)).toEqual([]);
    for (const email of parentEmails) expect(await everywhere(email), email).toEqual([]);
    const [pupil] = await sql<{ group_name: string; anonymised_at: Date | null }>(
      `SELECT group_name, anonymised_at FROM pupil WHERE id = $1`,
      [pupilId],
    );
    expect(pupil).toMatchObject({ group_name: '', anonymised_at: expect.any(Date) });
    expect(await sql(`SELECT 1 FROM signal WHERE pupil_id = $1`, [pupilId])).toEqual([]);
    expect(await sql(`SELECT 1 FROM absence_record WHERE pupil_id = $1`, [pupilId])).toEqual([]);
    expect(await sql(`SELECT 1 FROM absence_day WHERE pupil_id = $1`, [pupilId])).toEqual([]);
    expect(await sql(`SELECT 1 FROM notification WHERE case_id = $1`, [caseId])).toEqual([]);
    // The case itself still counts for the reports.
    expect(await sql(`SELECT status, outcome FROM case_file WHERE id = $1`, [caseId])).toEqual([
      { status: 'CLOSED', outcome: 'BACK_TO_OWN_SCHOOL' },
    ]);
  });

  it('anonymises a pupil who never had a case once nothing of them is registered within the period', async () => {
    const [pupil] = await sql<{ given_name: string; anonymised_at: Date | null }>(
      `SELECT given_name, anonymised_at FROM pupil WHERE id = $1`,
      [caselessPupilId],
    );
    expect(pupil).toMatchObject({ given_name: 'Geanonimiseerd', anonymised_at: expect.any(Date) });
    expect(await sql(`SELECT 1 FROM absence_record WHERE pupil_id = $1`, [caselessPupilId])).toEqual([]);
  });

  it('keeps the fields an audit event is about by name, never their contents', async () => {
    const events = await sql<{ fields: string[] }>(
      `SELECT e.fields FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id WHERE p.pupil_id = $1 AND e.action = 'UPDATE'`,
      [pupilId],
    );
    expect(events.flatMap((e) => e.fields)).toEqual(expect.arrayContaining(['mentorNotes', 'homeSituation']));
  });

  it('deletes outbox mails older than the retention period', async () => {
    const dir = t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!;
    await mkdir(dir, { recursive: true });
    const old = path.join(dir, 'old.eml');
    await writeFile(old, 'Subject: oud\n\noud');
    await utimes(old, new Date(Date.now() - 30 * MONTH_MS), new Date(Date.now() - 30 * MONTH_MS));
    await writeFile(path.join(dir, 'new.eml'), 'Subject: nieuw\n\nnieuw');
    await t.server.app.get(RetentionService).run(new Date());
    expect((await readdir(dir)).filter((f) => f.endsWith('.eml'))).toContain('new.eml');
    expect(await readdir(dir)).not.toContain('old.eml');
  });
});
