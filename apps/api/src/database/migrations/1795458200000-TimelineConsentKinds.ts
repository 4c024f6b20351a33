import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM's diff does not see a changed CHECK expression. Adds the consent kinds to
 * the timeline's kind check. Do not edit after it has landed.
 */
export class TimelineConsentKinds1795458200000 implements MigrationInterface {
  name = 'TimelineConsentKinds1795458200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'CASE_CLOSED', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'CASE_CLOSED'))`,
    );
  }
}
