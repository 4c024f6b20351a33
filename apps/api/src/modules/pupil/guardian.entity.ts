import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PupilEntity } from './pupil.entity';

/** A parent or carer. Who holds parental authority (gezag) is recorded explicitly: it decides consent. */
@Entity('guardian')
export class GuardianEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @ManyToOne(() => PupilEntity, (p) => p.guardians, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pupil_id' })
  pupil?: PupilEntity;

  @Column('text')
  name!: string;

  /** e.g. moeder, vader, voogd */
  @Column('text')
  relation!: string;

  /** For letters to parents by e-mail; null when the school has none. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean', { name: 'has_parental_authority' })
  hasParentalAuthority!: boolean;
}
