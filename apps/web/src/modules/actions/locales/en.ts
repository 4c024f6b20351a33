import type { actionsNl } from './nl';

/** The actions screens' texts in English; the same keys as nl.ts. */
export const actionsEn: typeof actionsNl = {
  actions: {
    caseTitle: 'Actions',
    none: 'There are no actions for this case yet.',
    owner: 'Owner:',
    due: 'deadline {{date}}',
    overdue: 'overdue',
    done: 'completed on {{date}}',
    doneNote: 'Note: {{note}}',
    toCase: 'To the case',
    toCaseOf: 'To the case of {{pupil}}',
    more: 'Hand over or new deadline',
    complete: {
      note: 'What was done? (optional)',
      button: 'Mark as completed',
      done: 'The action "{{title}}" is completed.',
      doneWithNote: 'The action "{{title}}" is completed, with your note.',
    },
    reassign: {
      label: 'Hand over to',
      choose: 'Choose a person',
      candidate: '{{name}} ({{role}}, {{organisation}})',
      button: 'Hand over',
      nobody: 'Nobody else can see this case; involve an organisation first.',
      pick: 'Choose who you hand the action over to.',
      done: 'The action "{{title}}" has been handed over to {{name}}.',
    },
    reschedule: {
      label: 'New deadline',
      button: 'Change deadline',
      pick: 'Choose a new deadline (today or later).',
      done: 'The deadline of "{{title}}" is now {{date}}.',
    },
    shieldedTitle: 'this action',
    mine: {
      title: 'My actions',
      heading_one: 'My open action ({{count}})',
      heading_other: 'My open actions ({{count}})',
      overdue_one: '{{count}} of them is overdue.',
      overdue_other: '{{count}} of them are overdue.',
      noneOverdue: 'None of them is overdue.',
      empty: 'You have no open actions.',
      more: 'Load more actions',
      shown: '{{shown}} of {{count}} shown',
    },
  },
};
