import type { EntityManager } from 'typeorm';
import type { CaseReader } from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import type { AuditAction } from './audit-event.entity';
import { GroupCommitter } from './group-commit';
import { preparedQuery } from '../../core/database/prepared';

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

type AuditRow = ReturnType<typeof toRow>;

/** One group committer per data source for reads outside a transaction. */
const readCommitters = new WeakMap<object, GroupCommitter<AuditRow>>();

/**
 * Appends audit events, one row per pupil. Inside a transaction they commit with the change they
 * describe. Reads outside a transaction are group-committed: the rows of requests arriving together
 * go in one INSERT, and each request still answers only after its rows are committed. The database
 * refuses any later change or deletion.
 */
export async function audit(manager: EntityManager, session: Session, facts: readonly AuditFact[]): Promise<void> {
  if (facts.length === 0) return;
  const rows = facts.map((f) => toRow(session, f));
  if (manager.queryRunner?.isTransactionActive) return insertAuditRows(manager, rows);
  return GroupCommitter.for(readCommitters, manager, insertAuditRows).add(rows);
}

function toRow(session: Session, f: AuditFact) {
  const roles = f.reader?.roles ?? session.actor.memberships;
  return {
    region_id: f.regionId,
    pupil_id: f.pupilId,
    actor_user_id: session.actor.userId,
    actor_roles: [...new Set(roles.map((r) => r.role))],
    on_behalf_of: [...new Set(roles.map((r) => r.organisationId))],
    action: f.action,
    categories: [...f.categories],
    subject: f.subject,
    before: f.before ?? null,
    after: f.after ?? null,
    client_address: session.client?.address ?? null,
    user_agent: session.client?.userAgent ?? null,
  };
}

async function insertAuditRows(manager: EntityManager, rows: readonly AuditRow[]): Promise<void> {
  await preparedQuery(
    manager,
    `INSERT INTO audit_event (region_id, pupil_id, actor_user_id, actor_roles, on_behalf_of, action, categories, subject, before, after, client_address, user_agent)
     SELECT region_id, pupil_id, actor_user_id, actor_roles, on_behalf_of, action, categories, subject, before, after, client_address, user_agent
       FROM json_to_recordset($1::json) AS x(region_id uuid, pupil_id uuid, actor_user_id uuid, actor_roles text[], on_behalf_of uuid[], action text,
            categories text[], subject text, before jsonb, after jsonb, client_address text, user_agent text)`,
    [JSON.stringify(rows)],
  );
}
