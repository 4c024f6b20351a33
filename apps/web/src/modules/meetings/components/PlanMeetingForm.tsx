import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useColleagues, useCreateMeeting } from '../hooks/use-meetings';
import { errorMessage } from '../../shared/error-message';

/** Plans a SAT meeting, or a series every N weeks, for one of your schools; everyone invited gets a calendar invitation. */
export function PlanMeetingForm({
  school,
  onPlanned,
}: {
  school: { id: string; name: string };
  onPlanned: () => void;
}) {
  const { t } = useTranslation();
  const { data } = useColleagues();
  const [title, setTitle] = useState(`SAT ${school.name}`);
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('90');
  const [location, setLocation] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [series, setSeries] = useState(false);
  const [everyWeeks, setEveryWeeks] = useState('4');
  const [occurrences, setOccurrences] = useState('3');
  const [done, setDone] = useState<string | null>(null);
  const [startMissing, setStartMissing] = useState(false);
  const [{ fetching, error }, create] = useCreateMeeting();
  const people = [...new Map((data?.colleagues ?? []).map((c) => [c.id, c])).values()];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // A date without a time (or nothing) gives no moment: say so at the field instead of sending it.
    const start = new Date(startsAt);
    setStartMissing(Number.isNaN(start.getTime()));
    if (Number.isNaN(start.getTime())) return document.getElementById('plan-start')?.focus();
    const result = await create({
      input: {
        organisationId: school.id,
        title,
        startsAt: start.toISOString(),
        durationMinutes: Number(duration),
        location: location || null,
        participantIds: participants,
        ...(series ? { repeatEveryWeeks: Number(everyWeeks), occurrences: Number(occurrences) } : {}),
      },
    });
    if (result.data) {
      setDone(t('meetings.plan.done', { count: result.data.createMeeting.length }));
      onPlanned();
    }
  };
  return (
    <form className="aanwezig-form" onSubmit={(e) => void submit(e)} aria-labelledby="plan-meeting">
      <Heading2 id="plan-meeting">{t('meetings.plan.title', { school: school.name })}</Heading2>
      <FormField>
        <FormLabel htmlFor="plan-title">{t('meetings.plan.name')}</FormLabel>
        <Textbox id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="plan-start">{t('meetings.plan.start')}</FormLabel>
        <Textbox
          id="plan-start"
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          required
          invalid={startMissing}
          aria-describedby={startMissing ? 'plan-start-missing' : undefined}
        />
        {startMissing && (
          <Paragraph id="plan-start-missing" role="alert">
            {t('meetings.plan.startMissing')}
          </Paragraph>
        )}
      </FormField>
      <FormField>
        <FormLabel htmlFor="plan-duration">{t('meetings.plan.duration')}</FormLabel>
        <Textbox
          id="plan-duration"
          type="number"
          min={5}
          max={600}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          required
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="plan-location">{t('meetings.plan.location')}</FormLabel>
        <Textbox id="plan-location" value={location} onChange={(e) => setLocation(e.target.value)} />
      </FormField>
      <fieldset className="aanwezig-fieldset">
        <legend>{t('meetings.plan.participants')}</legend>
        {people.map((p) => (
          <FormField key={p.id} type="checkbox">
            <Checkbox
              id={`plan-p-${p.id}`}
              checked={participants.includes(p.id)}
              onChange={(e) =>
                setParticipants(e.target.checked ? [...participants, p.id] : participants.filter((id) => id !== p.id))
              }
            />
            <FormLabel htmlFor={`plan-p-${p.id}`} type="checkbox">
              {p.name} ({t(`role.${p.role}`)}, {p.organisationName})
            </FormLabel>
          </FormField>
        ))}
      </fieldset>
      <FormField type="checkbox">
        <Checkbox id="plan-series" checked={series} onChange={(e) => setSeries(e.target.checked)} />
        <FormLabel htmlFor="plan-series" type="checkbox">
          {t('meetings.plan.series')}
        </FormLabel>
      </FormField>
      {series && (
        <>
          <FormField>
            <FormLabel htmlFor="plan-every">{t('meetings.plan.every')}</FormLabel>
            <Textbox
              id="plan-every"
              type="number"
              min={1}
              max={12}
              value={everyWeeks}
              onChange={(e) => setEveryWeeks(e.target.value)}
            />
          </FormField>
          <FormField>
            <FormLabel htmlFor="plan-count">{t('meetings.plan.count')}</FormLabel>
            <Textbox
              id="plan-count"
              type="number"
              min={2}
              max={26}
              value={occurrences}
              onChange={(e) => setOccurrences(e.target.value)}
            />
          </FormField>
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={fetching}>
        {t('meetings.plan.submit')}
      </Button>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
        </Alert>
      )}
      {done && <Paragraph role="status">{done}</Paragraph>}
    </form>
  );
}
