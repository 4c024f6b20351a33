import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { CombinedError } from 'urql';
import { outcomeOf } from './outcome';
import { OutcomeMessage } from './OutcomeMessage';

/**
 * What a page shows while its data is not there: "loading", or why it could not be read with a way to
 * try again. Render it in place of the content when `data` is missing.
 */
export function QueryState({ query }: { query: { fetching: boolean; error?: CombinedError; reload(): void } }) {
  const { t } = useTranslation();
  if (query.error) return <OutcomeMessage outcome={outcomeOf(query.error, query.reload)} />;
  return <Paragraph role="status">{t('state.loading')}</Paragraph>;
}
