import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { ADMIN, COORDINATOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

interface Rule {
  key: string;
  threshold: number;
  windowSchoolWeeks: number | null;
  route: string;
  recipient: string;
  enabled: boolean;
  awaitingLaw: boolean;
  label: string;
}
const RULE = 'key label threshold windowSchoolWeeks route recipient enabled awaitingLaw basis';

describe("the region's protocol", () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];

  it('shows everyone in the region who does what, from the defaults of DOMAIN.md', async () => {
    const { protocol } = ok(await as(OFFICER).query<{ protocol: Rule[] }>(`{ protocol { ${RULE} } }`));
    expect(protocol).toHaveLength(11);
    expect(protocol[0]).toMatchObject({
      key: 'LEGAL_REPORT',
      threshold: 16,
      windowSchoolWeeks: 4,
      route: 'LEGAL',
      recipient: 'ATTENDANCE_OFFICER',
      enabled: true,
    });
    expect(protocol.find((r) => r.key === 'EARLY_SIGNAL')).toMatchObject({ enabled: false, awaitingLaw: true });
    expect(protocol.find((r) => r.key === 'FREQUENT_SICK')).toMatchObject({
      route: 'MEDICAL',
      threshold: 4,
      windowSchoolWeeks: 12,
    });
  });

  it('lets the administrator change a rule, and keeps the change with before and after', async () => {
    const { updateProtocolRule } = ok(
      await as(ADMIN).query<{ updateProtocolRule: Rule }>(
        `mutation { updateProtocolRule(key: EARLY_SIGNAL, input: { enabled: true, threshold: 4 }) { ${RULE} } }`,
      ),
    );
    expect(updateProtocolRule).toMatchObject({ key: 'EARLY_SIGNAL', enabled: true, threshold: 4 });
    const [change] = await sql<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM protocol_rule_change WHERE key = 'EARLY_SIGNAL'`,
    );
    expect(change).toEqual({
      before: { threshold: 3, windowSchoolWeeks: 4, enabled: false },
      after: { threshold: 4, windowSchoolWeeks: 4, enabled: true },
    });
  });

  it("names the region's own threshold and window in the rule and in its signals once the administrator changes them", async () => {
    const { updateProtocolRule } = ok(
      await as(ADMIN).query<{ updateProtocolRule: Rule }>(
        `mutation { updateProtocolRule(key: LEGAL_REPORT, input: { threshold: 12, windowSchoolWeeks: 6 }) { ${RULE} } }`,
      ),
    );
    expect(updateProtocolRule.label).toBe('12 uur ongeoorloofd verzuim in 6 lesweken: melden bij leerplicht');
    const [pupil] = await sql<{ id: string; region_id: string; school_id: string }>(
      `SELECT p.id, p.region_id, p.school_id FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE s.name = 'Het Baken College' LIMIT 1`,
    );
    await sql(
      `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, route, value, window_start, crossed_on, status) VALUES ($1, $2, $3, 'LEGAL_REPORT', 'LEGAL', 13, CURRENT_DATE - 30, CURRENT_DATE - 30, 'NEW')`,
      [pupil.region_id, pupil.school_id, pupil.id],
    );
    const { signals } = ok(
      await as(OFFICER).query<{ signals: { edges: { node: { rule: string; label: string } }[] } }>(
        `{ signals(first: 100) { edges { node { rule label } } } }`,
      ),
    );
    const legal = signals.edges.filter((e) => e.node.rule === 'LEGAL_REPORT');
    expect(legal.length).toBeGreaterThan(0);
    expect(new Set(legal.map((e) => e.node.label))).toEqual(
      new Set(['12 uur ongeoorloofd verzuim in 6 lesweken: melden bij leerplicht']),
    );
    ok(
      await as(ADMIN).query(
        `mutation { updateProtocolRule(key: LEGAL_REPORT, input: { threshold: 16, windowSchoolWeeks: 4 }) { key } }`,
      ),
    );
  });

  it.each([
    ['LEGAL_REPORT', '{ threshold: 0 }', 'threshold'],
    ['SAT_DISCUSS', '{ threshold: 120 }', 'threshold'],
    ['LONG_SICK', '{ windowSchoolWeeks: 3 }', 'windowSchoolWeeks'],
    ['LEGAL_REPORT', '{ windowSchoolWeeks: 50 }', 'windowSchoolWeeks'],
    ['LEGAL_REPORT', '{ threshold: null, enabled: false }', 'threshold'],
    ['LATES', '{ threshold: 2.5 }', 'threshold'],
    ['LEGAL_REPORT', '{ windowSchoolWeeks: null }', 'windowSchoolWeeks'],
  ])('refuses %s %s, naming %s, and changes nothing', async (key, input, field) => {
    const before = await sql(`SELECT threshold, window_school_weeks, enabled FROM protocol_rule WHERE key = $1`, [key]);
    expect(
      failure(await as(ADMIN).query(`mutation { updateProtocolRule(key: ${key}, input: ${input}) { key } }`)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(
      await sql(`SELECT threshold, window_school_weeks, enabled FROM protocol_rule WHERE key = $1`, [key]),
    ).toEqual(before);
  });

  it('refuses a threshold of "abc" as the web client sends it (a number it could not read becomes null), saying what to change', async () => {
    // JSON.stringify turns Number("abc") (NaN) into null: that must not be taken as "leave it as it is".
    const body = JSON.parse(JSON.stringify({ threshold: Number('abc'), windowSchoolWeeks: 4, enabled: true }));
    expect(body.threshold).toBeNull();
    const refused = failure(
      await as(ADMIN).query(
        `mutation($input: UpdateProtocolRuleInput!) { updateProtocolRule(key: LEGAL_REPORT, input: $input) { key } }`,
        { input: body },
      ),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
    expect(refused.message).toBe('Vul een drempel in: een getal groter dan 0, bijvoorbeeld 16 of 12,5.');
  });

  it('lets nobody else change it', async () => {
    expect(
      failure(
        await as(COORDINATOR).query(
          `mutation { updateProtocolRule(key: LEGAL_REPORT, input: { threshold: 8 }) { key } }`,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const [{ threshold }] = await sql<{ threshold: string }>(
      `SELECT threshold FROM protocol_rule WHERE key = 'LEGAL_REPORT'`,
    );
    expect(Number(threshold)).toBe(16);
  });
});
