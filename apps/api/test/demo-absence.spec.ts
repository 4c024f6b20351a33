import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { addDays, dutchDate } from '@aanwezig/domain';
import { evaluateSignals } from '../src/modules/signal/signal-evaluation';
import { CARE_COORDINATOR, COORDINATOR, OFFICER, BAKEN_MENTOR, asUsers, ok } from './support/graphql-helpers';

/** `npm start`'s demo: school years of registrations for every demo pupil, and an inbox for every role. */
describe('demo seed with absence', () => {
  const t = useTestServer({ demoAbsence: true });
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];

  it('registers absence for every demo pupil, a few hundred thousand rows kept in their daily roll-up', async () => {
    const [{ rows, pupils, without, days }] = await sql<{
      rows: number;
      pupils: number;
      without: number;
      days: number;
    }>(
      `SELECT (SELECT count(*)::int FROM absence_record) AS rows, (SELECT count(*)::int FROM pupil) AS pupils,
              (SELECT count(*)::int FROM pupil p WHERE NOT EXISTS (SELECT 1 FROM absence_record a WHERE a.pupil_id = p.id)) AS without,
              (SELECT count(*)::int FROM absence_day) AS days`,
    );
    expect(pupils).toBeGreaterThan(1500);
    expect(rows).toBeGreaterThan(100_000);
    // Most pupils miss something in two school years; a few are never away.
    expect(without / pupils).toBeLessThan(0.1);
    const [{ rolled }] = await sql<{ rolled: number }>(
      `SELECT count(*)::int AS rolled FROM (SELECT DISTINCT pupil_id, date FROM absence_record) d`,
    );
    expect(days).toBe(rolled);
  });

  it('finds the same signals whichever day the evaluation starts from: nothing depends on when the data arrived', async () => {
    const ds = t.server.dataSource;
    const schoolIds = (await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'SCHOOL'`)).map((s) => s.id);
    const before = await sql(`SELECT id, crossed_on::text, withdrawn_at FROM signal ORDER BY id`);
    expect(before.length).toBeGreaterThan(100);
    for (const back of [0, 3, 15, 60]) {
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        // The seed evaluated every day of the year at once; evaluating again from any later day agrees with it.
        const outcome = await evaluateSignals(runner.manager, { schoolIds, from: addDays(dutchDate(), -back) });
        expect({ back, raised: outcome.raised, withdrawn: outcome.withdrawn.length }).toEqual({
          back,
          raised: 0,
          withdrawn: 0,
        });
        expect(await runner.query(`SELECT id, crossed_on::text, withdrawn_at FROM signal ORDER BY id`)).toEqual(before);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }
  });

  it("fills every demo role's signals inbox", async () => {
    for (const email of [COORDINATOR, CARE_COORDINATOR, OFFICER, BAKEN_MENTOR]) {
      const { signals } = ok(
        await as(email).query<{ signals: { totalCount: number } }>(`{ signals(first: 5) { totalCount } }`),
      );
      expect(signals.totalCount, email).toBeGreaterThan(0);
    }
  });
});
