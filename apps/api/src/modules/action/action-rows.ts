import type { EntityManager } from 'typeorm';
import { ActionStatus, dutchDate } from '@aanwezig/domain';
import type { CaseModel } from '../case/case.model';
import type { AgendaItemModel } from '../meeting/meeting.model';
import { loadOrganisationsOf } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
import type { ActionEntity } from './action.entity';
import { toActionModel } from './action.mapper';
import type { ActionModel } from './action.model';

/**
 * The actions of several cases with their owners' names, as plain rows in one query: a page of cases
 * shows its actions without an entity per row or a second query for the names.
 */
export async function actionsOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
): Promise<{ byCase: Map<string, ActionEntity[]>; owners: Map<string, PersonModel>; authors: Map<string, string[]> }> {
  const rows: (Omit<ActionEntity, 'caseFile' | 'agendaItem' | 'owner'> & { ownerName: string })[] = await manager.query(
    `SELECT a.id, a.case_id AS "caseId", a.agenda_item_id AS "agendaItemId", a.title, a.category, a.owner_user_id AS "ownerUserId",
            a.due_date::text AS "dueDate", a.status, a.completion_note AS "completionNote", a.completed_at AS "completedAt",
            a.created_by AS "createdBy", a.created_at AS "createdAt", u.name AS "ownerName"
       FROM case_action a JOIN app_user u ON u.id = a.owner_user_id
      WHERE a.case_id = ANY($1)
      ORDER BY a.status DESC, a.due_date, a.id`,
    [caseIds],
  );
  const byCase = new Map<string, ActionEntity[]>();
  const owners = new Map<string, PersonModel>();
  for (const { ownerName, ...action } of rows) {
    byCase.set(action.caseId, [...(byCase.get(action.caseId) ?? []), action as ActionEntity]);
    owners.set(action.ownerUserId, { id: action.ownerUserId, name: ownerName });
  }
  return {
    byCase,
    owners,
    authors: await loadOrganisationsOf(
      manager,
      rows.map((r) => r.createdBy),
    ),
  };
}

/** The actions of a case as its reader sees them, open ones first by due date; one read for all the cases read with it. */
export async function caseActions(manager: EntityManager, caseModel: CaseModel): Promise<ActionModel[]> {
  const { byCase, owners, authors, today } = await caseModel.batch('action.actions', async (cases) => ({
    ...(await actionsOfCases(
      manager,
      cases.map((c) => c.id),
    )),
    today: dutchDate(),
  }));
  return (byCase.get(caseModel.id) ?? []).map((a) => toActionModel(a, caseModel.reader, owners, today, authors));
}

/**
 * The actions shown at an agenda item: its case's open actions, carried over from earlier meetings, and
 * the ones agreed at this item, earliest due first. None for a topic or an item shown as restricted.
 */
export async function agendaItemActions(manager: EntityManager, item: AgendaItemModel): Promise<ActionModel[]> {
  if (!item.case || item.restricted) return [];
  return shownAtItem(await caseActions(manager, item.case), item.id);
}

/** Of a case's actions, the open ones and those agreed at this item, earliest due first (stable for ties). */
export function shownAtItem<A extends Pick<ActionModel, 'status' | 'agendaItemId' | 'dueDate'>>(
  actions: readonly A[],
  agendaItemId: string,
): A[] {
  return actions
    .filter((a) => a.status === ActionStatus.OPEN || a.agendaItemId === agendaItemId)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
