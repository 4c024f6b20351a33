import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM's diff does not see a changed CHECK expression. Adds ACTION_RESCHEDULED (an
 * action's new deadline) to the timeline's kind check. Do not edit after it has landed.
 */
export class TimelineActionRescheduled1797612345678 implements MigrationInterface {
  name = 'TimelineActionRescheduled1797612345678';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'ACTION_RESCHEDULED', 'CASE_CLOSED', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'ADVICE_WRITTEN', 'LETTER_SENT'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP CONSTRAINT "timeline_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_kind_check" CHECK (kind IN ('CASE_CREATED', 'CASE_UPDATED', 'WORRY_FLAG_SET', 'WORRY_FLAG_CLEARED', 'ORGANISATION_INVOLVED', 'ON_AGENDA', 'MINUTES_RECORDED', 'DECISION', 'ACTION_CREATED', 'ACTION_DONE', 'ACTION_REASSIGNED', 'CASE_CLOSED', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'ADVICE_WRITTEN', 'LETTER_SENT'))`,
    );
  }
}
