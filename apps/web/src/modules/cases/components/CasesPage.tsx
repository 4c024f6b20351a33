import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, FormField, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { Shielded } from '../../shared/Shielded';
import { useCases } from '../hooks/use-cases';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { outcomeOf } from '../../shared/outcome';
import type { CaseFilter, CasesQuery as CasesQueryResult } from '../../../generated/graphql';
import { CaseFilters } from './CaseFilters';
import { compactFilter, SavedViewPicker } from './SavedViewPicker';
import { DataTable, type Column } from '../../shared/DataTable';
import { usePupilChanges } from '../../shared/live';
import { useFormat } from '../../shared/use-format';

type Edge = NonNullable<CasesQueryResult>['cases']['edges'][number];

/**
 * The cases you may see, most recently changed first: filters, saved views, search by name or pupil
 * number, load more.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [filter, setFilter] = useState<CaseFilter>({});
  const [after, setAfter] = useState<string | null>(null);
  const variables = { filter: compactFilter({ ...filter, search: applied || null }), after };
  // Bumped when the server says what may be shown of a pupil changed (a consent withdrawn or expired):
  // the list starts over from the first page, fetched from the server, not from the cache.
  const [refresh, setRefresh] = useState(0);
  const context = useMemo(
    () => (refresh > 0 ? { requestPolicy: 'network-only' as const, refresh } : undefined),
    [refresh],
  );
  const { data: answer, fetching, error, operation, reload } = useCases(variables, context);
  usePupilChanges(() => {
    setAfter(null);
    setRefresh((r) => r + 1);
  });
  // The rows shown, for which list (filter and search), and where that list goes on. Pages accumulate
  // when "more" is asked for; a new filter or search starts over. An answer to earlier variables
  // (kept while the next one loads) is not taken for the current one, nor one from before a refresh.
  const [list, setList] = useState<{
    key: string;
    page: string;
    refresh: number;
    rows: Edge[];
    totalCount: number;
    endCursor: string | null;
    more: boolean;
  } | null>(null);
  const listKey = JSON.stringify(variables.filter);
  const pageKey = JSON.stringify(variables);
  const answered = ((operation?.context as { refresh?: number } | undefined)?.refresh ?? 0) === refresh;
  const data = answer && answered && JSON.stringify(operation?.variables) === pageKey ? answer : undefined;
  if (data && (list?.page !== pageKey || list.refresh !== refresh)) {
    const { edges, totalCount, pageInfo } = data.cases;
    const continues = after && list?.key === listKey && list.refresh === refresh;
    setList({
      key: listKey,
      page: pageKey,
      refresh,
      rows: continues ? [...list.rows, ...edges] : edges,
      totalCount,
      endCursor: pageInfo.endCursor ?? null,
      more: pageInfo.hasNextPage,
    });
  }
  const current = list?.key === listKey ? list : null;
  const shown = current?.rows ?? [];
  const changeFilter = (next: CaseFilter) => {
    setAfter(null);
    setFilter(compactFilter(next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAfter(null);
    setApplied(search.trim());
  };
  /** A classification, or its shield when the reader may not see it, or '–' when there is none. */
  const classified = (c: Edge['node'], field: 'category' | 'typology') => {
    const value = c[field];
    if (value) return t(`reports.group.${value}`);
    return c.shielded.some((s) => s.field === field) ? <Shielded field={field} shielded={c.shielded} /> : '–';
  };
  const columns: Column<Edge>[] = [
    {
      key: 'pupil',
      header: t('cases.pupil'),
      rowHeader: true,
      cell: ({ node: c }) => <Link to={`/casussen/${c.id}`}>{format.pupil(c.pupil)}</Link>,
    },
    { key: 'school', header: t('cases.school'), cell: ({ node: c }) => c.school?.name ?? '–' },
    { key: 'category', header: t('cases.category'), cell: ({ node: c }) => classified(c, 'category') },
    { key: 'typology', header: t('cases.typology'), cell: ({ node: c }) => classified(c, 'typology') },
    {
      key: 'tier',
      header: t('case.tier'),
      cell: ({ node: c }) => c.tier ?? <Shielded field="tier" shielded={c.shielded} />,
    },
    { key: 'openActions', header: t('cases.openActions'), cell: ({ node: c }) => c.openActionCount },
    {
      key: 'nextMeeting',
      header: t('cases.nextMeeting'),
      cell: ({ node: c }) => (c.nextMeeting ? format.date(c.nextMeeting.startsAt, 'dayMonth') : '–'),
    },
  ];
  return (
    <main id="main">
      <Heading1>{t('cases.title')}</Heading1>
      <form className="aanwezig-form" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="case-search">{t('cases.search')}</FormLabel>
          <Textbox id="case-search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {t('cases.searchButton')}
        </Button>
      </form>
      <div className="aanwezig-list-tools">
        <CaseFilters filter={filter} onChange={changeFilter} />
        <SavedViewPicker filter={filter} onPick={changeFilter} />
      </div>
      {error && <OutcomeMessage outcome={outcomeOf(error, reload)} />}
      {!current && !error && <Paragraph role="status">{t('state.loading')}</Paragraph>}
      {current && <Paragraph>{t('cases.count', { shown: shown.length, count: current.totalCount })}</Paragraph>}
      {!current ? null : shown.length === 0 ? (
        <Paragraph>{t('cases.empty')}</Paragraph>
      ) : (
        <DataTable scrollLabel={t('cases.title')} columns={columns} rows={shown} rowKey={(e) => e.node.id} />
      )}
      {current?.more && (
        <Button appearance="secondary-action-button" busy={fetching} onClick={() => setAfter(current.endCursor)}>
          {t('cases.more')}
        </Button>
      )}
    </main>
  );
}
