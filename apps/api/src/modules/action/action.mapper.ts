import { dutchDate, isOverdue } from '@aanwezig/domain';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import { authoredBy, UNKNOWN_PERSON } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
import type { OpenActionJson } from '../case/case-row';
import type { CaseModel } from '../case/case.model';
import type { ActionEntity } from './action.entity';
import type { ActionModel } from './action.model';

/** An action as this reader may see it: the title and completion note follow the action's category. */
export function toActionModel(
  action: ActionEntity,
  reader: CaseReader,
  people: Map<string, PersonModel>,
  today: string,
  authors: Map<string, string[]>,
): ActionModel {
  const masked = maskFields(
    'Action',
    {
      id: action.id,
      caseId: action.caseId,
      agendaItemId: action.agendaItemId,
      category: action.category,
      title: action.title,
      owner: people.get(action.ownerUserId) ?? UNKNOWN_PERSON,
      dueDate: action.dueDate,
      status: action.status,
      overdue: isOverdue(action.dueDate, action.status, today),
      completionNote: action.completionNote,
      completedAt: action.completedAt,
      createdAt: action.createdAt,
    },
    authoredBy(reader, authors, action.createdBy),
    action.category,
  );
  return { ...masked, ownerUserId: action.ownerUserId } as ActionModel;
}

/** An open action as the case-row SQL reads it (case-row.ts), as an entity for toActionModel. */
export function fromOpenActionJson(a: OpenActionJson): ActionEntity {
  return {
    ...a,
    completedAt: a.completedAt ? new Date(a.completedAt) : null,
    createdAt: new Date(a.createdAt),
  } as ActionEntity;
}

/**
 * A case's open actions as its reader sees them, from the rows read with the case (its hot fields, see
 * CaseModel.openActionRows): no query of their own, and a plain list rather than a promise per case.
 */
export function openActionsOf(caseModel: CaseModel, today: string = dutchDate()): ActionModel[] {
  const rows = caseModel.openActionRows;
  if (rows.length === 0) return [];
  const owners = new Map(rows.map((a) => [a.ownerUserId, { id: a.ownerUserId, name: a.ownerName }]));
  const authors = new Map(rows.map((a) => [a.createdBy, a.createdByOrganisations]));
  return rows.map((a) => toActionModel(fromOpenActionJson(a), caseModel.reader, owners, today, authors));
}
