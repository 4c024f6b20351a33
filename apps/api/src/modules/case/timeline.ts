import type { EntityManager } from 'typeorm';
import type { DataCategory } from '@aanwezig/domain';
import { timelineMessage, translate, type MessageParams } from '@aanwezig/messages';
import type { Session } from '../../core/auth/request-context';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { CaseEntity } from './case.entity';
import { TimelineEntryEntity, TimelineKind } from './timeline-entry.entity';

export interface TimelineFact {
  caseId: string;
  kind: TimelineKind;
  category: DataCategory;
  /** The parameters of the kind's text (and `context` for a variant); see TimelineEntryEntity.params. */
  params: MessageParams;
  actorUserId: string;
  meetingId?: string | null;
  /** For the audit log: the fields the change wrote, by name (default: the entry's params). */
  fields?: readonly string[];
}

const CREATIONS: readonly TimelineKind[] = [
  TimelineKind.CASE_CREATED,
  TimelineKind.ACTION_CREATED,
  TimelineKind.CONSENT_RECORDED,
  TimelineKind.MINUTES_RECORDED,
  TimelineKind.DECISION,
];

/**
 * Appends to a case's chronology inside the caller's transaction, so the change and its record are
 * one, and writes the matching audit event (who changed which fields of which record) in the same go.
 */
export async function recordTimeline(manager: EntityManager, session: Session, fact: TimelineFact): Promise<void> {
  const { fields, ...entry } = fact;
  await manager.insert(TimelineEntryEntity, { ...entry, meetingId: entry.meetingId ?? null });
  const caseFile = await manager.findOneOrFail(CaseEntity, {
    where: { id: fact.caseId },
    select: ['id', 'pupilId', 'regionId'],
  });
  await audit(manager, session, [
    {
      pupilId: caseFile.pupilId,
      regionId: caseFile.regionId,
      action: CREATIONS.includes(fact.kind) ? AuditAction.CREATE : AuditAction.UPDATE,
      categories: [fact.category],
      subject: `Case:${fact.caseId}:${fact.kind}`,
      fields: fields ?? ['params'],
    },
  ]);
}

/** An entry in Dutch, for API clients and documents (the web client says it in the reader's language). */
export function timelineText(kind: TimelineKind, params: MessageParams): string {
  const message = timelineMessage(kind, params);
  return 'text' in message ? message.text : translate(message.key, message.params);
}
