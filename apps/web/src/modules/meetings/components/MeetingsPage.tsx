import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { useMeetings } from '../hooks/use-meetings';
import { PlanMeetingForm } from './PlanMeetingForm';
import { errorMessage } from '../../shared/error-message';
import { useFormat } from '../../shared/use-format';

/** The planned meetings you may see (including one in progress), earliest first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const from = useMemo(() => new Date(Date.now() - 6 * 60 * 60 * 1000).toISOString(), []);
  const { data, fetching, error, reload } = useMeetings(from);
  const me = useMe();
  // The school's coordinators plan its meetings (the API decides).
  const school = me?.memberships.find((m) => managesSchool(me, m.organisation.id))?.organisation;
  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  return (
    <main id="main">
      <Heading1>{t('meetings.title')}</Heading1>
      {school && <PlanMeetingForm school={school} onPlanned={reload} />}
      {meetings.length === 0 ? (
        <Paragraph>{t('meetings.empty')}</Paragraph>
      ) : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id}>
              <Link to={`/overleggen/${m.id}`}>{m.title}</Link> – {format.dateTime(m.startsAt)}
              {m.location ? `, ${m.location}` : ''} ({m.organisation.name})
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
