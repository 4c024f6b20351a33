import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CombinedError } from 'urql';
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { addDays, dutchDate } from '@aanwezig/domain';
import type { DataCategory, MeetingRoomQuery } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { useLiveRooms, type LiveRoom } from '../../shared/live';
import { Shielded } from '../../shared/Shielded';
import {
  useAddAgendaItem,
  useAgendaSuggestions,
  useCreateAction,
  useMeeting,
  useMoveChair,
  useRecordDecision,
  useRecordMinutes,
} from '../hooks/use-meetings';
import { errorMessage } from '../../shared/error-message';
import { useFormat } from '../../shared/use-format';

/** The order categories are offered in; the server says which of them this writer may use on an item. */
const MINUTE_CATEGORIES: DataCategory[] = [
  'CLASSIFICATION',
  'ATTENDANCE_SUMMARY',
  'UNAUTHORISED_ABSENCE',
  'SICK_LEAVE',
  'WORRY_AND_NOTES',
  'HOME_SITUATION',
  'DOCTOR_ADVICE',
  'IDENTITY',
];

/**
 * The live meeting: the agenda on the left, the current item on the right with its minutes, decisions
 * and actions, written in place. Who is present and what others change arrive live; what you are
 * typing stays where it is while the page refetches.
 */
export function MeetingRoomPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { data, error, reload } = useMeeting(id);
  const meeting = data?.meeting;
  const manages = Boolean(meeting && managesSchool(me, meeting.organisation.id));
  const { data: suggestions, reload: reloadSuggestions } = useAgendaSuggestions(id, manages);
  const [present, setPresent] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rooms: LiveRoom[] = meeting
    ? [
        { kind: 'meeting', id: meeting.id },
        ...meeting.agenda.flatMap((i) => (i.case ? [{ kind: 'case' as const, id: i.case.id }] : [])),
      ]
    : [];
  useLiveRooms(rooms, (event) => {
    if (event.kind === 'PRESENCE_CHANGED') return setPresent(event.userIds ?? []);
    reload();
    if (event.kind === 'AGENDA_CHANGED' && manages) reloadSuggestions();
  });
  const [, addItem] = useAddAgendaItem();
  const [, moveChair] = useMoveChair();

  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  if (!meeting) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  const current = selected ?? meeting.currentAgendaItemId ?? meeting.agenda[0]?.id ?? null;
  const item = meeting.agenda.find((i) => i.id === current);
  const report = (result: { error?: CombinedError }) => {
    setProblem(result.error ? errorMessage(result.error) : null);
    return !result.error;
  };
  const itemName = (i: (typeof meeting.agenda)[number]) =>
    i.topic ?? (i.restricted ? t('meetings.restricted') : format.pupil(i.case?.pupil));

  return (
    <main id="main">
      <Heading1>{meeting.title}</Heading1>
      <Paragraph>
        {format.dateTime(meeting.startsAt, 'weekdayLong')}
        {meeting.location ? `, ${meeting.location}` : ''} · {t('meetings.chair', { name: meeting.chair.name })}
      </Paragraph>
      <section aria-labelledby="presence">
        <Heading2 id="presence">{t('meetings.present')}</Heading2>
        <ul className="aanwezig-presence">
          {meeting.participants.map((p) => (
            <li key={p.id}>
              {p.name}: {present.includes(p.id) ? t('meetings.here') : t('meetings.away')}
            </li>
          ))}
        </ul>
      </section>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: problem })}</Paragraph>
        </Alert>
      )}
      <div className="aanwezig-room">
        <nav aria-labelledby="agenda-title" className="aanwezig-agenda">
          <Heading2 id="agenda-title">{t('meetings.agenda')}</Heading2>
          {meeting.agenda.length === 0 ? (
            <Paragraph>{t('meetings.emptyAgenda')}</Paragraph>
          ) : (
            <ol>
              {meeting.agenda.map((i) => (
                <li key={i.id}>
                  <Button
                    appearance="subtle-button"
                    aria-current={i.id === current ? 'true' : undefined}
                    onClick={() => setSelected(i.id)}
                  >
                    {itemName(i)}
                  </Button>
                  {i.id === meeting.currentAgendaItemId && <strong> · {t('meetings.now')}</strong>}
                </li>
              ))}
            </ol>
          )}
          {manages && (suggestions?.agendaSuggestions.length ?? 0) > 0 && (
            <>
              <Heading3>{t('meetings.suggestions')}</Heading3>
              <ul>
                {suggestions!.agendaSuggestions.map((s) => (
                  <li key={s.case.id}>
                    {format.pupil(s.case.pupil)} – {s.reasons.map((r) => t(`meetings.reason.${r}`)).join(', ')}{' '}
                    <Button
                      appearance="subtle-button"
                      onClick={async () =>
                        report(await addItem({ input: { meetingId: meeting.id, caseId: s.case.id } }))
                      }
                    >
                      {t('meetings.addToAgenda')}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </nav>
        <section aria-labelledby="item-title" className="aanwezig-item">
          {item ? (
            <>
              <Heading2 id="item-title">{itemName(item)}</Heading2>
              {manages && item.id !== meeting.currentAgendaItemId && (
                <Button
                  appearance="secondary-action-button"
                  onClick={async () => report(await moveChair({ meetingId: meeting.id, agendaItemId: item.id }))}
                >
                  {t('meetings.discussNow')}
                </Button>
              )}
              {item.restricted ? (
                <Paragraph>{t('meetings.restrictedItem')}</Paragraph>
              ) : (
                <ItemWork
                  item={item}
                  caseId={item.case?.id ?? null}
                  participants={meeting.participants}
                  onError={setProblem}
                />
              )}
            </>
          ) : (
            <Heading2 id="item-title">{t('meetings.noItem')}</Heading2>
          )}
        </section>
      </div>
    </main>
  );
}

type Item = MeetingRoomQuery['meeting']['agenda'][number];

/** Minutes, decisions and actions of one agenda item, each added in place. */
function ItemWork({
  item,
  caseId,
  participants,
  onError,
}: {
  item: Item;
  caseId: string | null;
  participants: { id: string; name: string }[];
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // Nobody writes a category they may not read: only the ones the server says this writer may use here.
  const writable = MINUTE_CATEGORIES.filter((c) => item.writableCategories.includes(c));
  const [chosen, setCategory] = useState<DataCategory>('CLASSIFICATION');
  const [chosenForDecision, setDecisionCategory] = useState<DataCategory>('CLASSIFICATION');
  const category = writable.includes(chosen) ? chosen : writable[0];
  const decisionCategory = writable.includes(chosenForDecision) ? chosenForDecision : writable[0];
  const [minutes, setMinutes] = useState('');
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState({
    title: '',
    ownerId: participants[0]?.id ?? '',
    dueDate: addDays(dutchDate(), 7),
  });
  const [{ fetching: savingMinutes }, recordMinutes] = useRecordMinutes();
  const [{ fetching: savingDecision }, recordDecision] = useRecordDecision();
  const [{ fetching: savingAction }, createAction] = useCreateAction();
  const handled = (result: { error?: CombinedError }, clear: () => void) => {
    onError(result.error ? errorMessage(result.error) : null);
    if (!result.error) clear();
  };
  return (
    <>
      <Heading3>{t('meetings.minutes')}</Heading3>
      {item.minutes.length === 0 ? (
        <Paragraph>{t('meetings.noMinutes')}</Paragraph>
      ) : (
        <ul>
          {item.minutes.map((m) => (
            <li key={m.id}>
              [{t(`category.${m.category}`)}] {m.body ?? <Shielded field="body" shielded={m.shielded} />} –{' '}
              {m.author?.name ?? <Shielded field="author" shielded={m.shielded} />}
            </li>
          ))}
        </ul>
      )}
      <Paragraph id={`writable-${item.id}`}>
        {writable.length === 0
          ? t('meetings.nothingWritable')
          : t(caseId ? 'meetings.writableExplained' : 'meetings.writableExplainedTopic')}
      </Paragraph>
      {writable.length > 0 && category && (
        <form
          className="aanwezig-form"
          onSubmit={async (e: FormEvent) => {
            e.preventDefault();
            handled(await recordMinutes({ input: { agendaItemId: item.id, category, body: minutes } }), () =>
              setMinutes(''),
            );
          }}
        >
          <FormField>
            <FormLabel htmlFor={`minutes-category-${item.id}`}>{t('meetings.category')}</FormLabel>
            <Select
              id={`minutes-category-${item.id}`}
              value={category}
              aria-describedby={`writable-${item.id}`}
              onChange={(e) => setCategory(e.target.value as DataCategory)}
            >
              {writable.map((c) => (
                <SelectOption key={c} value={c}>
                  {t(`category.${c}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <div className="aanwezig-field">
            <FormLabel htmlFor={`minutes-${item.id}`}>{t('meetings.writeMinutes')}</FormLabel>
            <Textarea
              id={`minutes-${item.id}`}
              rows={3}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              required
            />
          </div>
          <Button type="submit" appearance="secondary-action-button" busy={savingMinutes}>
            {t('meetings.saveMinutes')}
          </Button>
        </form>
      )}

      <Heading3>{t('meetings.decisions')}</Heading3>
      {item.decisions.length === 0 ? (
        <Paragraph>{t('meetings.noDecisions')}</Paragraph>
      ) : (
        <ul>
          {item.decisions.map((d) => (
            <li key={d.id}>
              [{t(`category.${d.category}`)}] {d.body ?? <Shielded field="body" shielded={d.shielded} />} –{' '}
              {d.author?.name ?? <Shielded field="author" shielded={d.shielded} />}
            </li>
          ))}
        </ul>
      )}
      {writable.length > 0 && decisionCategory && (
        <form
          className="aanwezig-form"
          onSubmit={async (e: FormEvent) => {
            e.preventDefault();
            handled(
              await recordDecision({ input: { agendaItemId: item.id, category: decisionCategory, body: decision } }),
              () => setDecision(''),
            );
          }}
        >
          <FormField>
            <FormLabel htmlFor={`decision-category-${item.id}`}>{t('meetings.decisionCategory')}</FormLabel>
            <Select
              id={`decision-category-${item.id}`}
              value={decisionCategory}
              aria-describedby={`writable-${item.id}`}
              onChange={(e) => setDecisionCategory(e.target.value as DataCategory)}
            >
              {writable.map((c) => (
                <SelectOption key={c} value={c}>
                  {t(`category.${c}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`decision-${item.id}`}>{t('meetings.writeDecision')}</FormLabel>
            <Textbox
              id={`decision-${item.id}`}
              value={decision}
              onChange={(e) => setDecision(e.target.value)}
              required
            />
          </FormField>
          <Button type="submit" appearance="secondary-action-button" busy={savingDecision}>
            {t('meetings.saveDecision')}
          </Button>
        </form>
      )}

      {caseId && (
        <>
          <Heading3>{t('meetings.actions')}</Heading3>
          {item.actions.length === 0 ? (
            <Paragraph>{t('case.noActions')}</Paragraph>
          ) : (
            <ul>
              {item.actions.map((a) => (
                <li key={a.id}>
                  {a.title ?? <Shielded field="title" shielded={a.shielded} />} –{' '}
                  {a.owner?.name ?? <Shielded field="owner" shielded={a.shielded} />},{' '}
                  {t('home.due', { date: format.date(a.dueDate) })}
                </li>
              ))}
            </ul>
          )}
          <form
            className="aanwezig-form"
            onSubmit={async (e: FormEvent) => {
              e.preventDefault();
              handled(
                await createAction({
                  input: {
                    caseId,
                    agendaItemId: item.id,
                    title: action.title,
                    ownerId: action.ownerId,
                    dueDate: action.dueDate,
                  },
                }),
                () => setAction({ ...action, title: '' }),
              );
            }}
          >
            <FormField>
              <FormLabel htmlFor={`action-title-${item.id}`}>{t('meetings.actionTitle')}</FormLabel>
              <Textbox
                id={`action-title-${item.id}`}
                value={action.title}
                onChange={(e) => setAction({ ...action, title: e.target.value })}
                required
              />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`action-owner-${item.id}`}>{t('meetings.actionOwner')}</FormLabel>
              <Select
                id={`action-owner-${item.id}`}
                value={action.ownerId}
                onChange={(e) => setAction({ ...action, ownerId: e.target.value })}
              >
                {participants.map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={`action-due-${item.id}`}>{t('meetings.actionDue')}</FormLabel>
              <Textbox
                id={`action-due-${item.id}`}
                type="date"
                value={action.dueDate}
                onChange={(e) => setAction({ ...action, dueDate: e.target.value })}
                required
              />
            </FormField>
            <Button type="submit" appearance="primary-action-button" busy={savingAction}>
              {t('meetings.addAction')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
