import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ActionFieldsFragment } from '../../../generated/graphql';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { Field } from '../../shared/Shielded';
import { useFormat } from '../../shared/use-format';
import { useOutcome } from '../../shared/use-outcome';
import { useCompleteAction } from '../hooks/use-actions';

export type ActionNode = ActionFieldsFragment;

/**
 * One action: what, who, by when ("te laat" when overdue), or when it was done and how. Open ones carry
 * the controls the reader may use; each control's outcome is shown right under it.
 */
export function ActionItem({
  action,
  showCaseLink = false,
  onChanged,
}: {
  action: ActionNode;
  /** On a list of several cases' actions (my actions): a link to the action's case. */
  showCaseLink?: boolean;
  /** Told of the action as the server answered after a change of the reader's own. */
  onChanged?: (action: ActionNode) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = action.status === 'DONE';
  const headingId = useId();
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
          <Link to={`/casussen/${action.caseId}`}>{t('actions.toCase')}</Link>
        </Paragraph>
      )}
      {!done && <CompleteControl action={action} onChanged={onChanged} />}
    </li>
  );
}

/** The action's title as a confirmation may quote it ("deze actie" when shielded). */
function titleOf(action: ActionNode, t: (key: string) => string): string {
  return action.title ?? t('actions.shieldedTitle');
}

function CompleteControl({ action, onChanged }: { action: ActionNode; onChanged?: (a: ActionNode) => void }) {
  const { t } = useTranslation();
  const [, complete] = useCompleteAction();
  const { outcome, run } = useOutcome();
  const [note, setNote] = useState('');
  const id = `action-note-${action.id}`;
  const submit = async () => {
    const trimmed = note.trim();
    const data = await run(
      () => complete({ id: action.id, note: trimmed || null }),
      (d) =>
        t(trimmed ? 'actions.complete.doneWithNote' : 'actions.complete.done', {
          title: d.completeAction.title ?? titleOf(action, t),
        }),
    );
    if (data) onChanged?.(data.completeAction);
  };
  return (
    <form
      className="aanwezig-action-control"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormLabel htmlFor={id}>{t('actions.complete.note')}</FormLabel>
      <Textbox id={id} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary-action-button">
        {t('actions.complete.button')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
