import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { AuditTrailQuery as AuditTrailResult } from '../../../generated/graphql';
import { DataTable, type Column } from '../../shared/DataTable';
import { useAuditTrail } from '../hooks/use-privacy';
import { useFormat } from '../../shared/use-format';

type Event = AuditTrailResult['auditTrail']['edges'][number]['node'];

/** The request a subject-access export answered, as its audited subject names it (`SubjectAccess:PDF:2026-03-02:INZ-14`). */
const EXPORT_SUBJECT = /^SubjectAccess:(JSON|PDF):(\d{4}-\d{2}-\d{2}):(.*)$/s;

/** One pupil's access log, newest first, 50 at a time. */
export function AuditTrail({ pupilId }: { pupilId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [after, setAfter] = useState<string | null>(null);
  const { data, fetching } = useAuditTrail(pupilId, after);
  // The pages loaded so far, each under its cursor; a page is replaced when its result changes (an answer
  // from the cache first, then the network's), so a new event shows without reloading the page.
  const [pages, setPages] = useState<{ source: unknown; list: { key: string; events: Event[] }[] }>({
    source: null,
    list: [],
  });
  const key = `${pupilId}|${after ?? ''}`;
  if (data && pages.source !== data) {
    const kept = after ? pages.list.filter((p) => p.key !== key && p.key.startsWith(`${pupilId}|`)) : [];
    setPages({ source: data, list: [...kept, { key, events: data.auditTrail.edges.map((e) => e.node) }] });
  }
  const events = pages.list.flatMap((p) => p.events);
  /** For an export: which request it answered. */
  const answered = (e: Event) => {
    const request = e.action === 'EXPORT' ? EXPORT_SUBJECT.exec(e.subject) : null;
    if (!request) return null;
    const date = format.date(request[2], 'medium');
    return ` (${t('privacy.exportOf', { format: request[1], date, reference: request[3] })})`;
  };

  const columns: Column<Event>[] = [
    { key: 'when', header: t('privacy.when'), cell: (e) => format.dateTime(e.at, 'medium') },
    {
      key: 'who',
      header: t('privacy.who'),
      cell: (e) => (
        <>
          {e.actor.name} ({e.actorRoles.map((r) => t(`role.${r}`)).join(', ')}
          {e.onBehalfOf.length ? `, ${e.onBehalfOf.map((o) => o.name).join(', ')}` : ''})
        </>
      ),
    },
    {
      key: 'what',
      header: t('privacy.what'),
      cell: (e) => (
        <>
          {t(`privacy.actions.${e.action}`)}
          {answered(e)}
        </>
      ),
    },
    {
      key: 'categories',
      header: t('privacy.categories'),
      cell: (e) =>
        e.categories.length ? e.categories.map((c) => t(`category.${c}`, { defaultValue: c })).join(', ') : '–',
    },
  ];

  if (!data && fetching) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('privacy.trailCount', { count: data?.auditTrail.totalCount ?? 0 })}</Paragraph>
      <DataTable caption={t('privacy.trail')} columns={columns} rows={events} rowKey={(e) => e.id} />
      {data?.auditTrail.pageInfo.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          busy={fetching}
          onClick={() => setAfter(data.auditTrail.pageInfo.endCursor ?? null)}
        >
          {t('privacy.more')}
        </Button>
      )}
    </>
  );
}
