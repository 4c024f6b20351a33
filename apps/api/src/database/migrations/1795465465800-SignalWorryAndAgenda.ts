import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (TypeORM does not diff CHECK expressions): a mentor's worry flag is a signal (WORRY), and
 * a signal can be put on an agenda (ON_AGENDA). Do not edit after it has landed.
 */
export class SignalWorryAndAgenda1795465465800 implements MigrationInterface {
  name = 'SignalWorryAndAgenda1795465465800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_rule_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_rule_check" CHECK (rule_key IN ('LEGAL_REPORT', 'EARLY_SIGNAL', 'LUXURY_LEAVE', 'FREQUENT_SICK', 'LONG_SICK', 'LATES', 'LATES_LEGAL', 'SAT_DISCUSS', 'ACT_NOW', 'AT_RISK_HOME', 'HOME_SITTER', 'WORRY'))`,
    );
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_status_check" CHECK (status IN ('NEW', 'ACKNOWLEDGED', 'CASE_OPENED', 'ON_AGENDA'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_status_check" CHECK (status IN ('NEW', 'ACKNOWLEDGED', 'CASE_OPENED'))`,
    );
    await queryRunner.query(`ALTER TABLE "signal" DROP CONSTRAINT "signal_rule_check"`);
    await queryRunner.query(
      `ALTER TABLE "signal" ADD CONSTRAINT "signal_rule_check" CHECK (rule_key IN ('LEGAL_REPORT', 'EARLY_SIGNAL', 'LUXURY_LEAVE', 'FREQUENT_SICK', 'LONG_SICK', 'LATES', 'LATES_LEGAL', 'SAT_DISCUSS', 'ACT_NOW', 'AT_RISK_HOME', 'HOME_SITTER'))`,
    );
  }
}
