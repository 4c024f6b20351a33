import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The jeugdarts's advice on a case: the education-relevant part is shared under consent; the private
 * note never leaves the author's organisation (the GGD). Never the medical file.
 */
@Entity('advice')
@Index(['caseId'])
export class AdviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  /** The GGD the author wrote for. */
  @Column('uuid', { name: 'author_organisation_id' })
  authorOrganisationId!: string;

  /** What school and partners may read under consent (category DOCTOR_ADVICE). */
  @Column('text', { name: 'education_advice' })
  educationAdvice!: string;

  /** Only for the author's organisation. */
  @Column('text', { name: 'private_note', nullable: true })
  privateNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
