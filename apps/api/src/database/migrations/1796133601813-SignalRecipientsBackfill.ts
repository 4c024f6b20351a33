import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: a database that existed before SignalRecipients gets what its data already says, so
 * legal-route signals and the mentors' classes do not go dark on deploy. In a region with exactly one
 * municipality, that municipality is every pupil's whose residence is not recorded (it was the one
 * receiving their legal-route signals); with several, the roster has to say. A mentor mentors the
 * classes of the pupils whose cases she is involved in. Do not edit after it has landed.
 */
export class SignalRecipientsBackfill1796133601813 implements MigrationInterface {
  name = 'SignalRecipientsBackfill1796133601813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE pupil p SET residence_municipality_id = only_one.id
      FROM (SELECT region_id, min(id::text)::uuid AS id FROM organisation WHERE kind = 'MUNICIPALITY' GROUP BY region_id HAVING count(*) = 1) only_one
      WHERE p.region_id = only_one.region_id AND p.residence_municipality_id IS NULL`);
    await queryRunner.query(`INSERT INTO mentor_class (user_id, school_id, group_name)
      SELECT DISTINCT ci.user_id, p.school_id, p.group_name
        FROM case_involvement ci JOIN case_file c ON c.id = ci.case_id JOIN pupil p ON p.id = c.pupil_id
        JOIN membership m ON m.user_id = ci.user_id AND m.organisation_id = p.school_id AND m.role = 'MENTOR'
       WHERE ci.user_id IS NOT NULL AND p.group_name <> ''
      ON CONFLICT DO NOTHING`);
  }

  async down(): Promise<void> {
    // The rows it filled cannot be told from rows written since; they stay.
  }
}
