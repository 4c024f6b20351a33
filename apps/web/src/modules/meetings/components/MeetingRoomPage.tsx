import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  Button,
  FormField,
  FormFieldDescription,
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
import { WrittenEntries } from './WrittenEntries';
import {
  useAddAgendaItem,
  useAgendaSuggestions,
  useCloseMeeting,
  useCreateAction,
  useMeeting,
  useMoveChair,
  useRecordDecision,
  useRecordMinutes,
} from '../hooks/use-meetings';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { QueryState } from '../../shared/QueryState';
import { useFormat } from '../../shared/use-format';
import { useOutcome } from '../../shared/use-outcome';
import { MeetingRecord } from './MeetingRecord';

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
  const query = useMeeting(id);
  const { data, reload } = query;
  const meeting = data?.meeting;
  const manages = Boolean(meeting && managesSchool(me, meeting.organisation.id));
  const { data: suggestions, reload: reloadSuggestions } = useAgendaSuggestions(id, manages);
  const [present, setPresent] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  // Each control's outcome is shown beside it: the agenda suggestions, "Nu bespreken", closing.
  const agendaOutcome = useOutcome();
  const chairOutcome = useOutcome();
  const closeOutcome = useOutcome();
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
  const [{ fetching: closing }, closeMeeting] = useCloseMeeting();

  if (!meeting) return <QueryState query={query} />;
  const closeSection = manages && (
    <section aria-labelledby="close-title" className="aanwezig-close">
      <Heading2 id="close-title">{t('meetings.close.title')}</Heading2>
      {meeting.status === 'PLANNED' && (
        <ConfirmButton
          appearance="secondary-action-button"
          title={t('meetings.close.confirmTitle')}
          consequence={t('meetings.close.consequence')}
          confirmLabel={t('meetings.close.confirm')}
          disabled={closing}
          onConfirm={() =>
            void closeOutcome
              .run(
                () => closeMeeting({ id: meeting.id }),
                () => t('meetings.close.done'),
              )
              .then((closed) => closed && reload())
          }
        >
          {t('meetings.close.button')}
        </ConfirmButton>
      )}
      <OutcomeMessage outcome={closeOutcome.outcome} />
    </section>
  );
  // A closed meeting is a record of what was agreed, read-only; the outcome of closing stays in view there.
  if (meeting.status === 'CLOSED')
    return <MeetingRecord meeting={meeting} closing={closeOutcome.outcome ? closeSection : null} />;
  const current = selected ?? meeting.currentAgendaItemId ?? meeting.agenda[0]?.id ?? null;
  const item = meeting.agenda.find((i) => i.id === current);
  const itemName = (i: (typeof meeting.agenda)[number]) =>
    i.topic ?? (i.restricted ? t('meetings.restricted') : format.pupil(i.case?.pupil));

  return (
    <main id="main">
      <Heading1>{meeting.title}</Heading1>
      <Paragraph>
        {format.dateTime(meeting.startsAt, 'weekdayLong')}
        {meeting.location ? `, ${meeting.location}` : ''} · {t('meetings.chair', { name: meeting.chair.name })}
      </Paragraph>
      {new Date(String(meeting.startsAt)).getTime() + meeting.durationMinutes * 60_000 < Date.now() && (
        <Paragraph>{t('meetings.record.notClosed')}</Paragraph>
      )}
      {closeSection}
      <section aria-labelledby="presence">
        <Heading2 id="presence">{t('meetings.present')}</Heading2>
        <Paragraph>{t('meetings.presentHint')}</Paragraph>
        <ul className="aanwezig-presence">
          {meeting.participants.map((p) => (
            <li key={p.id}>
              {p.name}: {present.includes(p.id) ? t('meetings.here') : t('meetings.away')}
            </li>
          ))}
        </ul>
      </section>
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
                      onClick={() =>
                        void agendaOutcome.run(
                          () => addItem({ input: { meetingId: meeting.id, caseId: s.case.id } }),
                          () => t('meetings.addedToAgenda', { name: format.pupil(s.case.pupil) }),
                        )
                      }
                    >
                      {t('meetings.addToAgenda')}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <OutcomeMessage outcome={agendaOutcome.outcome} />
        </nav>
        <section aria-labelledby="item-title" className="aanwezig-item">
          {item ? (
            <>
              <Heading2 id="item-title">{itemName(item)}</Heading2>
              {manages && item.id !== meeting.currentAgendaItemId && (
                <Button
                  appearance="secondary-action-button"
                  onClick={() =>
                    void chairOutcome.run(
                      () => moveChair({ meetingId: meeting.id, agendaItemId: item.id }),
                      () => t('meetings.movedTo', { name: itemName(item) }),
                    )
                  }
                >
                  {t('meetings.discussNow')}
                </Button>
              )}
              <OutcomeMessage outcome={chairOutcome.outcome} />
              {item.restricted ? (
                <Paragraph>{t('meetings.restrictedItem')}</Paragraph>
              ) : (
                <ItemWork
                  key={item.id}
                  item={item}
                  caseId={item.case?.id ?? null}
                  participants={meeting.participants}
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
}: {
  item: Item;
  caseId: string | null;
  participants: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // Nobody writes a category they may not read: only the ones the server says this writer may use here.
  const writable = MINUTE_CATEGORIES.filter((c) => item.writableCategories.includes(c));
  // The default: the case's classification and plain agreements, which every involved partner may read.
  const defaultCategory: DataCategory = writable.includes('CLASSIFICATION') ? 'CLASSIFICATION' : writable[0];
  const [chosen, setCategory] = useState<DataCategory>(defaultCategory);
  const [chosenForDecision, setDecisionCategory] = useState<DataCategory>(defaultCategory);
  const category = writable.includes(chosen) ? chosen : defaultCategory;
  const decisionCategory = writable.includes(chosenForDecision) ? chosenForDecision : defaultCategory;
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
  const minutesOutcome = useOutcome();
  const decisionOutcome = useOutcome();
  const actionOutcome = useOutcome();
  const readers = (c: DataCategory) => t(`meetings.categoryHelp.${c}`);
  return (
    <>
      <Heading3>{t('meetings.minutes')}</Heading3>
      {item.minutes.length === 0 ? (
        <Paragraph>{t('meetings.noMinutes')}</Paragraph>
      ) : (
        <WrittenEntries entries={item.minutes} />
      )}
      <Paragraph id={`writable-${item.id}`}>
        {writable.length === 0
          ? t('meetings.nothingWritable')
          : t(caseId ? 'meetings.writableExplained' : 'meetings.writableExplainedTopic')}
      </Paragraph>
      {writable.length > 0 && category && (
        <form
          className="aanwezig-form"
          noValidate
          onSubmit={async (e: FormEvent) => {
            e.preventDefault();
            if (!minutes.trim()) return minutesOutcome.refuse(t('meetings.textMissing'), 'body');
            const saved = await minutesOutcome.run(
              () => recordMinutes({ input: { agendaItemId: item.id, category, body: minutes } }),
              () => t('meetings.minutesSaved', { category: t(`category.${category}`), readers: readers(category) }),
            );
            if (saved) setMinutes('');
          }}
        >
          <FormField>
            <FormLabel htmlFor={`minutes-category-${item.id}`}>{t('meetings.category')}</FormLabel>
            <Select
              id={`minutes-category-${item.id}`}
              value={category}
              aria-describedby={`minutes-category-help-${item.id} writable-${item.id}`}
              onChange={(e) => setCategory(e.target.value as DataCategory)}
            >
              {writable.map((c) => (
                <SelectOption key={c} value={c}>
                  {t(`category.${c}`)}
                </SelectOption>
              ))}
            </Select>
            <FormFieldDescription id={`minutes-category-help-${item.id}`}>
              {readers(category)} {category === defaultCategory ? t('meetings.categoryDefault') : ''}
            </FormFieldDescription>
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
          <OutcomeMessage outcome={minutesOutcome.outcome} />
        </form>
      )}

      <Heading3>{t('meetings.decisions')}</Heading3>
      {item.decisions.length === 0 ? (
        <Paragraph>{t('meetings.noDecisions')}</Paragraph>
      ) : (
        <WrittenEntries entries={item.decisions} />
      )}
      {writable.length > 0 && decisionCategory && (
        <form
          className="aanwezig-form"
          noValidate
          onSubmit={async (e: FormEvent) => {
            e.preventDefault();
            if (!decision.trim()) return decisionOutcome.refuse(t('meetings.textMissing'), 'body');
            const saved = await decisionOutcome.run(
              () => recordDecision({ input: { agendaItemId: item.id, category: decisionCategory, body: decision } }),
              () =>
                t('meetings.decisionSaved', {
                  category: t(`category.${decisionCategory}`),
                  readers: readers(decisionCategory),
                }),
            );
            if (saved) setDecision('');
          }}
        >
          <FormField>
            <FormLabel htmlFor={`decision-category-${item.id}`}>{t('meetings.decisionCategory')}</FormLabel>
            <Select
              id={`decision-category-${item.id}`}
              value={decisionCategory}
              aria-describedby={`decision-category-help-${item.id} writable-${item.id}`}
              onChange={(e) => setDecisionCategory(e.target.value as DataCategory)}
            >
              {writable.map((c) => (
                <SelectOption key={c} value={c}>
                  {t(`category.${c}`)}
                </SelectOption>
              ))}
            </Select>
            <FormFieldDescription id={`decision-category-help-${item.id}`}>
              {readers(decisionCategory)}
            </FormFieldDescription>
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
          <OutcomeMessage outcome={decisionOutcome.outcome} />
        </form>
      )}

      {caseId && (
        <>
          <Heading3>{t('meetings.actions')}</Heading3>
          {item.actions.length === 0 ? (
            <Paragraph>{t('meetings.noActions')}</Paragraph>
          ) : (
            <ul>
              {item.actions.map((a) => (
                <li key={a.id}>
                  {a.title ?? <Shielded field="title" shielded={a.shielded} />} –{' '}
                  {a.owner?.name ?? <Shielded field="owner" shielded={a.shielded} />},{' '}
                  {t('meetings.due', { date: format.date(a.dueDate) })}
                  {a.status === 'DONE'
                    ? ` (${t('meetings.record.done')})`
                    : a.overdue
                      ? ` (${t('meetings.record.overdue')})`
                      : ''}
                </li>
              ))}
            </ul>
          )}
          <form
            className="aanwezig-form"
            noValidate
            onSubmit={async (e: FormEvent) => {
              e.preventDefault();
              if (!action.title.trim()) return actionOutcome.refuse(t('meetings.textMissing'), 'title');
              const owner = participants.find((p) => p.id === action.ownerId)?.name ?? '';
              const added = await actionOutcome.run(
                () =>
                  createAction({
                    input: {
                      caseId,
                      agendaItemId: item.id,
                      title: action.title,
                      ownerId: action.ownerId,
                      dueDate: action.dueDate,
                    },
                  }),
                () => t('meetings.actionAdded', { title: action.title, owner, date: format.date(action.dueDate) }),
              );
              if (added) setAction({ ...action, title: '' });
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
            <OutcomeMessage outcome={actionOutcome.outcome} />
          </form>
        </>
      )}
    </>
  );
}
