import { randomUUID } from 'node:crypto';
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
  /**
   * The fields read or changed, by name (e.g. `homeSituation`). Never their contents: the log says who
   * did what to which record when (NEN 7513 asks for the event), so anonymising a pupil leaves nothing.
   */
  fields?: readonly string[];
}

/** One event: the facts of a request that differ only in their pupil and record. */
interface AuditEventRow {
  id: string;
  region_id: string;
  actor_user_id: string;
  actor_roles: string[];
  on_behalf_of: string[];
  action: AuditAction;
  categories: string[];
  fields: string[];
  client_address: string | null;
  user_agent: string | null;
  pupils: { pupilId: string; subject: string }[];
}

/** One group committer per data source for reads outside a transaction. */
const readCommitters = new WeakMap<object, GroupCommitter<AuditEventRow>>();

/**
 * Appends audit events. Facts alike but for their pupil (a page of cases read under the same roles,
 * showing the same categories) become one event naming each pupil and record. Inside a transaction they
 * commit with the change they describe. Reads outside a transaction are group-committed: the events of
 * requests arriving together go in one statement, and each request still answers only after its events
 * are committed. The database refuses any later change or deletion.
 */
export async function audit(manager: EntityManager, session: Session, facts: readonly AuditFact[]): Promise<void> {
  if (facts.length === 0) return;
  const events = toEvents(session, facts);
  if (manager.queryRunner?.isTransactionActive) return insertEvents(manager, events);
  return GroupCommitter.for(readCommitters, manager, insertEvents).add(events);
}

function toEvents(session: Session, facts: readonly AuditFact[]): AuditEventRow[] {
  const events = new Map<string, { event: AuditEventRow; covered: Set<string> }>();
  for (const f of facts) {
    const roles = f.reader?.roles ?? session.actor.memberships;
    const fields = [...new Set(f.fields ?? [])].sort();
    const key = `${f.regionId}|${f.action}|${f.categories.join()}|${roles.map((r) => `${r.role}@${r.organisationId}`).join()}|${fields.join()}`;
    let same = events.get(key);
    if (!same) {
      const event: AuditEventRow = {
        id: randomUUID(),
        region_id: f.regionId,
        actor_user_id: session.actor.userId,
        actor_roles: [...new Set(roles.map((r) => r.role))],
        on_behalf_of: [...new Set(roles.map((r) => r.organisationId))],
        action: f.action,
        categories: [...f.categories],
        fields,
        client_address: session.client?.address ?? null,
        user_agent: session.client?.userAgent ?? null,
        pupils: [],
      };
      events.set(key, (same = { event, covered: new Set() }));
    }
    // The same record read twice in one request is one read.
    const record = `${f.pupilId}|${f.subject}`;
    if (!same.covered.has(record)) {
      same.covered.add(record);
      same.event.pupils.push({ pupilId: f.pupilId, subject: f.subject });
    }
  }
  return [...events.values()].map((e) => e.event);
}

async function insertEvents(manager: EntityManager, events: readonly AuditEventRow[]): Promise<void> {
  const covered = events.flatMap((e) => e.pupils.map((p) => [e.id, p.pupilId, p.subject]));
  await preparedQuery(
    manager,
    `WITH event AS (
       INSERT INTO audit_event (id, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories, fields, client_address, user_agent)
       SELECT id, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories, fields, client_address, user_agent
         FROM json_to_recordset($1::json) AS x(id uuid, region_id uuid, actor_user_id uuid, actor_roles text[], on_behalf_of uuid[], action text,
              categories text[], fields text[], client_address text, user_agent text))
     INSERT INTO audit_event_pupil (event_id, pupil_id, subject) SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::text[])`,
    [
      JSON.stringify(events.map(({ pupils: _, ...event }) => event)),
      covered.map((c) => c[0]),
      covered.map((c) => c[1]),
      covered.map((c) => c[2]),
    ],
  );
}
