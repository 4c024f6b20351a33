import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { QueryState } from '../../shared/QueryState';
import { usePupilChanges } from '../../shared/live';
import { useFormat } from '../../shared/use-format';
import {
  DEFAULT_SIGNAL_FILTER,
  SIGNAL_PAGE_SIZE,
  useSignals,
  useUpcomingMeetings,
  type SignalFilter,
} from '../hooks/use-signals';
import { SignalCard, type SignalNode } from './SignalCard';
import { groupByPupil, newestFirst } from '../group-by-pupil';
import { SignalFilters } from './SignalFilters';

/**
 * The signals routed to you: filtered by status, rule and route, paged, grouped per pupil, each with what
 * was measured and a link to the pupil's case; acknowledge one, make it a case or put it on an agenda.
 */
export function SignalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  // `?leerling=<id>`: the start page's link to one pupil's signals.
  const [search] = useSearchParams();
  const [filter, setFilter] = useState<SignalFilter>({ ...DEFAULT_SIGNAL_FILTER, pupilId: search.get('leerling') });
  // The cursors of the pages walked through; the last one is the page shown (null: the first).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  // Handled on this page: they stay in view, with their outcome, until the person moves on.
  const [handled, setHandled] = useState<Map<string, SignalNode>>(new Map());
  const query = useSignals(filter, cursors[cursors.length - 1]);
  const { data, reload } = query;
  // A consent withdrawn or expired for one of these pupils: what may be shown of them changed.
  usePupilChanges(reload);
  // Fixed per visit: a new timestamp on every render would refetch for ever.
  const from = useMemo(() => new Date().toISOString(), []);
  const { data: upcoming } = useUpcomingMeetings(from, managesSchool(me));
  const meetingsOf = (schoolId: string) =>
    upcoming ? upcoming.meetings.edges.map((e) => e.node).filter((m) => m.organisation.id === schoolId) : null;

  const moveTo = (next: (string | null)[], nextFilter = filter) => {
    setHandled(new Map());
    setCursors(next);
    setFilter(nextFilter);
  };
  const onHandled = (signal: SignalNode) => {
    setHandled((before) => new Map(before).set(signal.id, signal));
    reload();
  };

  if (!data) return <main id="main">{<QueryState query={query} />}</main>;
  const loaded = data.signals.edges.map((e) => e.node);
  const shown = [...loaded, ...[...handled.values()].filter((h) => !loaded.some((s) => s.id === h.id))].sort(
    newestFirst,
  );
  const total = data.signals.totalCount;
  const pageNumber = cursors.length;
  const pages = Math.max(1, Math.ceil(total / SIGNAL_PAGE_SIZE));
  const firstIndex = (pageNumber - 1) * SIGNAL_PAGE_SIZE;
  const pupilName = filter.pupilId ? (shown.find((s) => s.pupil?.id === filter.pupilId)?.pupil ?? null) : null;
  return (
    <main id="main">
      <Heading1>{filter.status === 'WITHDRAWN' ? t('signals.withdrawnTitle') : t('signals.title')}</Heading1>
      <Paragraph>{t('signals.intro')}</Paragraph>
      <SignalFilters filter={filter} onChange={(next) => moveTo([null], next)} />
      {filter.pupilId && (
        <Paragraph>
          {t('signals.onlyPupil', { pupil: pupilName ? format.pupil(pupilName) : t('signals.thePupil') })}{' '}
          <Button appearance="subtle-button" onClick={() => moveTo([null], { ...filter, pupilId: null })}>
            {t('signals.allPupils')}
          </Button>
        </Paragraph>
      )}
      <Paragraph id="signal-count" aria-live="polite">
        {total === 0
          ? t('signals.countNone')
          : t('signals.count', {
              from: firstIndex + 1,
              to: firstIndex + loaded.length,
              count: total,
            })}
      </Paragraph>
      {shown.length === 0 ? (
        <Paragraph>{filter.status === 'WITHDRAWN' ? t('signals.withdrawnEmpty') : t('signals.empty')}</Paragraph>
      ) : (
        groupByPupil(shown).map((group) => {
          const first = group.signals[0];
          const caseId = group.signals.find((s) => s.pupilCaseId)?.pupilCaseId ?? null;
          const headingId = `signal-group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`;
          return (
            <article key={group.key} aria-labelledby={headingId} className="aanwezig-signal-group">
              <Heading2 id={headingId}>
                {/* The pupil number too: two pupils of one class can share a name. */}
                {format.pupil(first.pupil, t('signals.thePupil'))}
                {first.pupil ? ` · ${t('signals.pupilNumber', { number: first.pupil.pupilNumber })}` : ''} ·{' '}
                {first.school.name}
              </Heading2>
              <Paragraph>
                {t('signals.groupCount', { count: group.signals.length })}
                {caseId && (
                  <>
                    {' · '}
                    <Link to={`/casussen/${caseId}`}>{t('signals.toCase')}</Link>
                  </>
                )}
                {first.pupil && !filter.pupilId && (
                  <>
                    {' · '}
                    <Button
                      appearance="subtle-button"
                      onClick={() => moveTo([null], { ...filter, pupilId: first.pupil!.id })}
                    >
                      {t('signals.onlyThisPupil')}
                    </Button>
                  </>
                )}
              </Paragraph>
              <ul className="aanwezig-cards">
                {group.signals.map((s) => (
                  <SignalCard
                    key={s.id}
                    signal={s}
                    mayManage={managesSchool(me, s.school.id)}
                    meetings={meetingsOf(s.school.id)}
                    handled={handled.has(s.id)}
                    onHandled={onHandled}
                  />
                ))}
              </ul>
            </article>
          );
        })
      )}
      {pages > 1 && (
        <nav aria-label={t('signals.paging')}>
          <Paragraph>{t('signals.pageOf', { page: pageNumber, pages })}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              disabled={pageNumber === 1}
              onClick={() => moveTo(cursors.slice(0, -1))}
            >
              {t('signals.previousPage')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={!data.signals.pageInfo.hasNextPage}
              onClick={() => moveTo([...cursors, data.signals.pageInfo.endCursor])}
            >
              {t('signals.nextPage')}
            </Button>
          </ButtonGroup>
        </nav>
      )}
    </main>
  );
}
