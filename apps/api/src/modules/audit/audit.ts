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
  /** The page view of a read (ClientInfo.view); null for changes and exports, which are always logged. */
  view_id: string | null;
  pupils: { pupilId: string; subject: string }[];
}

/**
 * Reads that are logged once per page view: the same person reading the same record under the same
 * roles, seeing the same categories, in one view of a page (however many requests and resolvers
 * the page takes: the case page, its actions, a reload after a change or a live event) is one row.
 * A row is written again when anything differs, and at the latest this long after the last one, so a
 * page left open, or a client that keeps sending one view, still leaves a row at least this often.
 */
const ONCE_PER_VIEW: ReadonlySet<AuditAction> = new Set<AuditAction>(['READ', 'AUDIT_READ']);
export const VIEW_WINDOW_MINUTES = 10;

/** One group committer per data source for reads outside a transaction. */
const readCommitters = new WeakMap<object, GroupCommitter<AuditEventRow>>();

/**
 * Appends audit events. Facts alike but for their pupil (a page of cases read under the same roles,
 * showing the same categories) become one event naming each pupil and record. Inside a transaction they
 * commit with the change they describe. Reads outside a transaction are group-committed: the events of
 * requests arriving together go in one statement, and each request still answers only after its events
 * are committed. A read of a record the same page view already logged alike is not logged again (see
 * ONCE_PER_VIEW). The database refuses any later change or deletion.
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
    const view = ONCE_PER_VIEW.has(f.action) ? (session.client?.view ?? null) : null;
    const key = `${view}|${f.regionId}|${f.action}|${f.categories.join()}|${roles.map((r) => `${r.role}@${r.organisationId}`).join()}|${fields.join()}`;
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
        view_id: view,
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

/** Events of one view alike but for their pupils (sent by requests committed together) as one event. */
function mergeViews(events: readonly AuditEventRow[]): AuditEventRow[] {
  const merged = new Map<string, AuditEventRow>();
  const out: AuditEventRow[] = [];
  for (const e of events) {
    if (!e.view_id) {
      out.push(e);
      continue;
    }
    const key = [
      e.view_id,
      e.actor_user_id,
      e.region_id,
      e.action,
      e.categories,
      e.actor_roles,
      e.on_behalf_of,
      e.fields,
    ]
      .map(String)
      .join('|');
    const same = merged.get(key);
    if (!same) {
      const copy = { ...e, pupils: [...e.pupils] };
      merged.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const p of e.pupils) {
      if (!same.pupils.some((q) => q.pupilId === p.pupilId && q.subject === p.subject)) same.pupils.push(p);
    }
  }
  return out;
}

/**
 * The events of a batch, in a transaction (the caller's, or one of their own): first a lock per page
 * view and actor of its reads, then one statement for the events and the pupils they cover.
 *
 * The lock makes "did this view log the record already?" and the row that answers it one step. The
 * requests of one page arrive together, on several API instances (each with its own group committer),
 * and without it each would find no row of the other's yet and write its own: two rows for one view.
 * With it the second waits until the first has committed; its statement, started after the wait, sees
 * that row and writes nothing. Locks are taken in one order, so two batches never wait on each other.
 */
async function insertEvents(manager: EntityManager, batch: readonly AuditEventRow[]): Promise<void> {
  const events = mergeViews(batch);
  const views = [...new Set(events.flatMap((e) => (e.view_id ? [`${e.view_id}|${e.actor_user_id}`] : [])))].sort();
  if (views.length === 0) return insertFresh(manager, events);
  const locked = async (m: EntityManager) => {
    await preparedQuery(
      m,
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext('audit-view:' || v)::bigint AS k FROM unnest($1::text[]) AS v ORDER BY k) s`,
      [views],
    );
    await insertFresh(m, events);
  };
  if (manager.queryRunner?.isTransactionActive) return locked(manager);
  return manager.transaction(locked);
}

/**
 * One statement: the events and the pupils they cover, leaving out a read's pupil row where the same
 * view logged the same record alike within the window (and an event left with no pupil row at all).
 */
async function insertFresh(manager: EntityManager, events: readonly AuditEventRow[]): Promise<void> {
  const covered = events.flatMap((e) => e.pupils.map((p) => [e.id, p.pupilId, p.subject]));
  await preparedQuery(
    manager,
    `WITH x AS (
       SELECT * FROM json_to_recordset($1::json) AS x(id uuid, region_id uuid, actor_user_id uuid, actor_roles text[], on_behalf_of uuid[], action text,
              categories text[], fields text[], client_address text, user_agent text, view_id uuid)),
     fresh AS (
       SELECT c.event_id, c.pupil_id, c.subject FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS c(event_id, pupil_id, subject)
         JOIN x ON x.id = c.event_id
        WHERE x.view_id IS NULL OR NOT EXISTS (
          SELECT 1 FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id
           WHERE e.view_id = x.view_id AND e.actor_user_id = x.actor_user_id AND e.action = x.action
             AND e.categories = x.categories AND e.actor_roles = x.actor_roles AND e.on_behalf_of = x.on_behalf_of
             AND e.fields = x.fields AND e.at > now() - make_interval(mins => $5)
             AND p.pupil_id = c.pupil_id AND p.subject = c.subject)),
     event AS (
       INSERT INTO audit_event (id, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories, fields, client_address, user_agent, view_id)
       SELECT id, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories, fields, client_address, user_agent, view_id
         FROM x WHERE EXISTS (SELECT 1 FROM fresh WHERE fresh.event_id = x.id))
     INSERT INTO audit_event_pupil (event_id, pupil_id, subject) SELECT event_id, pupil_id, subject FROM fresh`,
    [
      JSON.stringify(events.map(({ pupils: _, ...event }) => event)),
      covered.map((c) => c[0]),
      covered.map((c) => c[1]),
      covered.map((c) => c[2]),
      VIEW_WINDOW_MINUTES,
    ],
  );
}
