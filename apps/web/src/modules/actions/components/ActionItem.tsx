import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, FormLabel, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { dutchDate } from '@aanwezig/domain';
import type { ActionFieldsFragment } from '../../../generated/graphql';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { Field } from '../../shared/Shielded';
import { useFormat } from '../../shared/use-format';
import { useOutcome, type OutcomeState } from '../../shared/use-outcome';
import { useCompleteAction, useReassignAction, useRescheduleAction } from '../hooks/use-actions';
import './actions.css';

export type ActionNode = ActionFieldsFragment;

type Control = 'complete' | 'reassign' | 'reschedule';

/**
 * One action: what, who, by when ("te laat" when overdue), or when it was done and how. An open one
 * carries the controls the API says the reader may use (Action.mayChange); each control's outcome is
 * shown right under it, or under the action when the control is gone (done, handed on).
 */
export function ActionItem({
  action,
  showCaseLink = false,
  caseLabel,
  onChanged,
}: {
  action: ActionNode;
  /** On a list of several cases' actions (my actions): a link to the action's case. */
  showCaseLink?: boolean;
  /** Whose case it is ("Sanne de Vries (2B)"), for that link; left out when not known or shielded. */
  caseLabel?: string | null;
  /** Told of the action as the server answered after a change of the reader's own. */
  onChanged?: (action: ActionNode) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcome = useOutcome();
  const [source, setSource] = useState<Control | null>(null);
  const done = action.status === 'DONE';
  const controls = !done && action.mayChange;
  const headingId = `action-${action.id}`;
  const via = (control: Control): OutcomeState => ({
    ...outcome,
    run: (attempt, said) => {
      setSource(control);
      return outcome.run(attempt, said);
    },
    refuse: (text, field) => {
      setSource(control);
      outcome.refuse(text, field);
    },
  });
  const shownAt = (control: Control) => (controls && source === control ? outcome.outcome : null);
  return (
    <li className="aanwezig-action" aria-labelledby={headingId} data-action-id={action.id}>
      <Paragraph id={headingId}>
        <strong>
          <Field value={action.title} field="title" shielded={action.shielded} />
        </strong>
      </Paragraph>
      <Paragraph>
        {t('actions.owner')} <Field value={action.owner?.name} field="owner" shielded={action.shielded} /> ·{' '}
        {done
          ? t('actions.done', { date: format.date(action.completedAt) })
          : t('actions.due', { date: format.date(action.dueDate) })}
        {action.overdue && <strong className="aanwezig-overdue"> · {t('actions.overdue')}</strong>}
      </Paragraph>
      {done && action.completionNote && <Paragraph>{t('actions.doneNote', { note: action.completionNote })}</Paragraph>}
      {showCaseLink && (
        <Paragraph>
          <Link to={`/casussen/${action.caseId}`} aria-describedby={headingId}>
            {caseLabel ? t('actions.toCaseOf', { pupil: caseLabel }) : t('actions.toCase')}
          </Link>
        </Paragraph>
      )}
      {controls && (
        <>
          <CompleteControl action={action} outcome={via('complete')} onChanged={onChanged}>
            <OutcomeMessage outcome={shownAt('complete')} />
          </CompleteControl>
          <details className="aanwezig-action-more">
            <summary>{t('actions.more')}</summary>
            <ReassignControl action={action} outcome={via('reassign')} onChanged={onChanged}>
              <OutcomeMessage outcome={shownAt('reassign')} />
            </ReassignControl>
            <RescheduleControl action={action} outcome={via('reschedule')} onChanged={onChanged}>
              <OutcomeMessage outcome={shownAt('reschedule')} />
            </RescheduleControl>
          </details>
        </>
      )}
      {/* The control that said it is gone (the action is done, or no longer the reader's): said here. */}
      {!controls && <OutcomeMessage outcome={outcome.outcome} />}
    </li>
  );
}

interface ControlProps {
  action: ActionNode;
  outcome: OutcomeState;
  onChanged?: (action: ActionNode) => void;
  /** Where the control's outcome is shown: right under its button. */
  children: ReactNode;
}

/** The action's title as a confirmation may quote it ("deze actie" when shielded). */
function titleOf(action: ActionNode, t: (key: string) => string): string {
  return action.title ?? t('actions.shieldedTitle');
}

function CompleteControl({ action, outcome, onChanged, children }: ControlProps) {
  const { t } = useTranslation();
  const [, complete] = useCompleteAction();
  const [note, setNote] = useState('');
  const id = `action-note-${action.id}`;
  const submit = async () => {
    const trimmed = note.trim();
    const data = await outcome.run(
      () => complete({ id: action.id, note: trimmed || null }),
      (d) =>
        t(trimmed ? 'actions.complete.doneWithNote' : 'actions.complete.done', {
          title: d.completeAction.title ?? titleOf(action, t),
        }),
    );
    if (data) onChanged?.(data.completeAction);
  };
  return (
    <ControlForm onSubmit={submit}>
      <FormLabel htmlFor={id}>{t('actions.complete.note')}</FormLabel>
      <Textbox id={id} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary-action-button" aria-describedby={`action-${action.id}`}>
        {t('actions.complete.button')}
      </Button>
      {children}
    </ControlForm>
  );
}

function ReassignControl({ action, outcome, onChanged, children }: ControlProps) {
  const { t } = useTranslation();
  const [, reassign] = useReassignAction();
  const [ownerId, setOwnerId] = useState('');
  const id = `action-owner-${action.id}`;
  if (action.ownerCandidates.length === 0) return <Paragraph>{t('actions.reassign.nobody')}</Paragraph>;
  const submit = async () => {
    const to = action.ownerCandidates.find((c) => c.id === ownerId);
    if (!to) return outcome.refuse(t('actions.reassign.pick'), 'ownerId');
    const data = await outcome.run(
      () => reassign({ id: action.id, ownerId: to.id }),
      (d) =>
        t('actions.reassign.done', {
          title: d.reassignAction.title ?? titleOf(action, t),
          name: d.reassignAction.owner?.name ?? to.name,
        }),
    );
    if (data) {
      setOwnerId('');
      onChanged?.(data.reassignAction);
    }
  };
  return (
    <ControlForm onSubmit={submit}>
      <FormLabel htmlFor={id}>{t('actions.reassign.label')}</FormLabel>
      <Select id={id} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
        <SelectOption value="">{t('actions.reassign.choose')}</SelectOption>
        {action.ownerCandidates.map((c) => (
          <SelectOption key={c.id} value={c.id}>
            {t('actions.reassign.candidate', {
              name: c.name,
              role: t(`role.${c.role}`),
              organisation: c.organisationName,
            })}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" appearance="secondary-action-button" aria-describedby={`action-${action.id}`}>
        {t('actions.reassign.button')}
      </Button>
      {children}
    </ControlForm>
  );
}

function RescheduleControl({ action, outcome, onChanged, children }: ControlProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, reschedule] = useRescheduleAction();
  const [dueDate, setDueDate] = useState('');
  const id = `action-due-${action.id}`;
  const submit = async () => {
    if (!dueDate) return outcome.refuse(t('actions.reschedule.pick'), 'dueDate');
    const data = await outcome.run(
      () => reschedule({ id: action.id, dueDate }),
      (d) =>
        t('actions.reschedule.done', {
          title: d.rescheduleAction.title ?? titleOf(action, t),
          date: format.date(d.rescheduleAction.dueDate),
        }),
    );
    if (data) {
      setDueDate('');
      onChanged?.(data.rescheduleAction);
    }
  };
  return (
    <ControlForm onSubmit={submit}>
      <FormLabel htmlFor={id}>{t('actions.reschedule.label')}</FormLabel>
      <Textbox id={id} type="date" min={dutchDate()} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      <Button type="submit" appearance="secondary-action-button" aria-describedby={`action-${action.id}`}>
        {t('actions.reschedule.button')}
      </Button>
      {children}
    </ControlForm>
  );
}

/** One control of an action as a form: the form checks its own input and says what to change. */
function ControlForm({ onSubmit, children }: { onSubmit(): Promise<unknown>; children: ReactNode }) {
  return (
    <form
      className="aanwezig-action-control"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
