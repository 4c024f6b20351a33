import type { EntityManager } from 'typeorm';
import { SchoolSector, dutchDate } from '@aanwezig/domain';
import { evaluateSignals } from '../../modules/signal/signal-evaluation';
import { generateSchoolYear, insertAbsences } from './absence-generator';
import { demoSchoolYear } from './demo-calendar';
import { SeededRandom } from './random';

/** Classmates of the case pupils (no case of their own), so a school's figures rest on a real population. */
export const DEMO_CLASSMATES: Record<string, number> = {
  baken: 520,
  duinzicht: 460,
  branding: 60,
  helmgras: 120,
  meeuw: 230,
  vuurtoren: 210,
};

/**
 * Last school year and this one up to yesterday of registrations for every demo pupil (classmates
 * included), generated deterministically, then the protocol over every school day of this year, so every
 * demo role's signals inbox has realistic content. A few hundred thousand rows: the demo runs as a school's data would.
 */
export async function insertDemoAbsence(
  manager: EntityManager,
  ctx: { regionId: string; importedBy: string; schools: Map<string, { id: string; sector: string | null }>; now: Date },
): Promise<number> {
  const random = new SeededRandom(20260831);
  for (const [key, count] of Object.entries(DEMO_CLASSMATES)) {
    const school = ctx.schools.get(key)!;
    const primary = school.sector === SchoolSector.PO;
    await manager.query(
      `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name)
       SELECT $1, $2, $3 || (2000 + g), (ARRAY['Daan','Emma','Sem','Julia','Lucas','Mila','Finn','Tess','Levi','Sara'])[1 + g % 10],
              (ARRAY['de Jong','Jansen','de Vries','Bakker','Visser','Smit','Meijer','Mulder','Bos','Kaya','Nguyen'])[1 + g % 11],
              $4::date - (g % 1400), $5 || (1 + g % 6) FROM generate_series(1, $6) g`,
      [
        ctx.regionId,
        school.id,
        key.slice(0, 2).toUpperCase(),
        primary
          ? dutchDate(new Date(ctx.now.getTime() - 7 * 365 * 86_400_000))
          : dutchDate(new Date(ctx.now.getTime() - 12 * 365 * 86_400_000)),
        primary ? 'groep ' : 'klas ',
        count,
      ],
    );
  }
  const pupils: { id: string; school_id: string; sector: string | null }[] = await manager.query(
    `SELECT p.id, p.school_id, o.sector FROM pupil p JOIN organisation o ON o.id = p.school_id WHERE p.region_id = $1 ORDER BY p.pupil_number`,
    [ctx.regionId],
  );
  const today = dutchDate(ctx.now);
  const yesterday = dutchDate(new Date(ctx.now.getTime() - 86_400_000));
  const startYear =
    today >= demoSchoolYear(ctx.now.getUTCFullYear()).firstDay
      ? ctx.now.getUTCFullYear()
      : ctx.now.getUTCFullYear() - 1;
  let total = 0;
  for (const year of [demoSchoolYear(startYear - 1), demoSchoolYear(startYear)]) {
    const rows = pupils.flatMap((p) =>
      generateSchoolYear(
        { id: p.id, schoolId: p.school_id, lessonHours: p.sector !== SchoolSector.PO },
        year,
        yesterday,
        random,
      ),
    );
    await insertAbsences(manager, ctx.regionId, ctx.importedBy, rows);
    total += rows.length;
  }
  // Every school day of this year, as the imports would have evaluated them day by day: each crossing dated on its day.
  await evaluateSignals(manager, {
    schoolIds: [...ctx.schools.values()].map((s) => s.id),
    today,
    from: demoSchoolYear(startYear).firstDay,
  });
  // The demo schools reported their older legal reports to DUO in time; the last few weeks' are still open.
  await manager.query(
    `UPDATE signal SET reported_on = crossed_on + 2, duo_reference = 'DUO-DEMO-' || lpad((row_number)::text, 4, '0'), reported_by = $1, reported_at = crossed_on + 2
       FROM (SELECT id AS signal_id, row_number() OVER (ORDER BY crossed_on, id) FROM signal WHERE rule_key = 'LEGAL_REPORT' AND report_due < $2::date - 14) r
      WHERE signal.id = r.signal_id`,
    [ctx.importedBy, today],
  );
  return total;
}
