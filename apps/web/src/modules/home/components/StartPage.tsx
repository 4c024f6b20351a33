import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { Shielded } from '../../shared/Shielded';
import { StartPageQuery } from '../graphql/start-page.query';
import { errorMessage } from '../../shared/error-message';

/** Your day: open actions (overdue first), your next meetings, unread notifications. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  // Fixed per visit: a new timestamp on every render would refetch for ever.
  const from = useMemo(() => new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(), []);
  const [{ data, fetching, error }] = useQuery({ query: StartPageQuery, variables: { from }, requestPolicy: 'cache-and-network' });
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const day = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error) return <Alert type="error" role="alert"><Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph></Alert>;
  const actions = [...(data?.myActions.edges.map((e) => e.node) ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate));
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  const notifications = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <main id="main">
      <Heading1>{t('home.title', { name: me?.name ?? '' })}</Heading1>
      <section aria-labelledby="home-actions">
        <Heading2 id="home-actions">{t('home.actions', { count: data?.myActions.totalCount ?? 0 })}</Heading2>
        {actions.length === 0 ? (
          <Paragraph>{t('home.noActions')}</Paragraph>
        ) : (
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                {a.title ?? <Shielded field="title" shielded={a.shielded} />} – {t('home.due', { date: day(a.dueDate) })}
                {a.overdue && <strong> · {t('home.overdue')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-meetings">
        <Heading2 id="home-meetings">{t('home.meetings')}</Heading2>
        {meetings.length === 0 ? (
          <Paragraph>{t('home.noMeetings')}</Paragraph>
        ) : (
          <ul>
            {meetings.map((m) => (
              <li key={m.id}>
                {m.title} – {new Date(String(m.startsAt)).toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })}
                {m.location ? `, ${m.location}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-notifications">
        <Heading2 id="home-notifications">{t('home.notifications', { count: data?.unreadNotificationCount ?? 0 })}</Heading2>
        {notifications.length === 0 ? (
          <Paragraph>{t('home.noNotifications')}</Paragraph>
        ) : (
          <ul>
            {notifications.map((n) => (
              <li key={n.id}>
                <strong>{n.title}</strong>: {n.body}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
