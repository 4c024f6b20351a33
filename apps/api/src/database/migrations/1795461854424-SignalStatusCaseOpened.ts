import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand (TypeORM does not diff CHECK expressions): adds CASE_OPENED to the signal statuses. Do not edit after it has landed. */
export class SignalStatusCaseOpened1795461854424 implements MigrationInterface {
  name = 'SignalStatusCaseOpened1795461854424';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_status_check" CHECK (status IN ('NEW', 'ACKNOWLEDGED', 'CASE_OPENED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_status_check" CHECK (status IN ('NEW', 'ACKNOWLEDGED'))`,
    );
  }
}
