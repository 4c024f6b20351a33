import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: audit events of reads carry the page view they belong to (`view_id`), so a page that
 * reads the same record in several requests (the case page and its actions, a reload after a change)
 * logs it once. Earlier events have none. The view `audit_trail` lists its columns, so it is unchanged.
 * Do not edit after it has landed.
 */
export class AuditOncePerView1797713542096 implements MigrationInterface {
  name = 'AuditOncePerView1797713542096';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "view_id" uuid`);
    await queryRunner.query(`CREATE INDEX "audit_event_view" ON "audit_event" ("view_id") WHERE "view_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_event_view"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "view_id"`);
  }
}
