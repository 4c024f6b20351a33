import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldTextbox,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { AuditTrailFilter, AuditTrailQuery as AuditTrailResult } from '../../../generated/graphql';
import { DataTable, type Column } from '../../shared/DataTable';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { outcomeOf, type Outcome } from '../../shared/outcome';
import { QueryState } from '../../shared/QueryState';
import { useAuditTrail, useAuditTrailActors } from '../hooks/use-privacy';
import { useFormat } from '../../shared/use-format';

type Event = AuditTrailResult['auditTrail']['edges'][number]['node'];
type DateField = 'from' | 'to';

/** The request a subject-access export answered, as its audited subject names it (`SubjectAccess:PDF:2026-03-02:INZ-14`). */
const EXPORT_SUBJECT = /^SubjectAccess:(JSON|PDF):(\d{4}-\d{2}-\d{2}):(.*)$/s;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EVERYONE = '';

/**
 * One pupil's access log, newest first, 50 at a time, narrowed by person and days if the privacy
 * officer asks. The people to choose from are those in the log (the API gives them), so a filter shows
 * nothing the log does not. `refresh` changes after an export: the log is read again, filters kept.
 */
export function AuditTrail({ pupilId, refresh = 0 }: { pupilId: string; refresh?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The form as typed, and the filter the log is read with (applied with the button).
  const [form, setForm] = useState({ actorId: EVERYONE, from: '', to: '' });
  const [filter, setFilter] = useState<AuditTrailFilter>({});
  const [invalid, setInvalid] = useState<{ field: DateField; message: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const inputs = { from: useRef<HTMLInputElement>(null), to: useRef<HTMLInputElement>(null) };
  const trail = useAuditTrail(pupilId, after, filter);
  const actors = useAuditTrailActors(pupilId);
  const { data, fetching } = trail;

  // The pages loaded so far, each under its cursor, for this pupil, filter and refresh; a page is replaced
  // when its result changes (an answer from the network after an export), so new events show at once.
  const scope = `${pupilId}|${JSON.stringify(filter)}|${refresh}`;
  const [pages, setPages] = useState<{ source: unknown; scope: string; list: { key: string; events: Event[] }[] }>({
    source: null,
    scope,
    list: [],
  });
  // After an export the log is read again from its newest page, with the same filter.
  const reloads = useRef({ trail: trail.reload, actors: actors.reload });
  reloads.current = { trail: trail.reload, actors: actors.reload };
  useEffect(() => {
    if (!refresh) return;
    setAfter(null);
    reloads.current.trail();
    reloads.current.actors();
  }, [refresh]);
  const key = after ?? '';
  if (data && pages.source !== data) {
    const kept = after && pages.scope === scope ? pages.list.filter((p) => p.key !== key) : [];
    setPages({ source: data, scope, list: [...kept, { key, events: data.auditTrail.edges.map((e) => e.node) }] });
  }
  const events = pages.scope === scope ? pages.list.flatMap((p) => p.events) : [];

  /** For an export: which request it answered. */
  const answered = (e: Event) => {
    const request = e.action === 'EXPORT' ? EXPORT_SUBJECT.exec(e.subject) : null;
    if (!request) return null;
    const date = format.date(request[2], 'medium');
    return ` (${t('privacy.exportOf', { format: request[1], date, reference: request[3] })})`;
  };

  const people = actors.data?.auditTrailActors ?? [];
  const personName = (id: string) => people.find((p) => p.id === id)?.name ?? '';

  /** What the log shows now, said in words next to the filter button. */
  const described = (count: number, applied: AuditTrailFilter) => {
    const who = applied.actorId ? t('privacy.filter.byPerson', { name: personName(String(applied.actorId)) }) : '';
    const from = applied.from ? format.date(applied.from, 'long') : null;
    const to = applied.to ? format.date(applied.to, 'long') : null;
    const when =
      from && to
        ? t('privacy.filter.between', { from, to })
        : from
          ? t('privacy.filter.since', { from })
          : to
            ? t('privacy.filter.until', { to })
            : '';
    if (!who && !when) return t('privacy.filter.all', { count });
    return t('privacy.filter.shown', { count, what: [who, when].filter(Boolean).join(', ') });
  };
  // The filter last asked for, and the answer on screen when it was asked (the outcome waits for a new one).
  const [asked, setAsked] = useState<{ filter: AuditTrailFilter; stale: unknown } | null>(null);
  if (asked && data && data !== asked.stale && !fetching && pages.source === data && pages.scope === scope && !after) {
    setOutcome({ kind: 'done', text: described(data.auditTrail.totalCount, asked.filter) });
    setAsked(null);
  }
  if (asked && trail.error && !fetching) {
    // The API refused the filter: say so next to the field it names, and next to the button.
    const refused = outcomeOf(trail.error, trail.reload);
    const field = refused.kind === 'invalid' ? refused.field : undefined;
    if (field === 'from' || field === 'to') {
      setInvalid({ field, message: refused.text });
      inputs[field].current?.focus();
    }
    setOutcome(refused);
    setAsked(null);
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setInvalid(null);
    // Said here before anything is asked: a day that is not a day, or an end before the start.
    for (const field of ['from', 'to'] as const) {
      if (form[field] && !DAY.test(form[field])) {
        const message = t('privacy.filter.badDay', { label: t(`privacy.filter.${field}`) });
        setInvalid({ field, message });
        setOutcome({ kind: 'invalid', text: message, field });
        inputs[field].current?.focus();
        return;
      }
    }
    if (form.from && form.to && form.to < form.from) {
      const message = t('privacy.filter.toBeforeFrom');
      setInvalid({ field: 'to', message });
      setOutcome({ kind: 'invalid', text: message, field: 'to' });
      inputs.to.current?.focus();
      return;
    }
    const next: AuditTrailFilter = {
      actorId: form.actorId || null,
      from: form.from || null,
      to: form.to || null,
    };
    ask(next);
  };
  /** Reads the log with `next`; the same filter again is read again from the server (it may have grown). */
  const ask = (next: AuditTrailFilter) => {
    setAsked({ filter: next, stale: data });
    if (JSON.stringify(next) === JSON.stringify(filter) && !after) trail.reload();
    setAfter(null);
    setFilter(next);
  };
  const reset = () => {
    setForm({ actorId: EVERYONE, from: '', to: '' });
    setInvalid(null);
    setOutcome(null);
    ask({});
  };

  const columns: Column<Event>[] = [
    { key: 'when', header: t('privacy.when'), cell: (e) => format.dateTime(e.at, 'medium') },
    {
      key: 'who',
      header: t('privacy.who'),
      cell: (e) => (
        <>
          {e.actor.name} ({e.actorRoles.map((r) => t(`role.${r}`)).join(', ')}
          {e.onBehalfOf.length ? `, ${e.onBehalfOf.map((o) => o.name).join(', ')}` : ''})
        </>
      ),
    },
    {
      key: 'what',
      header: t('privacy.what'),
      cell: (e) => (
        <>
          {t(`privacy.actions.${e.action}`)}
          {answered(e)}
        </>
      ),
    },
    {
      key: 'categories',
      header: t('privacy.categories'),
      cell: (e) =>
        e.categories.length ? e.categories.map((c) => t(`category.${c}`, { defaultValue: c })).join(', ') : '–',
    },
  ];

  return (
    <section aria-labelledby="privacy-trail">
      <Heading3 id="privacy-trail">{t('privacy.trailTitle')}</Heading3>
      <form
        className="aanwezig-form aanwezig-filters"
        aria-label={t('privacy.filter.label')}
        noValidate
        onSubmit={apply}
      >
        <FormField>
          <FormLabel htmlFor="trail-person">{t('privacy.filter.person')}</FormLabel>
          <Select
            id="trail-person"
            value={form.actorId}
            onChange={(e) => setForm({ ...form, actorId: e.target.value })}
          >
            <SelectOption value={EVERYONE}>{t('privacy.filter.everyone')}</SelectOption>
            {people.map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {(['from', 'to'] as const).map((field) => (
          // FormFieldTextbox types its change event as the field's <div>; the event comes from its <input>.
          <FormFieldTextbox
            key={field}
            type="date"
            label={t(`privacy.filter.${field}`)}
            value={form[field]}
            invalid={invalid?.field === field}
            errorMessage={invalid?.field === field ? invalid.message : undefined}
            inputRef={inputs[field]}
            onChange={(e) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value })}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={fetching && asked !== null}>
            {t('privacy.filter.apply')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={reset}>
            {t('privacy.filter.reset')}
          </Button>
        </ButtonGroup>
      </form>
      <OutcomeMessage outcome={outcome} />
      {!data && !(trail.error && outcome) ? (
        <QueryState query={trail} />
      ) : data ? (
        <>
          <Paragraph>{t('privacy.trailCount', { count: data.auditTrail.totalCount })}</Paragraph>
          <DataTable caption={t('privacy.trail')} columns={columns} rows={events} rowKey={(e) => e.id} />
          {data.auditTrail.pageInfo.hasNextPage && (
            <Button
              appearance="secondary-action-button"
              busy={fetching}
              onClick={() => setAfter(data.auditTrail.pageInfo.endCursor ?? null)}
            >
              {t('privacy.more')}
            </Button>
          )}
        </>
      ) : null}
    </section>
  );
}
