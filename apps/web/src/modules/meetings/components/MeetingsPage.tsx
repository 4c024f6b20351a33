import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { MeetingsQuery } from '../graphql/meetings.query';

/** The planned meetings you may see (including one in progress), earliest first. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const from = useMemo(() => new Date(Date.now() - 6 * 60 * 60 * 1000).toISOString(), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingsQuery, variables: { from } });
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error) return <Alert type="error" role="alert"><Paragraph>{t('state.error', { message: error.graphQLErrors[0]?.message ?? error.message })}</Paragraph></Alert>;
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  return (
    <main id="main">
      <Heading1>{t('meetings.title')}</Heading1>
      {meetings.length === 0 ? (
        <Paragraph>{t('meetings.empty')}</Paragraph>
      ) : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/overleggen/${m.id}`}>{m.title}</Link> – {new Date(String(m.startsAt)).toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })}
              {m.location ? `, ${m.location}` : ''} ({m.organisation.name})
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
