import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MeetingFilter } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { QueryState } from '../../shared/QueryState';
import { useFormat } from '../../shared/use-format';
import { useMeetings } from '../hooks/use-meetings';
import { PlanMeetingForm } from './PlanMeetingForm';

type View = 'upcoming' | 'past';

/**
 * The meetings you may see: upcoming ones (including one in progress) earliest first, or past ones
 * latest first, a page at a time; each opens its own page (the live room, or what was agreed).
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const view: View = params.get('toon') === 'eerdere' ? 'past' : 'upcoming';
  const me = useMe();
  // The school's coordinators plan its meetings (the API decides).
  const school = me?.memberships.find((m) => managesSchool(me, m.organisation.id))?.organisation;
  // One moment per visit: a meeting that began up to six hours ago still counts as upcoming (in progress).
  const filter = useMemo<MeetingFilter>(() => {
    const now = Date.now();
    return view === 'past'
      ? { past: true, latestFirst: true }
      : { from: new Date(now - 6 * 60 * 60 * 1000).toISOString(), status: 'PLANNED' };
  }, [view]);
  const [planned, setPlanned] = useState(0);
  return (
    <main id="main">
      <Heading1>{t('meetings.title')}</Heading1>
      {school && <PlanMeetingForm school={school} onPlanned={() => setPlanned((n) => n + 1)} />}
      <nav aria-label={t('meetings.views')} className="aanwezig-tabs">
        <ul>
          <li>
            <Link to="/overleggen" aria-current={view === 'upcoming' ? 'page' : undefined}>
              {t('meetings.upcoming')}
            </Link>
          </li>
          <li>
            <Link to="/overleggen?toon=eerdere" aria-current={view === 'past' ? 'page' : undefined}>
              {t('meetings.past')}
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="meetings-list">
        <Heading2 id="meetings-list">{t(view === 'past' ? 'meetings.past' : 'meetings.upcoming')}</Heading2>
        <MeetingPages key={`${view}:${planned}`} filter={filter} view={view} />
      </section>
    </main>
  );
}

/** The pages of the list read so far; "Meer tonen" reads the next one after the last page's cursor. */
function MeetingPages({ filter, view }: { filter: MeetingFilter; view: View }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, index) => (
        <MeetingPage
          key={after ?? 'first'}
          filter={filter}
          after={after}
          view={view}
          first={index === 0}
          onMore={index === cursors.length - 1 ? (cursor) => setCursors([...cursors, cursor]) : undefined}
        />
      ))}
    </>
  );
}

function MeetingPage({
  filter,
  after,
  view,
  first,
  onMore,
}: {
  filter: MeetingFilter;
  after: string | null;
  view: View;
  first: boolean;
  onMore?: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useMeetings(filter, after);
  const connection = query.data?.meetings;
  if (!connection) return <QueryState query={query} />;
  const meetings = connection.edges.map((e) => e.node);
  return (
    <>
      {first && (
        <Paragraph>
          {meetings.length === 0
            ? t(view === 'past' ? 'meetings.noPast' : 'meetings.empty')
            : t(view === 'past' ? 'meetings.pastCount' : 'meetings.upcomingCount', { count: connection.totalCount })}
        </Paragraph>
      )}
      {meetings.length > 0 && (
        <ul className="aanwezig-meetings">
          {meetings.map((m) => (
            <li key={m.id}>
              {/* The date is part of the link's name: a series has one title for every meeting. */}
              <Link to={`/overleggen/${m.id}`}>
                {m.title} – {format.dateTime(m.startsAt)}
              </Link>
              {m.location ? `, ${m.location}` : ''} ({m.organisation.name})
              {view === 'past' && (
                <> · {t(m.status === 'CLOSED' ? 'meetings.closedState' : 'meetings.notClosedState')}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {onMore && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <Button appearance="secondary-action-button" onClick={() => onMore(connection.pageInfo.endCursor!)}>
          {t('meetings.more')}
        </Button>
      )}
    </>
  );
}
