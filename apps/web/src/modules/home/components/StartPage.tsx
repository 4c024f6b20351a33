import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { capabilitiesOf } from '../../auth/hooks/roles';
import { Shielded } from '../../shared/Shielded';
import { MyActions } from '../../actions/components/MyActions';
import { QueryState } from '../../shared/QueryState';
import { useStartCases, useStartPage, useStartSignals } from '../hooks/use-home';
import { useRuleLabel } from '../../protocol/rule-label';
import { usePupilChanges } from '../../shared/live';
import { useFormat } from '../../shared/use-format';
import { notificationText } from '../../shared/server-texts';

/**
 * Your day, from what the server says you may read (`me.capabilities`), so nothing here asks for what
 * the API would refuse: my open actions (MyActions, overdue first), your next meetings, new signals and the cases you
 * work on (who works on cases), the privacy log (the privacy officer), the protocol and organisations
 * (the functional administrator), and unread notifications (everyone).
 */
export function StartPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const may = capabilitiesOf(me);
  const worksOnCases = Boolean(may?.readCases);
  const receivesSignals = Boolean(may?.receiveSignals);
  // Fixed per visit: a new timestamp on every render would refetch for ever.
  const from = useMemo(() => new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString(), []);
  // Meetings are read by those who work on cases (Capabilities.readCases: "cases and meetings").
  const start = useStartPage(from, worksOnCases, may !== null);
  const signals = useStartSignals(receivesSignals);
  const cases = useStartCases(worksOnCases);
  // A consent withdrawn or expired for a pupil shown here (actions, signals, cases): refetch what may be shown.
  usePupilChanges(() => {
    start.reload();
    if (receivesSignals) signals.reload();
    if (worksOnCases) cases.reload();
  });
  const ruleLabel = useRuleLabel();

  const title = <Heading1>{t('home.title', { name: me?.name ?? '' })}</Heading1>;
  if (!start.data)
    return (
      <main id="main">
        {title}
        <QueryState query={start} />
      </main>
    );
  const data = start.data;
  const meetings = data.meetings?.edges.map((e) => e.node) ?? [];
  const notifications = data.notifications.edges.map((e) => e.node);
  return (
    <main id="main">
      {title}
      {may?.readAuditTrail && (
        <section aria-labelledby="home-privacy">
          <Heading2 id="home-privacy">{t('home.privacy')}</Heading2>
          <Paragraph>{t('home.privacyIntro')}</Paragraph>
          <ul>
            <li>
              <Link to="/privacy">{t('home.privacyLog')}</Link>
            </li>
          </ul>
        </section>
      )}
      {may?.changeProtocol && (
        <section aria-labelledby="home-admin">
          <Heading2 id="home-admin">{t('home.admin')}</Heading2>
          <Paragraph>{t('home.adminIntro')}</Paragraph>
          <ul>
            <li>
              <Link to="/protocol">{t('home.adminProtocol')}</Link>
            </li>
            <li>
              <Link to="/organisaties">{t('home.adminOrganisations')}</Link>
            </li>
          </ul>
        </section>
      )}
      {/* Actions are owned by who works on cases (the privacy officer and administrator own none). */}
      {worksOnCases && <MyActions />}
      {worksOnCases && (
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
      )}
      {receivesSignals && (
        <section aria-labelledby="home-signals">
          <Heading2 id="home-signals">{t('home.signals', { count: signals.data?.signals.totalCount ?? 0 })}</Heading2>
          {!signals.data ? (
            <QueryState query={signals} />
          ) : signals.data.signals.edges.length === 0 ? (
            <Paragraph>{t('home.noSignals')}</Paragraph>
          ) : (
            <ul>
              {signals.data.signals.edges.map(({ node: s }) => (
                <li key={s.id}>
                  {/* To the pupil's case when the reader may open one, else to the pupil's signals in the inbox. */}
                  <Link
                    to={
                      s.pupilCaseId
                        ? `/casussen/${s.pupilCaseId}`
                        : s.pupil
                          ? `/signalen?leerling=${encodeURIComponent(s.pupil.id)}`
                          : '/signalen'
                    }
                  >
                    {ruleLabel(s.rule, s.label)}
                  </Link>
                  : {s.pupil?.displayName ?? <Shielded field="pupil" shielded={s.shielded} />}, {s.school.name}
                </li>
              ))}
            </ul>
          )}
          {Boolean(signals.data?.signals.totalCount) && <Link to="/signalen">{t('home.allSignals')}</Link>}
        </section>
      )}
      {worksOnCases && (
        <section aria-labelledby="home-cases">
          <Heading2 id="home-cases">{t('home.cases')}</Heading2>
          {!cases.data ? (
            <QueryState query={cases} />
          ) : cases.data.cases.edges.length === 0 ? (
            <Paragraph>{t('home.noCases')}</Paragraph>
          ) : (
            <ul>
              {cases.data.cases.edges.map(({ node: c }) => (
                <li key={c.id}>
                  <Link to={`/casussen/${c.id}`}>{format.pupil(c.pupil)}</Link>
                  {c.school ? `, ${c.school.name}` : ''} · {t('home.caseActions', { count: c.openActionCount })}
                </li>
              ))}
            </ul>
          )}
          {Boolean(cases.data?.cases.totalCount) && (
            <Link to="/casussen">{t('home.allCases', { count: cases.data?.cases.totalCount ?? 0 })}</Link>
          )}
        </section>
      )}
      <section aria-labelledby="home-notifications">
        <Heading2 id="home-notifications">{t('home.notifications', { count: data.unreadNotificationCount })}</Heading2>
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
