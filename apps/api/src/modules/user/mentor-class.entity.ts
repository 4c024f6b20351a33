import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from './user.entity';

/**
 * A class (group) a mentor mentors at a school. A mentor hears of the pupils of these classes only:
 * the school route's signals about a pupil reach the mentors of the pupil's class (`group_name`).
 */
@Entity('mentor_class')
@Index(['schoolId', 'groupName'])
export class MentorClassEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn('uuid', { name: 'school_id' })
  schoolId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: OrganisationEntity;

  /** As the registration system names it, e.g. "2B" or "groep 6" (the pupil's `group_name`). */
  @PrimaryColumn('text', { name: 'group_name' })
  groupName!: string;
}
