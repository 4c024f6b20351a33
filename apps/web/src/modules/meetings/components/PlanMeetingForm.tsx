import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Textbox,
} from '@utrecht/component-library-react';
import type { CreateMeetingMutation } from '../../../generated/graphql';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useFormat } from '../../shared/use-format';
import { useOutcome } from '../../shared/use-outcome';
import { useColleagues, useCreateMeeting } from '../hooks/use-meetings';

type Planned = CreateMeetingMutation['createMeeting'];

/** Plans a SAT meeting, or a series every N weeks, for one of your schools; everyone invited gets a calendar invitation. */
export function PlanMeetingForm({
  school,
  onPlanned,
}: {
  school: { id: string; name: string };
  onPlanned: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data } = useColleagues(school.id);
  const [title, setTitle] = useState(`SAT ${school.name}`);
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('90');
  const [location, setLocation] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [series, setSeries] = useState(false);
  const [everyWeeks, setEveryWeeks] = useState('4');
  const [occurrences, setOccurrences] = useState('3');
  const [{ fetching }, create] = useCreateMeeting();
  const { outcome, run, refuse } = useOutcome();
  const people = [...new Map((data?.colleagues ?? []).map((c) => [c.id, c])).values()];
  const names = (list: string[]) =>
    new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'nl', { type: 'conjunction' }).format(list);

  /** What was planned, who gets an invitation (or that nobody else was invited), and any day that is no school day. */
  const confirmation = (planned: Planned) => {
    const [first] = planned;
    const others = first.participants.filter((p) => p.id !== first.chair.id).map((p) => p.name);
    const sentences = [
      t('meetings.plan.done', { count: planned.length, start: format.dateTime(first.startsAt, 'weekdayLong') }),
      others.length === 0
        ? t('meetings.plan.invitedNobody', { chair: first.chair.name })
        : t('meetings.plan.invited', { names: names(others), chair: first.chair.name }),
    ];
    const offDays = planned.flatMap((m) => (m.nonSchoolDay ? [m.nonSchoolDay] : []));
    if (offDays.length > 0)
      sentences.push(
        t('meetings.plan.notSchoolDays', {
          count: offDays.length,
          days: names(
            offDays.map(
              (d) => `${format.date(d.date, 'long')} (${d.holiday ?? t(`meetings.plan.nonSchoolDay.${d.reason}`)})`,
            ),
          ),
        }),
      );
    return sentences.join(' ');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A date without a time (or nothing) gives no moment: say so at the field instead of sending it.
    const start = new Date(startsAt);
    if (!startsAt || Number.isNaN(start.getTime())) return refuse(t('meetings.plan.startMissing'), 'startsAt');
    if (!title.trim()) return refuse(t('meetings.plan.titleMissing'), 'title');
    const planned = await run(
      () =>
        create({
          input: {
            organisationId: school.id,
            title,
            startsAt: start.toISOString(),
            durationMinutes: Number(duration),
            location: location || null,
            participantIds: participants,
            ...(series ? { repeatEveryWeeks: Number(everyWeeks), occurrences: Number(occurrences) } : {}),
          },
        }),
      (data) => confirmation(data.createMeeting),
    );
    if (planned) onPlanned();
  };
  // A refusal about one field is shown at that field; anything else under the button.
  const at = (field: string) => (outcome?.kind === 'invalid' && outcome.field === field ? outcome : null);
  const atButton =
    outcome && !['title', 'startsAt', 'durationMinutes', 'participantIds'].some((f) => at(f)) ? outcome : null;
  return (
    <form className="aanwezig-form" onSubmit={(e) => void submit(e)} aria-labelledby="plan-meeting" noValidate>
      <Heading2 id="plan-meeting">{t('meetings.plan.title', { school: school.name })}</Heading2>
      <FormField>
        <FormLabel htmlFor="plan-title">{t('meetings.plan.name')}</FormLabel>
        <Textbox
          id="plan-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          invalid={Boolean(at('title'))}
        />
        <OutcomeMessage outcome={at('title')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="plan-start">{t('meetings.plan.start')}</FormLabel>
        <Textbox
          id="plan-start"
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          required
          invalid={Boolean(at('startsAt'))}
          aria-describedby={at('startsAt') ? 'plan-start-outcome' : 'plan-start-hint'}
        />
        <FormFieldDescription id="plan-start-hint">{t('meetings.plan.startHint')}</FormFieldDescription>
        <OutcomeMessage outcome={at('startsAt')} id="plan-start-outcome" />
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
          invalid={Boolean(at('durationMinutes'))}
        />
        <OutcomeMessage outcome={at('durationMinutes')} />
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
        <OutcomeMessage outcome={at('participantIds')} />
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
      <OutcomeMessage outcome={atButton} />
    </form>
  );
}
