import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLiveRoom } from '../../shared/live';
import { QueryState } from '../../shared/QueryState';
import { useCaseActions } from '../hooks/use-actions';
import { ActionItem } from './ActionItem';
import { useStableOrder } from './stable-order';

/**
 * A case's actions, open ones first by deadline, done ones after them with when and how; each with the
 * controls the reader may use. Self-contained: the case page places it and it reads its own actions.
 */
export function CaseActions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCaseActions(caseId);
  // Others change actions too (done, handed on, agreed in a meeting): the case's room says so.
  useLiveRoom('case', caseId, query.reload);
  // The API's order (open first, by deadline), kept while the person works: a card just marked done
  // stays where it was, now shown as done, with what happened beside it.
  const actions = useStableOrder(query.data?.case?.actions ?? []);
  return (
    <section aria-labelledby="case-actions">
      <Heading2 id="case-actions">{t('actions.caseTitle')}</Heading2>
      {!query.data ? (
        <QueryState query={query} />
      ) : !query.data.case ? null : actions.length === 0 ? (
        <Paragraph>{t('actions.none')}</Paragraph>
      ) : (
        <ul className="aanwezig-actions">
          {actions.map((a) => (
            <ActionItem key={a.id} action={a} />
          ))}
        </ul>
      )}
    </section>
  );
}
