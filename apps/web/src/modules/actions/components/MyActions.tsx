import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MyActionsQuery } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { usePupilChanges } from '../../shared/live';
import { pupilLabel } from '../../shared/format';
import { QueryState } from '../../shared/QueryState';
import { useMyActionCases, useMyActionCounts, useMyActions } from '../hooks/use-actions';
import { ActionItem, type ActionNode } from './ActionItem';
import { useStableOrder } from './stable-order';

type Page = MyActionsQuery['myActions'];

/**
 * The signed-in person's open actions, overdue first (earliest due), with how many are overdue; each
 * with its controls and a link to its case, a page at a time. An action the person just finished (or
 * handed on) stays in the list for this visit, shown as it is now, with what happened beside it.
 */
export function MyActions({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const counts = useMyActionCounts();
  const me = useMe();
  const cases = useMyActionCases(me?.id);
  const pupilOf = new Map(cases.data?.cases.edges.map((e) => [e.node.id, pupilLabel(e.node.pupil)]) ?? []);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pages, setPages] = useState<Map<number, Page>>(new Map());
  const [touched, setTouched] = useState<Map<string, ActionNode>>(new Map());
  const reloadCounts = counts.reload;
  const loaded = useCallback((index: number, page: Page) => {
    setPages((previous) => new Map(previous).set(index, page));
  }, []);
  const changed = useCallback(
    (action: ActionNode) => {
      setTouched((previous) => new Map(previous).set(action.id, action));
      reloadCounts();
    },
    [reloadCounts],
  );
  // A consent withdrawn for one of these pupils (or a reconnect): what may be shown is asked again.
  const [generation, setGeneration] = useState(0);
  const reloadCases = cases.reload;
  usePupilChanges(() => {
    reloadCounts();
    reloadCases();
    setGeneration((g) => g + 1);
  });

  const listed = new Map<string, ActionNode>();
  for (let i = 0; i < cursors.length; i++)
    for (const edge of pages.get(i)?.edges ?? []) if (!listed.has(edge.node.id)) listed.set(edge.node.id, edge.node);
  for (const [id, action] of touched) if (!listed.has(id)) listed.set(id, action);
  const actions = useStableOrder([...listed.values()]);
  const last = pages.get(cursors.length - 1);
  const first = pages.get(0);
  const open = counts.data?.myActionCounts.open ?? first?.totalCount ?? 0;
  const overdue = counts.data?.myActionCounts.overdue ?? 0;
  const Heading = headingLevel === 1 ? Heading1 : Heading2;
  const page = (after: string | null, index: number) => (
    <MyActionsPage key={after ?? 'first'} after={after} index={index} generation={generation} onLoaded={loaded} />
  );

  return (
    <section aria-labelledby="my-actions" className="aanwezig-my-actions">
      <Heading id="my-actions">{t('actions.mine.heading', { count: open })}</Heading>
      {page(null, 0)}
      {first &&
        (actions.length === 0 ? (
          <Paragraph>{t('actions.mine.empty')}</Paragraph>
        ) : (
          <>
            {/* Said only once counted: "none overdue" while the count is on its way would not be true. */}
            {counts.data && (
              <Paragraph>
                {overdue > 0 ? (
                  <strong>{t('actions.mine.overdue', { count: overdue })}</strong>
                ) : (
                  t('actions.mine.noneOverdue')
                )}
              </Paragraph>
            )}
            <ul className="aanwezig-actions">
              {actions.map((a) => (
                <ActionItem key={a.id} action={a} showCaseLink caseLabel={pupilOf.get(a.caseId)} onChanged={changed} />
              ))}
            </ul>
          </>
        ))}
      {cursors.slice(1).map((after, i) => page(after, i + 1))}
      {last?.pageInfo.hasNextPage && last.pageInfo.endCursor && (
        <Button
          appearance="secondary-action-button"
          onClick={() => setCursors((previous) => [...previous, last.pageInfo.endCursor!])}
        >
          {t('actions.mine.more')}
        </Button>
      )}
    </section>
  );
}

/** One page of my actions: asks for it, tells the list, and says so while it is not there (or failed). */
function MyActionsPage({
  after,
  index,
  generation,
  onLoaded,
}: {
  after: string | null;
  index: number;
  /** Raised when what may be shown changed: the page is asked again. */
  generation: number;
  onLoaded: (index: number, page: Page) => void;
}) {
  const query = useMyActions(after);
  const page = query.data?.myActions;
  const { reload } = query;
  useEffect(() => {
    if (page) onLoaded(index, page);
  }, [page, index, onLoaded]);
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  return page ? null : <QueryState query={query} />;
}
