import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FormOfAddress } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { PupilEntity } from './pupil.entity';

/** A parent or carer. Who holds parental authority (gezag) is recorded explicitly: it decides consent. */
@Entity('guardian')
@Check('guardian_form_of_address_check', `form_of_address IN (${sqlValueList(FormOfAddress)})`)
export class GuardianEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @ManyToOne(() => PupilEntity, (p) => p.guardians, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pupil_id' })
  pupil?: PupilEntity;

  /** The name in one line, as the school's administration holds it. */
  @Column('text')
  name!: string;

  /**
   * The name in parts, for letters: "Beste mevrouw Jansen", "de heer P. de Vries". Null where the school's
   * administration did not deliver them; a letter then uses `name` as it stands.
   */
  @Column('text', { name: 'given_name', nullable: true })
  givenName!: string | null;

  /** The tussenvoegsel ("de", "van der"), lower case. */
  @Column('text', { name: 'family_name_prefix', nullable: true })
  familyNamePrefix!: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName!: string | null;

  /** MRS ("mevrouw"), MR ("meneer") or NEUTRAL (greeted by full name, no title). */
  @Column('text', { name: 'form_of_address', nullable: true })
  formOfAddress!: FormOfAddress | null;

  /** The postal address for letters on paper: street and house number, postal code, town. */
  @Column('text', { nullable: true })
  street!: string | null;

  @Column('text', { name: 'postal_code', nullable: true })
  postalCode!: string | null;

  @Column('text', { nullable: true })
  city!: string | null;

  /** e.g. moeder, vader, voogd */
  @Column('text')
  relation!: string;

  /** For letters to parents by e-mail; null when the school has none. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean', { name: 'has_parental_authority' })
  hasParentalAuthority!: boolean;
}
