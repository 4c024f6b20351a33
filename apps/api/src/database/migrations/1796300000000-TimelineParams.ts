import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timeline entries keep their kind's parameters instead of a Dutch sentence, so each reader's screen
 * says them in its own language. Entries written before keep their sentence as it was, under the
 * `legacy` parameter (shown as written); their content was never split into parameters and is not
 * guessed at now. Entries retention had emptied become `redacted`.
 */
export class TimelineParams1796300000000 implements MigrationInterface {
  name = 'TimelineParams1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" ADD "params" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "timeline_entry" SET "params" = CASE WHEN "summary" = '[geanonimiseerd]'
         THEN jsonb_build_object('redacted', 1) ELSE jsonb_build_object('legacy', "summary") END`,
    );
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP COLUMN "summary"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_entry" ADD "summary" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `UPDATE "timeline_entry" SET "summary" = COALESCE("params"->>'legacy', CASE WHEN "params" ? 'redacted' THEN '[geanonimiseerd]' ELSE "kind" END)`,
    );
    await queryRunner.query(`ALTER TABLE "timeline_entry" ALTER COLUMN "summary" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "timeline_entry" DROP COLUMN "params"`);
  }
}
