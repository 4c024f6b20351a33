import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand (TypeORM does not diff CHECK expressions): adds ADVICE_WRITTEN to the timeline kinds. Do not edit after it has landed. */
export class TimelineAdviceKind1795458989185 implements MigrationInterface {
  name = 'TimelineAdviceKind1795458989185';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'CASE_CLOSED', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'ADVICE_WRITTEN'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'CASE_CLOSED', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN'))`,
    );
  }
}
