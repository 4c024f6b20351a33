import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { COORDINATOR, OFFICER, PRIVACY, asUsers, failure, ok } from './support/graphql-helpers';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';

interface AuditRow {
  action: string;
  actor_roles: string[];
  categories: string[];
  subject: string;
  fields: string[];
  client_address: string | null;
}

/** Every read and write of pupil data lands in an append-only log that the privacy officer can read. */
describe('audit log', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let pupilId: string;
  const events = (action?: string) =>
    sql<AuditRow>(
      `SELECT e.action, e.actor_roles, e.categories, e.subject, e.fields, e.client_address FROM audit_trail e
        WHERE e.pupil_id = $1 ${action ? 'AND e.action = $2' : ''} ORDER BY e.at`,
      action ? [pupilId, action] : [pupilId],
    );

  beforeAll(async () => {
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c JOIN organisation s ON s.id = c.school_id JOIN case_involvement ci ON ci.case_id = c.id
        JOIN organisation o ON o.id = ci.organisation_id
        WHERE s.name = 'Het Baken College' AND c.status = 'OPEN' AND o.kind = 'MUNICIPALITY' ORDER BY c.created_at LIMIT 1`,
    );
  });

  it('logs a read with who, as which role, which categories and from where', async () => {
    ok(await as(COORDINATOR).query(`query($id: ID!) { case(id: $id) { id mentorNotes } }`, { id: caseId }));
    const [read] = await events('READ');
    expect(read).toMatchObject({ action: 'READ', actor_roles: ['ATTENDANCE_COORDINATOR'], subject: `Case:${caseId}` });
    expect(read.categories).toEqual(expect.arrayContaining(['IDENTITY', 'WORRY_AND_NOTES', 'SICK_LEAVE']));
    expect(read.categories).not.toContain('HOME_SITUATION');
    expect(read.client_address).toMatch(/127\.0\.0\.1/);
  });

  it('logs only the categories leerplicht may see without consent', async () => {
    ok(await as(OFFICER).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    const reads = await events('READ');
    const officer = reads.find((r) => r.actor_roles.includes('ATTENDANCE_OFFICER'))!;
    expect(officer.categories).toEqual(expect.arrayContaining(['IDENTITY', 'UNAUTHORISED_ABSENCE', 'CLASSIFICATION']));
    expect(officer.categories).not.toContain('SICK_LEAVE');
    expect(officer.categories).not.toContain('WORRY_AND_NOTES');
  });

  it('logs a list read once per pupil shown', async () => {
    const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_trail WHERE action = 'READ'`))[0].n;
    const list = ok(
      await as(COORDINATOR).query<{ cases: { edges: unknown[] } }>(`{ cases(first: 5) { edges { node { id } } } }`),
    );
    const after = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_trail WHERE action = 'READ'`))[0].n;
    expect(after - before).toBe(list.cases.edges.length);
  });

  it('logs a page as one event per kind of read: pupils shown alike share an event that names each of them', async () => {
    const [{ since }] = await sql<{ since: Date }>(`SELECT clock_timestamp() AS since`);
    const list = ok(
      await as(COORDINATOR).query<{ cases: { edges: { node: { id: string } }[] } }>(
        `{ cases(first: 20) { edges { node { id } } } }`,
      ),
    );
    const events = await sql<{ id: string; kind: string; subjects: string[] }>(
      `SELECT e.id, e.actor_roles::text || e.categories::text AS kind, array_agg(p.subject ORDER BY p.subject) AS subjects
         FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.at >= $1 AND u.email = $2 AND e.action = 'READ' GROUP BY e.id`,
      [since, COORDINATOR],
    );
    expect(events.flatMap((e) => e.subjects).sort()).toEqual(list.cases.edges.map((e) => `Case:${e.node.id}`).sort());
    expect(new Set(events.map((e) => e.kind)).size).toBe(events.length);
    expect(events.length).toBeLessThan(list.cases.edges.length);
  });

  it('logs every one of many concurrent list reads (group commit), each before it answers', async () => {
    const count = () =>
      sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_trail WHERE action = 'READ'`).then((r) => r[0].n);
    const before = await count();
    const pages = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        as(i % 2 ? COORDINATOR : OFFICER)
          .query<{ cases: { edges: unknown[] } }>(`{ cases(first: 5) { edges { node { id } } } }`)
          .then(ok),
      ),
    );
    const shown = pages.reduce((n, page) => n + page.cases.edges.length, 0);
    expect(shown).toBeGreaterThan(12);
    expect((await count()) - before).toBe(shown);
  });

  it('answers a read with an error, not unlogged, when its audit rows cannot be written', async () => {
    await sql(
      `CREATE OR REPLACE FUNCTION test_refuse_reads() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$`,
    );
    await sql(
      `CREATE TRIGGER test_refuse_reads BEFORE INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION test_refuse_reads()`,
    );
    try {
      const results = await Promise.all(
        [COORDINATOR, OFFICER].map((user) => as(user).query(`{ cases(first: 5) { edges { node { id } } } }`)),
      );
      for (const result of results) {
        expect(result.data?.cases ?? null).toBeNull();
        expect(result.errors?.length).toBeGreaterThan(0);
      }
    } finally {
      await sql(`DROP TRIGGER test_refuse_reads ON audit_event`);
      await sql(`DROP FUNCTION test_refuse_reads()`);
    }
  });

  it("logs the reads of cases through a meeting agenda with the reader's address too", async () => {
    const [item] = await sql<{ meeting_id: string; case_id: string }>(
      `SELECT ai.meeting_id, ai.case_id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id JOIN organisation o ON o.id = m.organisation_id
        WHERE o.name = 'Het Baken College' AND ai.case_id IS NOT NULL ORDER BY m.starts_at DESC LIMIT 1`,
    );
    ok(
      await as(COORDINATOR).query(`query($id: ID!) { meeting(id: $id) { agenda { case { id } } } }`, {
        id: item.meeting_id,
      }),
    );
    const [read] = await sql<{ client_address: string | null }>(
      `SELECT client_address FROM audit_trail WHERE subject = $1 AND action = 'READ' ORDER BY at DESC LIMIT 1`,
      [`Case:${item.case_id}`],
    );
    expect(read.client_address).toMatch(/127\.0\.0\.1/);
  });

  it('logs a write with the fields it changed, never their values', async () => {
    const { case: current } = ok(
      await as(COORDINATOR).query<{ case: { tier: number } }>(`query($id: ID!) { case(id: $id) { tier } }`, {
        id: caseId,
      }),
    );
    const next = current.tier === 3 ? 2 : 3;
    ok(
      await as(COORDINATOR).query(
        `mutation($id: ID!, $tier: Int) { updateCase(id: $id, input: { tier: $tier }) { id } }`,
        { id: caseId, tier: next },
      ),
    );
    const [update] = await events('UPDATE');
    expect(update.fields).toEqual(['tier']);
    expect(update.categories).toEqual(['CLASSIFICATION']);
    // No column of the event holds the value written.
    const [row] = await sql<Record<string, unknown>>(
      `SELECT to_jsonb(e) AS e FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id WHERE p.pupil_id = $1 AND e.action = 'UPDATE'`,
      [pupilId],
    );
    expect(Object.keys(row.e as object)).not.toContain('before');
    expect(Object.keys(row.e as object)).not.toContain('after');
  });

  it("gives the school's privacy officer the trail, and logs that read too", async () => {
    const trail = ok(
      await as(PRIVACY).query<{
        auditTrail: {
          totalCount: number;
          edges: { node: { action: string; actor: { name: string }; categories: string[] } }[];
        };
      }>(
        `query($p: ID!) { auditTrail(pupilId: $p, first: 100) { totalCount edges { node { action actor { name } categories } } } }`,
        { p: pupilId },
      ),
    );
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_trail WHERE pupil_id = $1`, [
      pupilId,
    ]);
    expect(trail.auditTrail.totalCount).toBe(n);
    expect(trail.auditTrail.edges[0].node.action).toBe('AUDIT_READ');
    expect(trail.auditTrail.edges.map((e) => e.node.actor.name)).toContain('Joost Smit');
  });

  it('keeps the trail from everyone else', async () => {
    expect(
      failure(await as(COORDINATOR).query(`query($p: ID!) { auditTrail(pupilId: $p) { totalCount } }`, { p: pupilId }))
        .code,
    ).toBe('FORBIDDEN');
    const [{ id: otherPupil }] = await sql<{ id: string }>(
      `SELECT p.id FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE s.name = 'Duinzicht Lyceum' LIMIT 1`,
    );
    expect(
      failure(await as(PRIVACY).query(`query($p: ID!) { auditTrail(pupilId: $p) { totalCount } }`, { p: otherPupil }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('refuses to change or delete audit events, even in SQL', async () => {
    const events = `SELECT event_id FROM audit_event_pupil WHERE pupil_id = $1`;
    await expect(sql(`UPDATE audit_event SET action = 'READ' WHERE id IN (${events})`, [pupilId])).rejects.toThrow(
      /audit_event is append-only/,
    );
    await expect(sql(`DELETE FROM audit_event WHERE id IN (${events})`, [pupilId])).rejects.toThrow(
      /audit_event is append-only/,
    );
    await expect(sql(`UPDATE audit_event_pupil SET subject = 'x' WHERE pupil_id = $1`, [pupilId])).rejects.toThrow(
      /audit_event_pupil is append-only/,
    );
    await expect(sql(`DELETE FROM audit_event_pupil WHERE pupil_id = $1`, [pupilId])).rejects.toThrow(
      /audit_event_pupil is append-only/,
    );
    await expect(sql(`TRUNCATE audit_event_pupil`)).rejects.toThrow(/audit_event_pupil is append-only/);
  });
});

describe('finding a pupil for the privacy officer (auditSubjects)', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const SEARCH = `query($s: String!) { auditSubjects(search: $s) { id displayName pupilNumber groupName dateOfBirth schoolName } }`;
  type Found = { auditSubjects: { id: string; displayName: string; pupilNumber: string; schoolName: string }[] };

  it('finds pupils of their own school by number or name, identity only, and logs each pupil found', async () => {
    const [baken] = await sql<{ id: string; given_name: string; family_name: string; pupil_number: string }>(
      `SELECT p.id, p.given_name, p.family_name, p.pupil_number FROM pupil p JOIN organisation s ON s.id = p.school_id JOIN case_file c ON c.pupil_id = p.id WHERE s.name = 'Het Baken College' LIMIT 1`,
    );
    const byNumber = ok(await as(PRIVACY).query<Found>(SEARCH, { s: baken.pupil_number })).auditSubjects;
    expect(byNumber).toEqual([
      expect.objectContaining({
        id: baken.id,
        displayName: `${baken.given_name} ${baken.family_name}`,
        schoolName: 'Het Baken College',
      }),
    ]);
    const byName = ok(
      await as(PRIVACY).query<Found>(SEARCH, { s: baken.family_name.slice(0, 4).toUpperCase() }),
    ).auditSubjects;
    expect(byName.map((p) => p.id)).toContain(baken.id);
    expect(byName.length).toBeLessThanOrEqual(20);
    expect(byName.every((p) => p.schoolName === 'Het Baken College')).toBe(true);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_trail WHERE pupil_id = $1 AND subject = $2 AND categories = '{IDENTITY}'`,
      [baken.id, `AuditSubject:${baken.id}`],
    );
    expect(n).toBe(2);
  });

  it('does not find pupils of another school, refuses a too short search, and is refused to every other role', async () => {
    const [duinzicht] = await sql<{ pupil_number: string; family_name: string }>(
      `SELECT p.pupil_number, p.family_name FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE s.name = 'Duinzicht Lyceum' LIMIT 1`,
    );
    expect(ok(await as(PRIVACY).query<Found>(SEARCH, { s: duinzicht.pupil_number })).auditSubjects).toEqual([]);
    expect(
      ok(await as(PRIVACY).query<Found>(SEARCH, { s: duinzicht.family_name })).auditSubjects.every(
        (p) => p.schoolName === 'Het Baken College',
      ),
    ).toBe(true);
    expect(failure(await as(PRIVACY).query(SEARCH, { s: ' a ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
    for (const user of DEMO_USERS.slice(0, 11).filter((u) => u.role !== 'PRIVACY_OFFICER')) {
      expect(failure(await as(user.email).query(SEARCH, { s: duinzicht.pupil_number })).code, user.role).toBe(
        'FORBIDDEN',
      );
    }
  });
});

// The subject-access export (inzageverzoek) has its own file: subject-access.spec.ts.

describe('audit of other writes', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];

  it('logs a minutes edit and an action completion with the fields they wrote, not the texts', async () => {
    {
      // A section on an item of a planned meeting: written, then edited.
      const [item] = await sql<{ id: string; pupil_id: string }>(
        `SELECT ai.id, c.pupil_id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id JOIN case_file c ON c.id = ai.case_id JOIN organisation s ON s.id = c.school_id
          WHERE m.status = 'PLANNED' AND s.name = 'Het Baken College' LIMIT 1`,
      );
      const created = ok(
        await as(COORDINATOR).query<{ recordMinutes: { id: string; version: number } }>(
          `mutation($i: ID!) { recordMinutes(input: { agendaItemId: $i, category: CLASSIFICATION, body: "Eerste versie" }) { id version } }`,
          { i: item.id },
        ),
      );
      ok(
        await as(COORDINATOR).query(
          `mutation($i: ID!, $s: ID!, $v: Int) { recordMinutes(input: { agendaItemId: $i, sectionId: $s, expectedVersion: $v, category: CLASSIFICATION, body: "Tweede versie" }) { id } }`,
          { i: item.id, s: created.recordMinutes.id, v: created.recordMinutes.version },
        ),
      );
      const [event] = await sql<{ fields: string[] }>(`SELECT fields FROM audit_trail WHERE subject = $1`, [
        `MinutesSection:${created.recordMinutes.id}`,
      ]);
      expect(event).toEqual({ fields: ['body'] });
    }
    const [action] = await sql<{ id: string; case_id: string }>(
      `SELECT a.id, a.case_id FROM case_action a JOIN case_file c ON c.id = a.case_id JOIN organisation s ON s.id = c.school_id WHERE a.status = 'OPEN' AND s.name = 'Het Baken College' LIMIT 1`,
    );
    ok(
      await as(COORDINATOR).query(`mutation($a: ID!) { completeAction(id: $a, note: "Gebeld") { id } }`, {
        a: action.id,
      }),
    );
    const [done] = await sql<{ fields: string[] }>(
      `SELECT fields FROM audit_trail WHERE subject = $1 ORDER BY at DESC LIMIT 1`,
      [`Case:${action.case_id}:ACTION_DONE`],
    );
    expect(done).toEqual({ fields: ['completionNote', 'status'] });
  });
});
