import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: `absence_day`, one row per pupil and day with registrations, kept by statement
 * triggers on `absence_record` (whatever writes or deletes registrations, including cascades), so the
 * protocol's evaluation reads one row per day instead of one per lesson hour. It holds only what the
 * rules need, in units that do not depend on the school (a pupil's current school decides how to count).
 * Registrations are never updated, only inserted and deleted. Do not edit after it has landed.
 */
export class AbsenceDay1795465465900 implements MigrationInterface {
  name = 'AbsenceDay1795465465900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE absence_day (
        pupil_id uuid NOT NULL,
        date date NOT NULL,
        minutes int NOT NULL,
        unauthorised boolean NOT NULL,
        unauthorised_lessons int NOT NULL,
        unauthorised_lesson_minutes int NOT NULL,
        unauthorised_other_minutes int NOT NULL,
        luxury_leave int NOT NULL,
        lates int NOT NULL,
        longest_counted_minutes int NOT NULL,
        sick boolean NOT NULL,
        PRIMARY KEY (pupil_id, date)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION absence_day_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM absence_day d USING (SELECT DISTINCT pupil_id, date FROM changed) t WHERE d.pupil_id = t.pupil_id AND d.date = t.date;
        INSERT INTO absence_day
        SELECT a.pupil_id, a.date, sum(a.minutes), bool_or(NOT a.authorised),
               count(*) FILTER (WHERE NOT a.authorised AND a.lesson_hour IS NOT NULL),
               coalesce(sum(a.minutes) FILTER (WHERE NOT a.authorised AND a.lesson_hour IS NOT NULL), 0),
               coalesce(sum(a.minutes) FILTER (WHERE NOT a.authorised AND a.lesson_hour IS NULL), 0),
               count(*) FILTER (WHERE NOT a.authorised AND a.reason = 'LUXURY_LEAVE'),
               count(*) FILTER (WHERE a.reason = 'LATE'),
               coalesce(max(a.minutes) FILTER (WHERE a.reason <> 'EXEMPT'), 0),
               bool_or(a.reason = 'SICK')
          FROM absence_record a JOIN (SELECT DISTINCT pupil_id, date FROM changed) t ON t.pupil_id = a.pupil_id AND t.date = a.date
         GROUP BY a.pupil_id, a.date;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER absence_day_after_insert AFTER INSERT ON absence_record REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION absence_day_refresh()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER absence_day_after_delete AFTER DELETE ON absence_record REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION absence_day_refresh()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION absence_record_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'absence_record rows are not updated: delete and insert instead';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER absence_record_no_update BEFORE UPDATE ON absence_record FOR EACH ROW EXECUTE FUNCTION absence_record_immutable()`,
    );
    await queryRunner.query(`
      INSERT INTO absence_day
      SELECT pupil_id, date, sum(minutes), bool_or(NOT authorised),
             count(*) FILTER (WHERE NOT authorised AND lesson_hour IS NOT NULL),
             coalesce(sum(minutes) FILTER (WHERE NOT authorised AND lesson_hour IS NOT NULL), 0),
             coalesce(sum(minutes) FILTER (WHERE NOT authorised AND lesson_hour IS NULL), 0),
             count(*) FILTER (WHERE NOT authorised AND reason = 'LUXURY_LEAVE'),
             count(*) FILTER (WHERE reason = 'LATE'),
             coalesce(max(minutes) FILTER (WHERE reason <> 'EXEMPT'), 0),
             bool_or(reason = 'SICK')
        FROM absence_record GROUP BY pupil_id, date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER absence_record_no_update ON absence_record`);
    await queryRunner.query(`DROP FUNCTION absence_record_immutable()`);
    await queryRunner.query(`DROP TRIGGER absence_day_after_delete ON absence_record`);
    await queryRunner.query(`DROP TRIGGER absence_day_after_insert ON absence_record`);
    await queryRunner.query(`DROP FUNCTION absence_day_refresh()`);
    await queryRunner.query(`DROP TABLE absence_day`);
  }
}
