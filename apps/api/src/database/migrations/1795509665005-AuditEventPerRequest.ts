import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partly written by hand: one audit event per request instead of one per pupil. The pupils an event
 * covers move to `audit_event_pupil` (existing rows keep their ids there), `audit_trail` is a pupil's
 * view of them, and the new table is append-only like the old one. Do not edit after it has landed.
 */
export class AuditEventPerRequest1795509665005 implements MigrationInterface {
  name = 'AuditEventPerRequest1795509665005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event_pupil" ("pupil_id" uuid NOT NULL, "event_id" uuid NOT NULL, "subject" text NOT NULL, CONSTRAINT "PK_35eee4342cd3847b0403ba32c7a" PRIMARY KEY ("pupil_id", "event_id", "subject"))`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_event_pupil" ("pupil_id", "event_id", "subject") SELECT "pupil_id", "id", "subject" FROM "audit_event"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_5630ebd2cc550b901935bad39a"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "pupil_id"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "subject"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_pupil_no_change BEFORE UPDATE OR DELETE ON "audit_event_pupil" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_pupil_no_truncate BEFORE TRUNCATE ON "audit_event_pupil" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(`CREATE VIEW "audit_trail" AS
      SELECT p.pupil_id, e.id, e.at, e.region_id, e.actor_user_id, e.actor_roles, e.on_behalf_of, e.action, e.categories,
             string_agg(p.subject, ', ' ORDER BY p.subject) AS subject, e.before, e.after, e.client_address, e.user_agent
        FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id
       GROUP BY p.pupil_id, e.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "audit_trail"`);
    // Back to a row per pupil: each covered pupil gets a copy of its event, then the shared events go.
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_change"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "pupil_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "subject" text`);
    await queryRunner.query(`INSERT INTO "audit_event" ("at", "region_id", "pupil_id", "actor_user_id", "actor_roles", "on_behalf_of", "action", "categories", "subject", "before", "after", "client_address", "user_agent")
      SELECT e.at, e.region_id, p.pupil_id, e.actor_user_id, e.actor_roles, e.on_behalf_of, e.action, e.categories, p.subject, e.before, e.after, e.client_address, e.user_agent
        FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id`);
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "pupil_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "pupil_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "subject" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_change"`);
    await queryRunner.query(`CREATE INDEX "IDX_5630ebd2cc550b901935bad39a" ON "audit_event" ("pupil_id", "at") `);
    await queryRunner.query(`DROP TABLE "audit_event_pupil"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
  }
}
