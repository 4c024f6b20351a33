import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { SignInEventsQuery as SignInEventsResult } from '../../../generated/graphql';
import { DataTable, type Column } from '../../shared/DataTable';
import { QueryState } from '../../shared/QueryState';
import { useFormat } from '../../shared/use-format';
import { useSignInEvents } from '../hooks/use-auth';
import { signInReason } from '../lib/sign-in-log';

type Edge = SignInEventsResult['signInEvents']['edges'][number];
type Event = Edge['node'];

/**
 * "Aanmeldpogingen": every attempt to sign in, newest first, as the reader may see them (the privacy
 * officer their organisation's, the administrator the region's): who, when, which way, and why an
 * attempt was refused, in words. 50 at a time; asked afresh on every visit.
 */
export function SignInLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [after, setAfter] = useState<string | null>(null);
  const query = useSignInEvents(after);
  const { data, fetching, operation } = query;
  // The pages read so far, each under the cursor it was read after; "Meer laden" adds the next one.
  const [pages, setPages] = useState<{ source: unknown; list: { after: string | null; edges: Edge[] }[] }>({
    source: null,
    list: [],
  });
  const answered = data && (operation?.variables.after ?? null) === after ? data : undefined;
  if (answered && pages.source !== answered) {
    const kept = after ? pages.list.filter((p) => p.after !== after) : [];
    setPages({ source: answered, list: [...kept, { after, edges: answered.signInEvents.edges }] });
  }
  const rows = pages.list.flatMap((p) => p.edges);
  const last = answered?.signInEvents ?? data?.signInEvents;

  const reasonOf = (e: Event) => {
    if (!e.reason) return '–';
    const { key, error } = signInReason(e.reason);
    return key ? t(`signInLog.reason.${key}`, { error }) : e.reason;
  };
  const columns: Column<Edge>[] = [
    { key: 'at', header: t('signInLog.at'), rowHeader: true, cell: ({ node: e }) => format.dateTime(e.at, 'medium') },
    {
      key: 'who',
      header: t('signInLog.who'),
      cell: ({ node: e }) =>
        e.userName && e.email ? `${e.userName} (${e.email})` : (e.userName ?? e.email ?? t('signInLog.unknown')),
    },
    { key: 'organisation', header: t('signInLog.organisation'), cell: ({ node: e }) => e.organisationName ?? '–' },
    {
      key: 'method',
      header: t('signInLog.method'),
      cell: ({ node: e }) => t(`signInLog.methods.${e.method}`, { defaultValue: e.method }),
    },
    {
      key: 'outcome',
      header: t('signInLog.outcome'),
      cell: ({ node: e }) => t(`signInLog.outcomes.${e.outcome}`, { defaultValue: e.outcome }),
    },
    { key: 'reason', header: t('signInLog.reasonHeader'), cell: ({ node: e }) => reasonOf(e) },
    { key: 'address', header: t('signInLog.address'), cell: ({ node: e }) => e.address ?? '–' },
  ];

  return (
    <main id="main">
      <Heading1>{t('signInLog.title')}</Heading1>
      <Paragraph>{t('signInLog.intro')}</Paragraph>
      {!last ? (
        <QueryState query={query} />
      ) : (
        <>
          <Paragraph>{t('signInLog.count', { shown: rows.length, count: last.totalCount })}</Paragraph>
          {rows.length === 0 ? (
            <Paragraph>{t('signInLog.empty')}</Paragraph>
          ) : (
            <DataTable scrollLabel={t('signInLog.title')} columns={columns} rows={rows} rowKey={(e) => e.node.id} />
          )}
          {query.error && <QueryState query={query} />}
          {last.pageInfo.hasNextPage && !query.error && (
            <Button
              appearance="secondary-action-button"
              busy={fetching}
              onClick={() => setAfter(last.pageInfo.endCursor ?? null)}
            >
              {t('signInLog.more')}
            </Button>
          )}
        </>
      )}
    </main>
  );
}
