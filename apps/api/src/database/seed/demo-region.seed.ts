import type { DataSource, EntityManager } from 'typeorm';
import { takeCensusIn } from '../../modules/report/census';
import { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { RegionEntity } from '../../modules/organisation/region.entity';
import { MembershipEntity } from '../../modules/user/membership.entity';
import { UserEntity } from '../../modules/user/user.entity';
import {
  DEMO_ORGANISATIONS,
  DEMO_REGION_NAME,
  DEMO_USERS,
  DUINRAND_PUPIL_NUMBER_ENDINGS,
  demoMemberships,
} from './demo-region.data';
import { insertDemoCases } from './demo-cases.seed';
import { insertDemoAbsence } from './demo-absence.seed';
import { demoSchoolYear } from './demo-calendar';
import { DEFAULT_PROTOCOL, dutchDate } from '@aanwezig/domain';
import { ProtocolRuleEntity } from '../../modules/protocol/protocol-rule.entity';
import { SchoolCalendarEntity } from '../../modules/attendance/school-calendar.entity';

/**
 * Seeds the demo region into an empty database, in one transaction, by the same code path on the
 * embedded database and on a server. Returns false (and writes nothing) when any region exists.
 */
export async function seedDemoRegion(
  dataSource: DataSource,
  now: Date = new Date(),
  options: { absence: boolean } = { absence: true },
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(RegionEntity)) > 0) return false;
    await insertDemoRegion(manager, now, options.absence);
    // The demo's history is in the app; nobody is mailed about things that "happened" before it existed.
    await manager.query(`UPDATE notification SET emailed_at = created_at WHERE emailed_at IS NULL`);
    return true;
  });
}

async function insertDemoRegion(manager: EntityManager, now: Date, withAbsence: boolean): Promise<void> {
  const region = await manager.save(manager.create(RegionEntity, { name: DEMO_REGION_NAME }));
  const organisations = new Map<string, OrganisationEntity>();
  for (const o of DEMO_ORGANISATIONS) {
    const saved = await manager.save(
      manager.create(OrganisationEntity, { regionId: region.id, name: o.name, kind: o.kind, sector: o.sector ?? null }),
    );
    organisations.set(o.key, saved);
  }
  const users = new Map<string, UserEntity>();
  for (const u of DEMO_USERS) {
    const user = await manager.save(manager.create(UserEntity, { regionId: region.id, email: u.email, name: u.name }));
    for (const { organisation: key, role } of demoMemberships(u)) {
      const organisation = organisations.get(key);
      if (!organisation) throw new Error(`demo user ${u.email} names unknown organisation ${key}`);
      await manager.save(manager.create(MembershipEntity, { userId: user.id, organisationId: organisation.id, role }));
    }
    users.set(u.email, user);
  }
  await insertDemoCases(manager, { regionId: region.id, organisations, users, now });
  // The region starts from the default protocol.
  await manager.insert(
    ProtocolRuleEntity,
    DEFAULT_PROTOCOL.map(({ key, threshold, windowSchoolWeeks, route, recipient, enabled, awaitingLaw }) => ({
      regionId: region.id,
      key,
      threshold,
      windowSchoolWeeks,
      route,
      recipient,
      enabled,
      awaitingLaw,
    })),
  );
  // Calendars for the school years around today, so attendance can be counted in school weeks.
  const thisYear = now.getUTCFullYear();
  for (let start = thisYear - 2; start <= thisYear + 3; start++) {
    const { schoolYear, firstDay, lastDay, holidays, studyDays } = demoSchoolYear(start);
    await manager.insert(SchoolCalendarEntity, {
      regionId: region.id,
      schoolId: null,
      schoolYear,
      firstDay,
      lastDay,
      holidays: [...holidays],
      studyDays: [...studyDays],
    });
  }
  if (withAbsence) {
    const importer = users.get(
      DEMO_USERS.find((u) => u.organisation === 'baken' && u.role === 'ATTENDANCE_COORDINATOR')!.email,
    )!;
    await insertDemoAbsence(manager, { regionId: region.id, importedBy: importer.id, schools: organisations, now });
  }
  await assignResidencesAndClasses(manager, region.id, organisations, users);
  // Three census dates of the MSA report, eight weeks apart, the last a month ago.
  const consultant = users.get(DEMO_USERS.find((u) => u.role === 'PARTNERSHIP_CONSULTANT')!.email)!;
  for (const [daysAgo, exemptions5a, absoluteAbsence] of [
    [142, 6, 9],
    [86, 7, 11],
    [30, 5, 8],
  ]) {
    const date = dutchDate(new Date(now.getTime() - daysAgo * 86_400_000));
    await takeCensusIn(manager, { regionId: region.id, date, takenBy: consultant.id, exemptions5a, absoluteAbsence });
  }
  // Fresh statistics after a bulk load, so the planner uses the indexes from the first request on.
  await manager.query('ANALYZE');
}

/**
 * Where each pupil lives (the municipality whose leerplicht is responsible) and which classes the two
 * demo mentors mentor: the Baken mentor the classes of the pupils whose cases she follows, the
 * Duinzicht mentor the classes of Duinzicht's first two case pupils.
 */
async function assignResidencesAndClasses(
  manager: EntityManager,
  regionId: string,
  organisations: Map<string, OrganisationEntity>,
  users: Map<string, UserEntity>,
): Promise<void> {
  await manager.query(
    `UPDATE pupil SET residence_municipality_id = CASE WHEN right(pupil_number, 1) = ANY($4) THEN $3::uuid ELSE $2::uuid END WHERE region_id = $1`,
    [
      regionId,
      organisations.get('leerplicht')!.id,
      organisations.get('leerplicht-duinrand')!.id,
      DUINRAND_PUPIL_NUMBER_ENDINGS,
    ],
  );
  const bakenMentor = users.get('mentor@baken.demo.test')!.id;
  await manager.query(
    `INSERT INTO mentor_class (user_id, school_id, group_name)
     SELECT DISTINCT ci.user_id, p.school_id, p.group_name FROM case_involvement ci JOIN case_file c ON c.id = ci.case_id JOIN pupil p ON p.id = c.pupil_id WHERE ci.user_id = $1`,
    [bakenMentor],
  );
  const duinzicht = organisations.get('duinzicht')!.id;
  await manager.query(
    `INSERT INTO mentor_class (user_id, school_id, group_name)
     SELECT DISTINCT $1::uuid, school_id, group_name FROM (SELECT p.school_id, p.group_name FROM case_file c JOIN pupil p ON p.id = c.pupil_id WHERE c.school_id = $2 ORDER BY p.pupil_number LIMIT 2) first_two`,
    [users.get('mentor@duinzicht.demo.test')!.id, duinzicht],
  );
}
