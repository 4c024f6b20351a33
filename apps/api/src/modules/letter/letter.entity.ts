import type { LetterParent } from '@aanwezig/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataCategory, LetterLanguage, LetterTemplate } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { CaseEntity } from '../case/case.entity';

export const LetterDelivery = { EMAIL: 'EMAIL', DOWNLOAD: 'DOWNLOAD' } as const;
export type LetterDelivery = (typeof LetterDelivery)[keyof typeof LetterDelivery];

/**
 * A parent the letter went to, as they were on record when it was sent: the name (and its parts) and the
 * postal address that head the letter on paper. Letters sent before the parts existed hold the name only.
 */
export interface LetterRecipient extends Omit<LetterParent, 'name'> {
  guardianId: string;
  name: string;
  email: string | null;
}

/** A letter to a pupil's parents as it was sent: its text carries the category of the data in it. */
@Entity('letter')
@Index(['caseId', 'sentAt'])
@Check('letter_template_check', `template IN (${sqlValueList(LetterTemplate)})`)
@Check('letter_language_check', `language IN (${sqlValueList(LetterLanguage)})`)
@Check('letter_category_check', `category IN (${sqlValueList(DataCategory)})`)
@Check('letter_delivery_check', `delivery IN (${sqlValueList(LetterDelivery)})`)
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseFile?: CaseEntity;

  @Column('text')
  template!: LetterTemplate;

  @Column('text')
  language!: LetterLanguage;

  @Column('text')
  category!: DataCategory;

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column('jsonb')
  recipients!: LetterRecipient[];

  @Column('text')
  delivery!: LetterDelivery;

  @Column('uuid', { name: 'sent_by' })
  sentBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'sent_at' })
  sentAt!: Date;

  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;
}
