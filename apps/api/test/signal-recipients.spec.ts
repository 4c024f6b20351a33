import { beforeAll, describe, expect, it } from 'vitest';
import { SignalRecipientsBackfill1796133601813 } from '../src/database/migrations/1796133601813-SignalRecipientsBackfill';
import { useTestServer } from './support/test-server';
import { BAKEN_MENTOR, COORDINATOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';

const DUINRAND_OFFICER = 'leerplicht@duinrand.demo.test';
const IMPORT = `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported signalsRaised signalsWithdrawn rejected errors { line message } } }`;
const HEADER = 'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason';
type Listed = { id: string; route: string; pupil: { pupilNumber: string } | null };

/**
 * Issue 16, finding 3, as the outsider tried it: the Baken mentor read every school-route signal of the
 * school, and leerplicht the legal-route signals of every school. A signal goes to the rule's recipient:
 * the mentor hears of the pupils of her classes, leerplicht of the pupils living in its municipality.
 */
describe('signals reach their recipient only', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  type Pupil = { id: string; pupil_number: string; group_name: string; school_id: string; region_id: string };
  let inHerClass: Pupil;
  let notHerClass: Pupil;
  let kustlander: Pupil;
  let duinrander: Pupil;
  /** A second pupil living in Duinrand, without signals yet. */
  let otherDuinrander: Pupil;
  const signalIds = new Map<string, string>();

  const signals = async (email: string) =>
    ok(
      await as(email).query<{ signals: { edges: { node: Listed }[] } }>(
        `{ signals(first: 100) { edges { node { id route pupil { pupilNumber } } } } }`,
      ),
    ).signals.edges.map((e) => e.node);

  beforeAll(async () => {
    const classes = await sql<{ group_name: string }>(
      `SELECT mc.group_name FROM mentor_class mc JOIN app_user u ON u.id = mc.user_id WHERE u.email = $1`,
      [BAKEN_MENTOR],
    );
    expect(classes.length, 'the demo mentor mentors classes').toBeGreaterThan(0);
    const bakenPupils = await sql<Pupil>(
      `SELECT p.id, p.pupil_number, p.group_name, p.school_id, p.region_id FROM pupil p JOIN organisation o ON o.id = p.school_id WHERE o.name = 'Het Baken College' ORDER BY p.pupil_number`,
    );
    const mine = new Set(classes.map((c) => c.group_name));
    inHerClass = bakenPupils.find((p) => mine.has(p.group_name))!;
    notHerClass = bakenPupils.find((p) => !mine.has(p.group_name))!;
    const [kustland] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    const [duinrand] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Duinrand - Leerplicht'`,
    );
    const lives = await sql<{ pupil_number: string; residence_municipality_id: string }>(
      `SELECT pupil_number, residence_municipality_id FROM pupil WHERE school_id = $1`,
      [inHerClass.school_id],
    );
    kustlander = bakenPupils.find(
      (p) => lives.find((l) => l.pupil_number === p.pupil_number)!.residence_municipality_id === kustland.id,
    )!;
    duinrander = bakenPupils.find(
      (p) => lives.find((l) => l.pupil_number === p.pupil_number)!.residence_municipality_id === duinrand.id,
    )!;
    otherDuinrander = bakenPupils.find(
      (p) =>
        p !== duinrander &&
        lives.find((l) => l.pupil_number === p.pupil_number)!.residence_municipality_id === duinrand.id,
    )!;
    expect(otherDuinrander, 'some Baken pupils live in Duinrand').toBeTruthy();
    for (const [key, pupil, rule, route] of [
      ['mine', inHerClass, 'SAT_DISCUSS', 'SCHOOL'],
      ['other', notHerClass, 'SAT_DISCUSS', 'SCHOOL'],
      ['worry', notHerClass, 'WORRY', 'SCHOOL'],
      ['kustland', kustlander, 'LEGAL_REPORT', 'LEGAL'],
      ['duinrand', duinrander, 'LEGAL_REPORT', 'LEGAL'],
    ] as const) {
      const [row] = await sql<{ id: string }>(
        `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route) VALUES ($1, $2, $3, $4, CURRENT_DATE - 14, CURRENT_DATE - 3, 80, $5)
         ON CONFLICT (pupil_id, rule_key, window_start) DO UPDATE SET route = EXCLUDED.route RETURNING id`,
        [pupil.region_id, pupil.school_id, pupil.id, rule, route],
      );
      signalIds.set(key, row.id);
    }
  });

  it("gives the mentor the school route's signals of her own classes only, colleagues' worry flags included", async () => {
    const seen = (await signals(BAKEN_MENTOR)).map((s) => s.id);
    expect(seen).toContain(signalIds.get('mine'));
    expect(seen).not.toContain(signalIds.get('other'));
    expect(seen).not.toContain(signalIds.get('worry'));
    // Every school-route signal she sees is about a pupil of her classes.
    const hers = await sql<{ pupil_number: string }>(
      `SELECT p.pupil_number FROM pupil p JOIN mentor_class mc ON mc.school_id = p.school_id AND mc.group_name = p.group_name JOIN app_user u ON u.id = mc.user_id WHERE u.email = $1`,
      [BAKEN_MENTOR],
    );
    for (const s of await signals(BAKEN_MENTOR))
      expect(hers.map((h) => h.pupil_number)).toContain(s.pupil?.pupilNumber);
    // The school's coordinator still gets all of them.
    const coordinator = (await signals(COORDINATOR)).map((s) => s.id);
    for (const key of ['mine', 'other', 'worry', 'kustland', 'duinrand'])
      expect(coordinator).toContain(signalIds.get(key));
  });

  it('gives the mentor the roster of her own classes only, and a case only for those pupils', async () => {
    const { pupils } = ok(
      await as(BAKEN_MENTOR).query<{
        pupils: { totalCount: number; edges: { node: { id: string; groupName: string } }[] };
      }>(`{ pupils(first: 100) { totalCount edges { node { id groupName } } } }`),
    );
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pupil p JOIN mentor_class mc ON mc.school_id = p.school_id AND mc.group_name = p.group_name JOIN app_user u ON u.id = mc.user_id WHERE u.email = $1`,
      [BAKEN_MENTOR],
    );
    expect(pupils.totalCount).toBe(n);
    expect(pupils.edges.map((e) => e.node.id)).toContain(inHerClass.id);
    expect(pupils.edges.map((e) => e.node.id)).not.toContain(notHerClass.id);
    const refused = failure(
      await as(BAKEN_MENTOR).query(`mutation($p: ID!) { createCase(input: { pupilId: $p }) { id } }`, {
        p: notHerClass.id,
      }),
    );
    expect(refused).toMatchObject({ field: 'pupilId' });
  });

  it('fills an existing database from what its data says: the only municipality of a region, and the mentors of involved cases', async () => {
    // A region as it stood before residences and classes were recorded: one municipality, a mentor involved in a case.
    const [region] = await sql<{ id: string }>(`INSERT INTO region (name) VALUES ('Voor de migratie') RETURNING id`);
    const [school] = await sql<{ id: string }>(
      `INSERT INTO organisation (region_id, name, kind, sector) VALUES ($1, 'Oude School', 'SCHOOL', 'VO') RETURNING id`,
      [region.id],
    );
    const [municipality] = await sql<{ id: string }>(
      `INSERT INTO organisation (region_id, name, kind) VALUES ($1, 'Enige Gemeente', 'MUNICIPALITY') RETURNING id`,
      [region.id],
    );
    const [pupil] = await sql<{ id: string }>(
      `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name) VALUES ($1, $2, 'OUD1', 'Oud', 'Leerling', '2012-01-01', '2C') RETURNING id`,
      [region.id, school.id],
    );
    const [mentor] = await sql<{ id: string }>(
      `INSERT INTO app_user (region_id, email, name) VALUES ($1, 'mentor@oud.test', 'Oude Mentor') RETURNING id`,
      [region.id],
    );
    await sql(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'MENTOR')`, [
      mentor.id,
      school.id,
    ]);
    const [c] = await sql<{ id: string }>(
      `INSERT INTO case_file (region_id, school_id, pupil_id, status, created_by, version) VALUES ($1, $2, $3, 'OPEN', $4, 1) RETURNING id`,
      [region.id, school.id, pupil.id, mentor.id],
    );
    await sql(`INSERT INTO case_involvement (case_id, organisation_id, user_id, added_by) VALUES ($1, $2, $3, $3)`, [
      c.id,
      school.id,
      mentor.id,
    ]);
    const demoNulls = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pupil p JOIN region r ON r.id = p.region_id WHERE r.name <> 'Voor de migratie' AND p.residence_municipality_id IS NULL`,
    );
    const runner = t.server.dataSource.createQueryRunner();
    try {
      await new SignalRecipientsBackfill1796133601813().up(runner);
    } finally {
      await runner.release();
    }
    expect(await sql(`SELECT residence_municipality_id AS id FROM pupil WHERE id = $1`, [pupil.id])).toEqual([
      { id: municipality.id },
    ]);
    expect(await sql(`SELECT group_name FROM mentor_class WHERE user_id = $1`, [mentor.id])).toEqual([
      { group_name: '2C' },
    ]);
    // A region with two municipalities is left to the roster: nothing is guessed there.
    expect(
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pupil p JOIN region r ON r.id = p.region_id WHERE r.name <> 'Voor de migratie' AND p.residence_municipality_id IS NULL`,
      ),
    ).toEqual(demoNulls);
  });

  it('gives leerplicht the legal route of the pupils living in its municipality, and only those', async () => {
    const kustland = (await signals(OFFICER)).map((s) => s.id);
    const duinrand = (await signals(DUINRAND_OFFICER)).map((s) => s.id);
    expect(kustland).toContain(signalIds.get('kustland'));
    expect(kustland).not.toContain(signalIds.get('duinrand'));
    expect(duinrand).toContain(signalIds.get('duinrand'));
    expect(duinrand).not.toContain(signalIds.get('kustland'));
    // Acting on another municipality's signal answers as if it did not exist.
    expect(
      failure(
        await as(OFFICER).query(`mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`, {
          id: signalIds.get('duinrand'),
        }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      ok(
        await as(DUINRAND_OFFICER).query<{ acknowledgeSignal: { id: string } }>(
          `mutation($id: ID!) { acknowledgeSignal(id: $id) { id } }`,
          { id: signalIds.get('duinrand') },
        ),
      ).acknowledgeSignal.id,
    ).toBe(signalIds.get('duinrand'));
  });

  it('tells a withdrawal to the leerplicht of the pupil’s municipality and the mentors of the pupil’s class, not to others', async () => {
    const [school] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) SELECT region_id, id, 'test', CURRENT_DATE - 150, CURRENT_DATE + 60, '[]' FROM organisation WHERE id = $1`,
      [school.id],
    );
    const days = (
      await sql<{ d: string }>(
        `SELECT d::date::text AS d FROM generate_series(CURRENT_DATE - 10, CURRENT_DATE - 1, interval '1 day') d WHERE extract(isodow FROM d) < 6 ORDER BY d`,
      )
    )
      .map((r) => r.d)
      .slice(-2);
    const lines = (reason: string, authorised: boolean) =>
      days.flatMap((d) =>
        Array.from(
          { length: 8 },
          (_, i) => `${otherDuinrander.pupil_number},${d},,,50,${i + 1},${authorised},${reason}`,
        ),
      );
    const importAs = async (csv: string[]) =>
      ok(
        await as(COORDINATOR).query<{
          importAbsences: { signalsRaised: number; signalsWithdrawn: number; rejected: boolean };
        }>(IMPORT, { input: { schoolId: school.id, csv: [HEADER, ...csv].join('\n') } }),
      ).importAbsences;
    expect((await importAs(lines('TRUANCY', false))).signalsRaised).toBeGreaterThan(0);
    const [raised] = await sql<{ id: string }>(
      `SELECT id FROM signal WHERE pupil_id = $1 AND rule_key = 'LEGAL_REPORT' AND crossed_on >= $2`,
      [otherDuinrander.id, days[0]],
    );
    expect((await importAs(lines('SICK', true))).signalsWithdrawn).toBeGreaterThan(0);
    const told = (
      await sql<{ email: string }>(
        `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.kind = 'SIGNAL_WITHDRAWN' AND n.signal_id = $1`,
        [raised.id],
      )
    ).map((r) => r.email);
    expect(told).toContain(DUINRAND_OFFICER);
    expect(told).not.toContain(OFFICER);
    expect(told).not.toContain(BAKEN_MENTOR);
  });
});
