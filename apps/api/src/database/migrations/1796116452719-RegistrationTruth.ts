import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then completed by hand (the diff sees neither data nor CHECK texts): a registration is one
 * per pupil, day and slot, as in the registration system (no longer also per reason, which let a
 * corrected registration sit beside the old one); signals know the day they crossed, the DUO deadline,
 * withdrawal and the school's report. Do not edit after it has landed.
 */
export class RegistrationTruth1796116452719 implements MigrationInterface {
  name = 'RegistrationTruth1796116452719';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."absence_record_natural_key"`);
    // Where a slot holds several registrations (a correction imported beside the original), the latest import is the source's word.
    await queryRunner.query(`
      DELETE FROM absence_record a USING (
        SELECT id, row_number() OVER (PARTITION BY school_id, pupil_id, date, slot ORDER BY imported_at DESC, id DESC) AS n FROM absence_record
      ) ranked WHERE ranked.id = a.id AND ranked.n > 1`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "crossed_on" date`);
    // Before this, a signal was raised on the day it was evaluated: the best knowledge of its crossing.
    await queryRunner.query(`UPDATE "signal" SET "crossed_on" = (raised_at AT TIME ZONE 'Europe/Amsterdam')::date`);
    await queryRunner.query(`ALTER TABLE "signal" ALTER COLUMN "crossed_on" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "report_due" date`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "withdrawn_reason" text`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "reported_on" date`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "duo_reference" text`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "reported_by" uuid`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "reported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "signal" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "absence_record_natural_key" ON "absence_record" ("school_id", "pupil_id", "date", "slot") `,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_check" CHECK (kind IN ('SIGNAL_FEEDBACK', 'ACTION_DUE_SOON', 'ACTION_DUE_TODAY', 'ACTION_OVERDUE', 'ACTION_ESCALATED', 'WEEKLY_DIGEST', 'MEETING_INVITATION', 'MEETING_MOVED', 'TEAM_DECISION', 'SIGNAL_WITHDRAWN', 'SIGNAL_REINSTATED', 'LEGAL_REPORT_OVERDUE'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM notification WHERE kind IN ('SIGNAL_WITHDRAWN', 'SIGNAL_REINSTATED', 'LEGAL_REPORT_OVERDUE')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_check" CHECK (kind IN ('SIGNAL_FEEDBACK', 'ACTION_DUE_SOON', 'ACTION_DUE_TODAY', 'ACTION_OVERDUE', 'ACTION_ESCALATED', 'WEEKLY_DIGEST', 'MEETING_INVITATION', 'MEETING_MOVED', 'TEAM_DECISION'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."absence_record_natural_key"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "reported_at"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "reported_by"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "duo_reference"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "reported_on"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "withdrawn_reason"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "report_due"`);
    await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "crossed_on"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "absence_record_natural_key" ON "absence_record" ("date", "pupil_id", "reason", "school_id", "slot") `,
    );
  }
}
