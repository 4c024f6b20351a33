import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useFormat } from '../../shared/use-format';

export interface UpcomingMeeting {
  id: string;
  title: string;
  startsAt: unknown;
}

/**
 * Choose one of the school's planned meetings to put a signal on its agenda (the next one first). It goes
 * there through the pupil's case: `opensCase` says beforehand that a case is opened too (there is none).
 */
export function AgendaPicker({
  signalId,
  meetings,
  busy,
  opensCase,
  onPick,
}: {
  signalId: string;
  meetings: readonly UpcomingMeeting[];
  busy: boolean;
  opensCase: boolean;
  onPick: (meeting: UpcomingMeeting) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  if (meetings.length === 0) {
    return (
      <Paragraph>
        {t('signals.noMeeting')} <Link to="/overleggen">{t('signals.planMeeting')}</Link>
      </Paragraph>
    );
  }
  const chosen = meetings.find((m) => m.id === meetingId) ?? meetings[0];
  return (
    <div className="aanwezig-inline-form">
      <FormField>
        <FormLabel htmlFor={`agenda-${signalId}`}>{t('signals.meeting')}</FormLabel>
        <Select id={`agenda-${signalId}`} value={chosen.id} onChange={(e) => setMeetingId(e.target.value)}>
          {meetings.map((m) => (
            <SelectOption key={m.id} value={m.id}>
              {m.title} – {format.date(m.startsAt, 'weekday')}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button
        appearance="secondary-action-button"
        busy={busy}
        aria-describedby={`agenda-note-${signalId}`}
        onClick={() => onPick(chosen)}
      >
        {t('signals.toAgenda')}
      </Button>
      <Paragraph id={`agenda-note-${signalId}`}>
        {opensCase ? t('signals.toAgendaOpensCase') : t('signals.toAgendaViaCase')}
      </Paragraph>
    </div>
  );
}
