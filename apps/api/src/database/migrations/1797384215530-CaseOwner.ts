import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case has an owner: the person responsible for it, a coordinator of its school. Until someone names
 * another, that is the one who opened the case (so existing cases keep the creator as owner).
 */
export class CaseOwner1797384215530 implements MigrationInterface {
  name = 'CaseOwner1797384215530';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" ADD "owner_id" uuid`);
    await queryRunner.query(
      `UPDATE "case_file" c SET "owner_id" = c."created_by" WHERE EXISTS (SELECT 1 FROM "app_user" u WHERE u."id" = c."created_by")`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "FK_7105ae8ac39f9e25bd8a4ada354" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_7105ae8ac39f9e25bd8a4ada354"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "owner_id"`);
  }
}
