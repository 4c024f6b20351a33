import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, OFFICER, BAKEN_MENTOR, asUsers, ok } from './support/graphql-helpers';

/** `npm start`'s demo: school years of registrations for every demo pupil, and an inbox for every role. */
describe('demo seed with absence', () => {
  const t = useTestServer({ demoAbsence: true });
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) => (await t.server.dataSource.query(query, params)) as R[];

  it('registers absence for every demo pupil, a few hundred thousand rows kept in their daily roll-up', async () => {
    const [{ rows, pupils, without, days }] = await sql<{ rows: number; pupils: number; without: number; days: number }>(
      `SELECT (SELECT count(*)::int FROM absence_record) AS rows, (SELECT count(*)::int FROM pupil) AS pupils,
              (SELECT count(*)::int FROM pupil p WHERE NOT EXISTS (SELECT 1 FROM absence_record a WHERE a.pupil_id = p.id)) AS without,
              (SELECT count(*)::int FROM absence_day) AS days`,
    );
    expect(pupils).toBeGreaterThan(1500);
    expect(rows).toBeGreaterThan(100_000);
    // Most pupils miss something in two school years; a few are never away.
    expect(without / pupils).toBeLessThan(0.1);
    const [{ rolled }] = await sql<{ rolled: number }>(`SELECT count(*)::int AS rolled FROM (SELECT DISTINCT pupil_id, date FROM absence_record) d`);
    expect(days).toBe(rolled);
  });

  it("fills every demo role's signals inbox", async () => {
    for (const email of [COORDINATOR, CARE_COORDINATOR, OFFICER, BAKEN_MENTOR]) {
      const { signals } = ok(await as(email).query<{ signals: { totalCount: number } }>(`{ signals(first: 5) { totalCount } }`));
      expect(signals.totalCount, email).toBeGreaterThan(0);
    }
  });
});
