import type { EntityManager } from 'typeorm';
import type { DataCategory } from '@aanwezig/domain';
import { TimelineEntryEntity, type TimelineKind } from './timeline-entry.entity';

export interface TimelineFact {
  caseId: string;
  kind: TimelineKind;
  category: DataCategory;
  summary: string;
  actorUserId: string;
  meetingId?: string | null;
}

/** Appends to a case's chronology inside the caller's transaction, so the change and its record are one. */
export async function recordTimeline(manager: EntityManager, fact: TimelineFact): Promise<void> {
  await manager.insert(TimelineEntryEntity, { ...fact, meetingId: fact.meetingId ?? null });
}
