import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { Shielded } from '../../shared/Shielded';
import { useStartCases, useStartPage, useStartSignals } from '../hooks/use-home';
import { receivesSignals, worksOnCases } from '../../auth/hooks/roles';
import { Link } from 'react-router';
import { useRuleLabel } from '../../protocol/rule-label';
import { errorMessage } from '../../shared/error-message';
import { usePupilChanges } from '../../shared/live';
import { useFormat } from '../../shared/use-format';
import { notificationText } from '../../shared/server-texts';

/** Your day: open actions (overdue first), your next meetings, new signals, the cases you work on, unread notifications. */
export function StartPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  // Fixed per visit: a new timestamp on every render would refetch for ever.
  const from = useMemo(() => new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(), []);
  const { data, fetching, error, reload } = useStartPage(from);
  // Only asked of roles that have them: the API would answer "forbidden" to the others.
  const signals = useStartSignals(receivesSignals(me));
  const cases = useStartCases(worksOnCases(me));
  const { data: signalData, error: signalError } = signals;
  const { data: caseData, error: caseError } = cases;
  // A consent withdrawn or expired for a pupil shown here (actions, signals, cases): refetch what may be shown.
  usePupilChanges(() => {
    reload();
    if (receivesSignals(me)) signals.reload();
    if (worksOnCases(me)) cases.reload();
  });
  const ruleLabel = useRuleLabel();

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  const actions = [...(data?.myActions.edges.map((e) => e.node) ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate),
  );
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
                <Link to={`/casussen/${a.caseId}`}>{a.title ?? <Shielded field="title" shielded={a.shielded} />}</Link>{' '}
                – {t('home.due', { date: format.date(a.dueDate, 'weekday') })}
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
                <Link to={`/overleggen/${m.id}`}>{m.title}</Link> – {format.dateTime(m.startsAt)}
                {m.location ? `, ${m.location}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {receivesSignals(me) && (
        <section aria-labelledby="home-signals">
          <Heading2 id="home-signals">{t('home.signals', { count: signalData?.signals.totalCount ?? 0 })}</Heading2>
          {signalError ? (
            <Alert type="error" role="alert">
              <Paragraph>{t('state.error', { message: errorMessage(signalError) })}</Paragraph>
            </Alert>
          ) : !signalData ? (
            <Paragraph role="status">{t('state.loading')}</Paragraph>
          ) : signalData.signals.edges.length === 0 ? (
            <Paragraph>{t('home.noSignals')}</Paragraph>
          ) : (
            <ul>
              {signalData.signals.edges.map(({ node: s }) => (
                <li key={s.id}>
                  {ruleLabel(s.rule, s.label)}:{' '}
                  {s.pupil?.displayName ?? <Shielded field="pupil" shielded={s.shielded} />}, {s.school.name}
                </li>
              ))}
            </ul>
          )}
          {Boolean(signalData?.signals.totalCount) && <Link to="/signalen">{t('home.allSignals')}</Link>}
        </section>
      )}
      {worksOnCases(me) && (
        <section aria-labelledby="home-cases">
          <Heading2 id="home-cases">{t('home.cases')}</Heading2>
          {caseError ? (
            <Alert type="error" role="alert">
              <Paragraph>{t('state.error', { message: errorMessage(caseError) })}</Paragraph>
            </Alert>
          ) : !caseData ? (
            <Paragraph role="status">{t('state.loading')}</Paragraph>
          ) : caseData.cases.edges.length === 0 ? (
            <Paragraph>{t('home.noCases')}</Paragraph>
          ) : (
            <ul>
              {caseData.cases.edges.map(({ node: c }) => (
                <li key={c.id}>
                  <Link to={`/casussen/${c.id}`}>{format.pupil(c.pupil)}</Link>
                  {c.school ? `, ${c.school.name}` : ''} · {t('home.caseActions', { count: c.openActionCount })}
                </li>
              ))}
            </ul>
          )}
          {Boolean(caseData?.cases.totalCount) && (
            <Link to="/casussen">{t('home.allCases', { count: caseData?.cases.totalCount ?? 0 })}</Link>
          )}
        </section>
      )}
      <section aria-labelledby="home-notifications">
        <Heading2 id="home-notifications">
          {t('home.notifications', { count: data?.unreadNotificationCount ?? 0 })}
        </Heading2>
        {notifications.length === 0 ? (
          <Paragraph>{t('home.noNotifications')}</Paragraph>
        ) : (
          <ul>
            {notifications.map((n) => {
              // A notification is a neutral sentence and references: the record is read behind the link, through the mask.
              const target = n.meetingId
                ? { to: `/overleggen/${n.meetingId}`, label: t('home.toMeeting') }
                : n.caseId
                  ? { to: `/casussen/${n.caseId}`, label: t('home.toCase') }
                  : n.signalId
                    ? { to: '/signalen', label: t('home.toSignals') }
                    : null;
              return (
                <li key={n.id}>
                  <strong>{notificationText(n, t).title}</strong>: {notificationText(n, t).body}
                  {target && (
                    <>
                      {' '}
                      <Link to={target.to}>{target.label}</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </main>
  );
}
