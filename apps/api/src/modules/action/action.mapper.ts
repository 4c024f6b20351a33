import { isOverdue } from '@aanwezig/domain';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import { authoredBy, UNKNOWN_PERSON } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
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
  return maskFields(
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
  ) as ActionModel;
}
