import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { MeetingRoomQuery } from '../../../generated/graphql';
import { Shielded } from '../../shared/Shielded';
import { WrittenEntries } from './WrittenEntries';
import { useFormat } from '../../shared/use-format';

type Meeting = MeetingRoomQuery['meeting'];

/**
 * A closed meeting's own page: what was agreed, read-only. Per agenda item its minutes, decisions and
 * actions, each as the reader may see it (shielded with the reason otherwise).
 */
export function MeetingRecord({ meeting, closing }: { meeting: Meeting; closing: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const itemName = (i: Meeting['agenda'][number]) =>
    i.topic ?? (i.restricted ? t('meetings.restricted') : format.pupil(i.case?.pupil));
  return (
    <main id="main">
      <Heading1>{meeting.title}</Heading1>
      <Paragraph>
        {format.dateTime(meeting.startsAt, 'weekdayLong')}
        {meeting.location ? `, ${meeting.location}` : ''} · {t('meetings.chair', { name: meeting.chair.name })} ·{' '}
        {meeting.organisation.name}
      </Paragraph>
      <Paragraph>{t('meetings.record.closed')}</Paragraph>
      {closing}
      <Paragraph>
        <Link to="/overleggen?toon=eerdere">{t('meetings.record.back')}</Link>
      </Paragraph>
      <section aria-labelledby="record-participants">
        <Heading2 id="record-participants">{t('meetings.record.participants')}</Heading2>
        <Paragraph>{meeting.participants.map((p) => p.name).join(', ')}</Paragraph>
      </section>
      <section aria-labelledby="record-agenda">
        <Heading2 id="record-agenda">{t('meetings.agenda')}</Heading2>
        {meeting.agenda.length === 0 && <Paragraph>{t('meetings.emptyAgenda')}</Paragraph>}
        {meeting.agenda.map((item) => (
          <article key={item.id} aria-labelledby={`record-item-${item.id}`}>
            <Heading3 id={`record-item-${item.id}`}>
              {t('meetings.record.item', { position: item.position, name: itemName(item) })}
            </Heading3>
            {item.restricted ? (
              <Paragraph>{t('meetings.restrictedItem')}</Paragraph>
            ) : (
              <dl className="aanwezig-record">
                <dt>{t('meetings.minutes')}</dt>
                <dd>
                  {item.minutes.length === 0 ? t('meetings.noMinutes') : <WrittenEntries entries={item.minutes} />}
                </dd>
                <dt>{t('meetings.decisions')}</dt>
                <dd>
                  {item.decisions.length === 0 ? (
                    t('meetings.noDecisions')
                  ) : (
                    <WrittenEntries entries={item.decisions} />
                  )}
                </dd>
                {item.case && (
                  <>
                    <dt>{t('meetings.actions')}</dt>
                    <dd>
                      {item.actions.length === 0 ? (
                        t('meetings.noActions')
                      ) : (
                        <ul>
                          {item.actions.map((a) => (
                            <li key={a.id}>
                              {a.title ?? <Shielded field="title" shielded={a.shielded} />} –{' '}
                              {a.owner?.name ?? <Shielded field="owner" shielded={a.shielded} />},{' '}
                              {t('meetings.due', { date: format.date(a.dueDate) })} (
                              {t(
                                a.status === 'DONE'
                                  ? 'meetings.record.done'
                                  : a.overdue
                                    ? 'meetings.record.overdue'
                                    : 'meetings.record.open',
                              )}
                              )
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </>
                )}
              </dl>
            )}
          </article>
        ))}
      </section>
    </main>
  );
}
