import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { CaseReader } from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import { AuditEventEntity, type AuditAction } from './audit-event.entity';

export interface AuditFact {
  pupilId: string;
  regionId: string;
  action: AuditAction;
  categories: readonly string[];
  subject: string;
  /** The reader's roles toward this pupil's case (who they acted as). */
  reader?: CaseReader;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends audit events in the caller's transaction (or on its own for reads), one row per pupil, in
 * one statement. Nothing in the API can change or delete them afterwards.
 */
export async function audit(manager: EntityManager, session: Session, facts: readonly AuditFact[]): Promise<void> {
  if (facts.length === 0) return;
  await manager.insert(
    AuditEventEntity,
    facts.map((f) => ({
      regionId: f.regionId,
      pupilId: f.pupilId,
      actorUserId: session.actor.userId,
      actorRoles: [...new Set((f.reader?.roles ?? session.actor.memberships).map((r) => r.role))],
      onBehalfOf: [...new Set((f.reader?.roles ?? session.actor.memberships).map((r) => r.organisationId))],
      action: f.action,
      categories: [...f.categories],
      subject: f.subject,
      before: f.before ?? null,
      after: f.after ?? null,
      clientAddress: session.client?.address ?? null,
      userAgent: session.client?.userAgent ?? null,
    })) as unknown as QueryDeepPartialEntity<AuditEventEntity>[],
  );
}
