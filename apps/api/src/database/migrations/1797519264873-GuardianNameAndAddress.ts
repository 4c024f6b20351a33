import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A parent's name in parts (given name, tussenvoegsel, family name, how they are addressed) and postal
 * address, so a letter greets "Beste mevrouw Jansen en meneer De Vries" and carries an address block.
 * All nullable: existing parents keep their one-line name, which a letter then uses as it stands.
 */
export class GuardianNameAndAddress1797519264873 implements MigrationInterface {
  name = 'GuardianNameAndAddress1797519264873';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "guardian" ADD "given_name" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "family_name_prefix" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "family_name" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "form_of_address" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "street" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "postal_code" text`);
    await queryRunner.query(`ALTER TABLE "guardian" ADD "city" text`);
    await queryRunner.query(
      `ALTER TABLE "guardian" ADD CONSTRAINT "guardian_form_of_address_check" CHECK (form_of_address IN ('MRS', 'MR', 'NEUTRAL'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "guardian" DROP CONSTRAINT "guardian_form_of_address_check"`);
    for (const column of [
      'city',
      'postal_code',
      'street',
      'form_of_address',
      'family_name',
      'family_name_prefix',
      'given_name',
    ])
      await queryRunner.query(`ALTER TABLE "guardian" DROP COLUMN "${column}"`);
  }
}
