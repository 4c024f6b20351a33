import { beforeAll, describe, expect, it } from 'vitest';
import { RetentionService } from '../src/modules/retention/retention.service';
import { forgetOldSignals, forgetSignalsOfPupils } from '../src/modules/signal/signal.retention';
import { useTestServer } from './support/test-server';

const MONTH_MS = 31 * 24 * 60 * 60 * 1000;

/** The retention job, run with a moved clock against the demo region. */
describe('retention', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let closedPupil: string;
  let openPupil: string;
  const countsByCategory = () =>
    sql(
      `SELECT school_id, category, typology, outcome, count(*)::int AS n FROM case_file GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );

  beforeAll(async () => {
    [{ pupil_id: closedPupil }] = await sql<{ pupil_id: string }>(
      `SELECT c.pupil_id FROM case_file c WHERE c.status = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM case_file o WHERE o.pupil_id = c.pupil_id AND o.status <> 'CLOSED') LIMIT 1`,
    );
    [{ pupil_id: openPupil }] = await sql<{ pupil_id: string }>(
      `SELECT pupil_id FROM case_file WHERE status = 'OPEN' LIMIT 1`,
    );
  });

  it('hands on the ids of the signals it removed, so their notifications go with them', async () => {
    const runner = t.server.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // Two signals of one pupil, one of them old and without a case (the seed here has no registrations).
      const made = (await runner.query(
        `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, value, route, crossed_on)
         SELECT p.region_id, p.school_id, p.id, 'AT_RISK_HOME', d, 12, 'SCHOOL', d
           FROM (SELECT * FROM pupil LIMIT 1) p, (VALUES ('2019-09-02'::date), ('2026-09-07'::date)) AS w(d)
         RETURNING id, pupil_id`,
      )) as { id: string; pupil_id: string }[];
      const old = await forgetOldSignals(runner.manager, '2020-01-01');
      expect(old).toEqual([made[0].id]);
      const removed = await forgetSignalsOfPupils(runner.manager, [made[1].pupil_id]);
      expect(removed).toContain(made[1].id);
      expect(removed.every((id) => typeof id === 'string')).toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('leaves recently closed cases alone', async () => {
    expect(await t.server.app.get(RetentionService).run(new Date())).toEqual({ pupils: 0, cases: 0 });
  });

  it('anonymises pupils whose cases all closed longer ago than the retention period, keeping the counts', async () => {
    const before = await countsByCategory();
    const later = new Date(Date.now() + 25 * MONTH_MS);
    const result = await t.server.app.get(RetentionService).run(later);
    expect(result.pupils).toBeGreaterThan(0);

    const [pupil] = await sql<{
      given_name: string;
      family_name: string;
      pupil_number: string;
      anonymised_at: Date | null;
    }>(`SELECT given_name, family_name, pupil_number, anonymised_at FROM pupil WHERE id = $1`, [closedPupil]);
    expect(pupil).toMatchObject({ given_name: 'Geanonimiseerd', family_name: '' });
    expect(pupil.pupil_number).toMatch(/^ANON-/);
    expect(pupil.anonymised_at).not.toBeNull();
    expect(await sql(`SELECT 1 FROM guardian WHERE pupil_id = $1`, [closedPupil])).toEqual([]);
    const texts = await sql<{ body: string }>(
      `SELECT ms.body FROM minutes_section ms JOIN agenda_item ai ON ai.id = ms.agenda_item_id JOIN case_file c ON c.id = ai.case_id WHERE c.pupil_id = $1`,
      [closedPupil],
    );
    expect(texts.every((r) => r.body === '[geanonimiseerd]')).toBe(true);
    expect(await countsByCategory()).toEqual(before);

    const [untouched] = await sql<{ anonymised_at: Date | null }>(`SELECT anonymised_at FROM pupil WHERE id = $1`, [
      openPupil,
    ]);
    expect(untouched.anonymised_at).toBeNull();
  });

  it('does nothing the second time', async () => {
    expect(await t.server.app.get(RetentionService).run(new Date(Date.now() + 25 * MONTH_MS))).toEqual({
      pupils: 0,
      cases: 0,
    });
  });
});
