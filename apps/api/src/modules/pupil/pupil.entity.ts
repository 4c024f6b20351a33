import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { GuardianEntity } from './guardian.entity';

@Entity('pupil')
@Index(['schoolId', 'pupilNumber'], { unique: true })
export class PupilEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'school_id' })
  schoolId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: OrganisationEntity;

  /** The school's own pupil number, as in its registration system's exports. */
  @Column('text', { name: 'pupil_number' })
  pupilNumber!: string;

  /** Pseudonymous id (ECK iD), when the school has one. */
  @Column('text', { name: 'eck_id', nullable: true })
  eckId!: string | null;

  @Column('text', { name: 'given_name' })
  givenName!: string;

  @Column('text', { name: 'family_name' })
  familyName!: string;

  @Column('date', { name: 'date_of_birth' })
  dateOfBirth!: string;

  /** Class or group, e.g. "2B" or "groep 6". */
  @Column('text', { name: 'group_name' })
  groupName!: string;

  /**
   * The municipality the pupil lives in (woongemeente): its leerplicht is responsible for the pupil and
   * receives the legal route's signals. Null until the school's roster says.
   */
  @Index()
  @Column('uuid', { name: 'residence_municipality_id', nullable: true })
  residenceMunicipalityId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'residence_municipality_id' })
  residenceMunicipality?: OrganisationEntity;

  @OneToMany(() => GuardianEntity, (g) => g.pupil)
  guardians?: GuardianEntity[];

  /** Set when the retention job removed the identity (counts for reports are kept). */
  @Column('timestamptz', { name: 'anonymised_at', nullable: true })
  anonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
