import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { QueryState } from '../../shared/QueryState';
import { useCaseActions } from '../hooks/use-actions';
import { ActionItem } from './ActionItem';

/**
 * A case's actions, open ones first by deadline, done ones after them with when and how; each with the
 * controls the reader may use. Self-contained: the case page places it and it reads its own actions.
 */
export function CaseActions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCaseActions(caseId);
  const actions = query.data?.case?.actions;
  return (
    <section aria-labelledby="case-actions">
      <Heading2 id="case-actions">{t('actions.caseTitle')}</Heading2>
      {!actions ? (
        <QueryState query={query} />
      ) : actions.length === 0 ? (
        <Paragraph>{t('actions.none')}</Paragraph>
      ) : (
        // One list with stable keys: an action just marked done keeps its card (and its outcome) as it moves down.
        <ul className="aanwezig-actions">
          {[...actions]
            .sort((a, b) => Number(a.status === 'DONE') - Number(b.status === 'DONE'))
            .map((a) => (
              <ActionItem key={a.id} action={a} />
            ))}
        </ul>
      )}
    </section>
  );
}
