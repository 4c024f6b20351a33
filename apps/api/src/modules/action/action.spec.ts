import { describe, expect, it } from 'vitest';
import { ActionStatus, DataCategory } from '@aanwezig/domain';
import { AppError } from '../../core/errors/app-error';
import type { OpenActionJson } from '../case/case-row';
import { agendaItemActions, shownAtItem } from './action-rows';
import { fromOpenActionJson } from './action.mapper';
import { checkCreateAction, completionNote, type CreateActionInput } from './dto/action.input';

function refusal(check: () => unknown) {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError) return { ...error.details, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

const input = (change: Partial<CreateActionInput> = {}): CreateActionInput => ({
  caseId: 'c',
  title: ' Gesprek met ouders ',
  ownerId: 'o',
  dueDate: '2026-03-10',
  ...change,
});

describe('checkCreateAction', () => {
  it('trims the title and takes today or later; classification by default', () => {
    expect(checkCreateAction(input(), '2026-03-10')).toEqual({
      title: 'Gesprek met ouders',
      dueDate: '2026-03-10',
      category: DataCategory.CLASSIFICATION,
    });
    expect(checkCreateAction(input({ category: DataCategory.HOME_SITUATION }), '2026-03-01').category).toBe(
      DataCategory.HOME_SITUATION,
    );
  });

  it('refuses a missing title, a date that does not exist and a deadline in the past, in Dutch as before', () => {
    expect(refusal(() => checkCreateAction(input({ title: '' }), '2026-03-01'))).toMatchObject({
      field: 'title',
      reason: 'input.required',
      message: 'De omschrijving is verplicht.',
    });
    expect(refusal(() => checkCreateAction(input({ dueDate: '2026-02-30' }), '2026-02-01'))).toMatchObject({
      field: 'dueDate',
      message: 'De deadline moet een bestaande datum zijn in de vorm JJJJ-MM-DD.',
    });
    expect(refusal(() => checkCreateAction(input(), '2026-03-11'))).toMatchObject({
      field: 'dueDate',
      reason: 'action.dueInPast',
      message: 'De deadline ligt in het verleden; kies vandaag of later.',
    });
  });

  it('takes an empty completion note as none, and refuses one too long', () => {
    expect(completionNote('  ')).toBeNull();
    expect(completionNote(' Gedaan ')).toBe('Gedaan');
    expect(refusal(() => completionNote('x'.repeat(2001))).message).toBe(
      'De toelichting is te lang (maximaal 2000 tekens).',
    );
  });
});

describe('actions at an agenda item', () => {
  const action = (id: string, status: ActionStatus, dueDate: string, agendaItemId: string | null = null) => ({
    id,
    status,
    dueDate,
    agendaItemId,
  });

  it("shows the case's open actions and those agreed at this item, earliest due first", () => {
    const actions = [
      action('late', ActionStatus.OPEN, '2026-04-01'),
      action('doneHere', ActionStatus.DONE, '2026-03-01', 'item'),
      action('doneElsewhere', ActionStatus.DONE, '2026-02-01', 'other'),
      action('early', ActionStatus.OPEN, '2026-03-01', 'other'),
    ];
    expect(shownAtItem(actions, 'item').map((a) => a.id)).toEqual(['doneHere', 'early', 'late']);
  });

  it('shows none for a topic or an item shown as restricted, without reading anything', async () => {
    const noManager = null as never;
    const item = { id: 'i', position: 1, topic: null, writableCategories: [], minutes: [], decisions: [] };
    expect(await agendaItemActions(noManager, { ...item, case: null, restricted: true })).toEqual([]);
    expect(await agendaItemActions(noManager, { ...item, topic: 'Beleid', case: null, restricted: false })).toEqual([]);
  });
});

describe('fromOpenActionJson', () => {
  it('gives back the dates the case-row JSON carries as text', () => {
    const json: OpenActionJson = {
      id: 'a',
      caseId: 'c',
      agendaItemId: null,
      title: 'Bellen',
      category: DataCategory.CLASSIFICATION,
      ownerUserId: 'u',
      ownerName: 'Ria',
      dueDate: '2026-03-10',
      status: ActionStatus.OPEN,
      completionNote: null,
      completedAt: null,
      createdBy: 'u',
      createdAt: '2026-03-01T10:00:00.000Z',
      createdByOrganisations: ['o'],
    };
    const entity = fromOpenActionJson(json);
    expect(entity.createdAt).toEqual(new Date('2026-03-01T10:00:00.000Z'));
    expect(entity.completedAt).toBeNull();
    expect(entity.dueDate).toBe('2026-03-10');
  });
});
