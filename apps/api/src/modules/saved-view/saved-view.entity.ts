import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import type { SavedCaseFilter } from './saved-view.model';

/** A named case-list filter of one user ("Mijn weergaven"). Holds no pupil data: no search text. */
@Entity('saved_view')
@Index(['userId', 'name'], { unique: true })
export class SavedViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text')
  name!: string;

  @Column('jsonb')
  filter!: SavedCaseFilter;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
