import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, getNamedType } from 'graphql';
import { readFileSync } from 'node:fs';
import { dutchDate } from '@aanwezig/domain';
import { SCHEMA_FILE } from '../src/core/graphql/graphql.options';
import { ReplayReaders } from '../src/core/idempotency/replay';
import { IdempotentReplayIds1796128480550 } from '../src/database/migrations/1796128480550-IdempotentReplayIds';
import { useTestServer, type GraphQLResponse } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, DOCTOR, ok } from './support/graphql-helpers';

// Yvonne de Graaf is the intern begeleider of two primary schools (two memberships in the demo).
const TWO_SCHOOLS = 'ib@meeuw.demo.test';
const WORRY = `mutation($c: ID!) { setWorryFlag(caseId: $c, flag: true) { id worryFlag pupil { displayName dateOfBirth } } }`;
const CREATE_ACTION = `mutation($i: CreateActionInput!) { createAction(input: $i) { id title } }`;

/**
 * A mutation sent again with the same Idempotency-Key (docs/privacy.md, "Retries"): answered only to the
 * same user working as the same membership, still active, read again through the field mask; the stored
 * row holds who and which ids, never the answer; the mutation never runs twice.
 */
describe('idempotent replays', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const send = async <T = Record<string, unknown>>(
    token: string,
    key: string,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const actAs = async (token: string, organisation: string) => {
    const [m] = await sql<{ organisation_id: string; role: string }>(
      `SELECT m.organisation_id, m.role FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN app_user u ON u.id = m.user_id WHERE u.email = $1 AND o.name = $2`,
      [TWO_SCHOOLS, organisation],
    );
    return ok(
      await t.graphql<{ actAs: { token: string } }>(
        `mutation($o: ID, $r: Role) { actAs(organisationId: $o, role: $r) { token } }`,
        { o: m.organisation_id, r: m.role },
        token,
      ),
    ).actAs.token;
  };
  const actionsTitled = async (title: string) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_action WHERE title = $1`, [title]))[0].n;
  let baken: string;
  let bakenCase: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: bakenCase }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`,
      [baken],
    );
  });

  it('refuses the same key from a token narrowed with actAs, even to a school that could read the case, and shows no pupil data', async () => {
    const all = await t.login(TWO_SCHOOLS);
    const [vuurtorenCase] = await sql<{ id: string; given_name: string; date_of_birth: string }>(
      `SELECT c.id, p.given_name, p.date_of_birth::text FROM case_file c JOIN pupil p ON p.id = c.pupil_id JOIN organisation o ON o.id = c.school_id
        WHERE o.name = 'Basisschool De Vuurtoren' AND c.status = 'OPEN' ORDER BY c.created_at LIMIT 1`,
    );
    const first = ok(
      await send<{ setWorryFlag: { pupil: { displayName: string; dateOfBirth: string } } }>(
        all,
        'narrowed-key-0001',
        WORRY,
        { c: vuurtorenCase.id },
      ),
    );
    expect(first.setWorryFlag.pupil).toMatchObject({ dateOfBirth: vuurtorenCase.date_of_birth });

    for (const school of ['OBS De Meeuw', 'Basisschool De Vuurtoren']) {
      const narrowed = await actAs(all, school);
      const replay = await send(narrowed, 'narrowed-key-0001', WORRY, { c: vuurtorenCase.id });
      expect(replay.data ?? null).toBeNull();
      expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(replay.errors![0].message).toMatch(/andere rol.*nieuwe/);
      expect(JSON.stringify(replay)).not.toContain(vuurtorenCase.given_name);
      expect(JSON.stringify(replay)).not.toContain(vuurtorenCase.date_of_birth);
    }
    // The sender working as all her memberships again gets her answer.
    expect(
      ok(await send<{ setWorryFlag: { id: string } }>(all, 'narrowed-key-0001', WORRY, { c: vuurtorenCase.id }))
        .setWorryFlag.id,
    ).toBe(vuurtorenCase.id);
  });

  it('refuses a replay once the account is deactivated, like any request, without the answer', async () => {
    const token = await t.login(CARE_COORDINATOR);
    const input = {
      i: {
        caseId: bakenCase,
        title: 'Gesprek na deactivatie',
        ownerId: await userId(CARE_COORDINATOR),
        dueDate: dutchDate(),
      },
    };
    ok(await send(token, 'deactivated-key-01', CREATE_ACTION, input));
    await sql(`UPDATE app_user SET active = false WHERE email = $1`, [CARE_COORDINATOR]);
    try {
      const replay = await send(token, 'deactivated-key-01', CREATE_ACTION, input);
      expect(replay.data ?? null).toBeNull();
      expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(replay)).not.toContain('Gesprek na deactivatie');
    } finally {
      await sql(`UPDATE app_user SET active = true WHERE email = $1`, [CARE_COORDINATOR]);
    }
    expect(await actionsTitled('Gesprek na deactivatie')).toBe(1);
  });

  it('answers the same sender with what the mask shows now: advice shielded once its consent is withdrawn; the row keeps ids, not the answer', async () => {
    const [{ id: ggd }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'YOUTH_HEALTH'`);
    await sql(
      `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, $2, created_by FROM case_file WHERE id = $1 ON CONFLICT DO NOTHING`,
      [bakenCase, ggd],
    );
    const advice = 'Rustige plek in de klas, halve dagen';
    ok(
      await t.graphql(
        `mutation($c: ID!, $a: String!) { writeAdvice(caseId: $c, educationAdvice: $a) { id } }`,
        { c: bakenCase, a: advice },
        await t.login(DOCTOR),
      ),
    );
    const [{ id: consentId }] = await sql<{ id: string }>(
      `INSERT INTO consent (region_id, pupil_id, given_by_pupil, guardian_ids, recorded_by, method, categories, organisation_ids, purpose, valid_from)
       SELECT c.region_id, c.pupil_id, true, '{}', $2, 'PAPER', ARRAY['DOCTOR_ADVICE'], ARRAY[$3]::uuid[], 'Afstemming', CURRENT_DATE FROM case_file c WHERE c.id = $1 RETURNING id`,
      [bakenCase, await userId(DOCTOR), baken],
    );
    const token = await t.login(COORDINATOR);
    const WITH_ADVICE = `mutation($c: ID!) { setWorryFlag(caseId: $c, flag: true) { id pupil { displayName } advice { educationAdvice shielded { field reason } } } }`;
    type Answer = {
      setWorryFlag: {
        id: string;
        pupil: { displayName: string };
        advice: { educationAdvice: string | null; shielded: { field: string; reason: string }[] }[];
      };
    };
    const first = ok(await send<Answer>(token, 'consent-key-0001', WITH_ADVICE, { c: bakenCase }));
    const privateNote = { field: 'privateNote', reason: 'NOT_PERMITTED' };
    expect(first.setWorryFlag.advice).toEqual([{ educationAdvice: advice, shielded: [privateNote] }]);

    await sql(`UPDATE consent SET withdrawn_at = now() WHERE id = $1`, [consentId]);
    const reads = async () =>
      (
        await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_trail WHERE action = 'READ' AND subject = $1`, [
          `Case:${bakenCase}`,
        ])
      )[0].n;
    const readsBefore = await reads();
    const replay = ok(await send<Answer>(token, 'consent-key-0001', WITH_ADVICE, { c: bakenCase }));
    expect(replay.setWorryFlag.advice).toEqual([
      { educationAdvice: null, shielded: [{ field: 'educationAdvice', reason: 'NO_CONSENT' }, privateNote] },
    ]);
    // Read again like any read, so logged like one.
    expect(await reads()).toBeGreaterThan(readsBefore);

    // What was kept: who sent it and which case it produced; no advice, no name.
    const [row] = await sql<Record<string, unknown>>(`SELECT * FROM idempotent_request WHERE key = 'consent-key-0001'`);
    expect(row).toMatchObject({
      user_id: await userId(COORDINATOR),
      acting_organisation_id: null,
      acting_role: null,
      outcome: { setWorryFlag: { type: 'Case', list: false, ids: [bakenCase] } },
    });
    expect(JSON.stringify(row)).not.toContain(advice);
    expect(JSON.stringify(row)).not.toContain(first.setWorryFlag.pupil.displayName);
  });

  it('never runs a mutation twice for one key: not for its sender, not for anyone else', async () => {
    const coordinator = await t.login(COORDINATOR);
    const input = {
      i: { caseId: bakenCase, title: 'Eenmalig huisbezoek', ownerId: await userId(COORDINATOR), dueDate: dutchDate() },
    };
    const first = ok(
      await send<{ createAction: { id: string; title: string } }>(
        coordinator,
        'twice-key-000001',
        CREATE_ACTION,
        input,
      ),
    );
    // A colleague who may do the same sends the same request with the same key: refused, not run.
    const colleague = await send(await t.login(CARE_COORDINATOR), 'twice-key-000001', CREATE_ACTION, input);
    expect(colleague.data ?? null).toBeNull();
    expect(colleague.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(colleague.errors![0].message).toMatch(/al gebruikt.*nieuwe/);
    // The sender's retry gets the action, read again; still one.
    expect(ok(await send(coordinator, 'twice-key-000001', CREATE_ACTION, input))).toEqual(first);
    expect(await actionsTitled('Eenmalig huisbezoek')).toBe(1);

    // A series is read again as the list it was.
    const series = {
      i: {
        organisationId: baken,
        title: 'SAT reeks herhaald',
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        participantIds: [],
        repeatEveryWeeks: 2,
        occurrences: 3,
      },
    };
    const CREATE_MEETING = `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id title } }`;
    const planned = ok(
      await send<{ createMeeting: { id: string }[] }>(coordinator, 'series-key-00001', CREATE_MEETING, series),
    );
    expect(planned.createMeeting).toHaveLength(3);
    expect(ok(await send(coordinator, 'series-key-00001', CREATE_MEETING, series))).toEqual(planned);
    expect(
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM meeting WHERE title = 'SAT reeks herhaald'`))[0].n,
    ).toBe(3);
  });

  it('answers a retried signal mutation with the signal as it is now, and never handles it twice', async () => {
    const [signal] = await sql<{ id: string }>(
      `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route)
       SELECT c.region_id, c.school_id, c.pupil_id, 'SAT_DISCUSS', CURRENT_DATE - 28, CURRENT_DATE - 28, 16, 'SCHOOL' FROM case_file c WHERE c.id = $1 RETURNING id`,
      [bakenCase],
    );
    const token = await t.login(COORDINATOR);
    const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeSignal(id: $id) { id status } }`;
    const TO_CASE = `mutation($id: ID!) { signalToCase(id: $id) { caseId signal { id status } } }`;
    expect(ok(await send(token, 'signal-key-00001', ACKNOWLEDGE, { id: signal.id }))).toEqual({
      acknowledgeSignal: { id: signal.id, status: 'ACKNOWLEDGED' },
    });
    const toCase = ok(
      await send<{ signalToCase: { caseId: string } }>(token, 'signal-key-00002', TO_CASE, { id: signal.id }),
    );
    expect(toCase.signalToCase.caseId).toBe(bakenCase);
    // Retried: the acknowledgement is not applied again (that would be refused now) and shows the signal as it is.
    expect(ok(await send(token, 'signal-key-00001', ACKNOWLEDGE, { id: signal.id }))).toEqual({
      acknowledgeSignal: { id: signal.id, status: 'CASE_OPENED' },
    });
    expect(ok(await send(token, 'signal-key-00002', TO_CASE, { id: signal.id }))).toEqual(toCase);
    expect((await t.graphql(ACKNOWLEDGE, { id: signal.id }, token)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets only the same sender take over a claim a dead process left unanswered, and only once it is old', async () => {
    const input = {
      i: { caseId: bakenCase, title: 'Na een crash', ownerId: await userId(COORDINATOR), dueDate: dutchDate() },
    };
    const hash = createHash('sha256')
      .update(JSON.stringify([CREATE_ACTION, null, input]))
      .digest('hex');
    await sql(`INSERT INTO idempotent_request (key, user_id, request_hash) VALUES ('crashed-key-0001', $1, $2)`, [
      await userId(COORDINATOR),
      hash,
    ]);
    const coordinator = await t.login(COORDINATOR);
    expect((await send(coordinator, 'crashed-key-0001', CREATE_ACTION, input)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    ); // may still be running
    await sql(
      `UPDATE idempotent_request SET created_at = created_at - interval '3 minutes' WHERE key = 'crashed-key-0001'`,
    );
    expect(
      (await send(await t.login(CARE_COORDINATOR), 'crashed-key-0001', CREATE_ACTION, input)).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await actionsTitled('Na een crash')).toBe(0);
    const retried = ok(
      await send<{ createAction: { title: string } }>(coordinator, 'crashed-key-0001', CREATE_ACTION, input),
    );
    expect(retried.createAction.title).toBe('Na een crash');
    expect(ok(await send(coordinator, 'crashed-key-0001', CREATE_ACTION, input))).toEqual(retried);
    expect(await actionsTitled('Na een crash')).toBe(1);
  });

  it('can answer a replay of every mutation by reading it again (or holds no pupil data in what it keeps)', () => {
    const readers = t.server.app.get(ReplayReaders);
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const unanswerable = Object.values(schema.getMutationType()!.getFields())
      .filter((f) => !readers.policyFor(f.type))
      .map((f) => `${f.name}: ${getNamedType(f.type).name}`);
    expect(unanswerable).toEqual([]);
  });

  it('drops the answers stored before: the migration keeps who and that it ran, and a retry is told so', async () => {
    const token = await t.login(COORDINATOR);
    const input = {
      i: { caseId: bakenCase, title: 'Van voor de migratie', ownerId: await userId(COORDINATOR), dueDate: dutchDate() },
    };
    const hash = createHash('sha256')
      .update(JSON.stringify([CREATE_ACTION, null, input]))
      .digest('hex');
    const migration = new IdempotentReplayIds1796128480550();
    const runner = t.server.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO idempotent_request (user_id, key, request_hash, response) VALUES ($1, 'stored-key-00001', $2, $3)`,
        [
          await userId(COORDINATOR),
          hash,
          JSON.stringify({
            data: { createAction: { id: 'x', title: 'Van voor de migratie', pupil: 'Naam Leerling' } },
          }),
        ],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [row] = await sql<Record<string, unknown>>(`SELECT * FROM idempotent_request WHERE key = 'stored-key-00001'`);
    expect(row).not.toHaveProperty('response');
    expect(row.outcome).toEqual({});
    const replay = await send(token, 'stored-key-00001', CREATE_ACTION, input);
    expect(replay.data ?? null).toBeNull();
    expect(replay.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(replay)).not.toContain('Naam Leerling');
    expect(await actionsTitled('Van voor de migratie')).toBe(0);
  });
});
