import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then completed by hand (the diff sees neither the view nor the data): the audit log keeps
 * which fields were read or changed, never their contents, so a pupil can be anonymised without the log
 * keeping mentor notes, home situation or minutes (NEN 7513 asks for the event, not the data). Existing
 * events keep the names of the fields their before/after held; the append-only trigger is lifted for
 * that one statement. Do not edit after it has landed.
 */
export class AuditWithoutContents1796128715668 implements MigrationInterface {
  name = 'AuditWithoutContents1796128715668';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "audit_trail"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "fields" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_change"`);
    await queryRunner.query(`UPDATE "audit_event" SET "fields" = ARRAY(
        SELECT DISTINCT k FROM (
          SELECT jsonb_object_keys(CASE WHEN jsonb_typeof("before") = 'object' THEN "before" ELSE '{}'::jsonb END) AS k
          UNION SELECT jsonb_object_keys(CASE WHEN jsonb_typeof("after") = 'object' THEN "after" ELSE '{}'::jsonb END)) AS keys
        ORDER BY k)
      WHERE "before" IS NOT NULL OR "after" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_change"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "before"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "after"`);
    await queryRunner.query(`CREATE VIEW "audit_trail" AS
      SELECT p.pupil_id, e.id, e.at, e.region_id, e.actor_user_id, e.actor_roles, e.on_behalf_of, e.action, e.categories,
             string_agg(p.subject, ', ' ORDER BY p.subject) AS subject, e.fields, e.client_address, e.user_agent
        FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id
       GROUP BY p.pupil_id, e.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The contents are gone for good; the columns come back empty.
    await queryRunner.query(`DROP VIEW "audit_trail"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "before" jsonb`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "after" jsonb`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "fields"`);
    await queryRunner.query(`CREATE VIEW "audit_trail" AS
      SELECT p.pupil_id, e.id, e.at, e.region_id, e.actor_user_id, e.actor_roles, e.on_behalf_of, e.action, e.categories,
             string_agg(p.subject, ', ' ORDER BY p.subject) AS subject, e.before, e.after, e.client_address, e.user_agent
        FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id
       GROUP BY p.pupil_id, e.id`);
  }
}
