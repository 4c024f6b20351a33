import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import type {
  CaseCategory,
  CaseOutcome,
  CaseStatus,
  CaseWorkFieldsFragment,
  Typology,
  UpdateCaseInput,
} from '../../../generated/graphql';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { Field } from '../../shared/Shielded';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';
import { useCloseCase, useReopenCase, useUpdateCase } from '../hooks/use-cases';

const CATEGORIES: CaseCategory[] = ['UNAUTHORISED_HOME', 'AT_RISK_HOME', 'AUTHORISED_EXEMPT'];
const TYPOLOGIES: Typology[] = ['SCHOOL_REFUSAL', 'SICK', 'EXCLUSION', 'WITHHOLDING', 'TRUANCY'];
const TIERS = [1, 2, 3];
const OPEN_STATUSES: CaseStatus[] = ['OPEN', 'MONITORING'];
const OUTCOMES: CaseOutcome[] = ['BACK_TO_OWN_SCHOOL', 'TO_SPECIAL_EDUCATION', 'TO_VAVO', 'EXEMPTION', 'OTHER'];

type CaseWork = CaseWorkFieldsFragment;

/** A label and its value in the case's details; the value may be a shield. */
function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="aanwezig-detail">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * What the case holds, as the reader may see it: every field the mask hides says so and why
 * (Shielded), nothing is silently left out.
 */
export function CaseDetails({
  work,
  schoolName,
  pupilNumber,
}: {
  work: CaseWork;
  schoolName: string | null | undefined;
  pupilNumber: string | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = work.shielded;
  const group = (value: string | null | undefined) => value && t(`reports.group.${value}`);
  return (
    <section aria-labelledby="case-details">
      <Heading2 id="case-details">{t('case.details.title')}</Heading2>
      <dl className="aanwezig-details">
        <Detail label={t('case.details.status')}>
          <Field value={work.status && t(`cases.statuses.${work.status}`)} field="status" shielded={s} />
        </Detail>
        {work.status === 'CLOSED' && (
          <>
            <Detail label={t('case.details.outcome')}>
              <Field value={group(work.outcome)} field="outcome" shielded={s} />
            </Detail>
            <Detail label={t('case.details.closedAt')}>{format.date(work.closedAt)}</Detail>
          </>
        )}
        <Detail label={t('case.details.owner')}>
          <Field value={work.owner?.name} field="owner" shielded={s} />
        </Detail>
        <Detail label={t('case.details.pupilNumber')}>
          <Field value={pupilNumber} field="pupil" shielded={s} />
        </Detail>
        <Detail label={t('case.details.school')}>
          <Field value={schoolName} field="school" shielded={s} />
        </Detail>
        <Detail label={t('case.details.category')}>
          <Field value={group(work.category)} field="category" shielded={s} />
        </Detail>
        <Detail label={t('case.details.typology')}>
          <Field value={group(work.typology)} field="typology" shielded={s} />
        </Detail>
        <Detail label={t('case.details.tier')}>
          <Field
            value={work.tier === null ? null : t('case.details.tierValue', { tier: work.tier })}
            field="tier"
            shielded={s}
          />
        </Detail>
        <Detail label={t('case.details.worry')}>
          <Field
            value={work.worryFlag === null ? null : work.worryFlag ? t('case.yes') : t('case.no')}
            field="worryFlag"
            shielded={s}
          />
        </Detail>
        <Detail label={t('case.details.mentorNotes')}>
          <Field value={work.mentorNotes} field="mentorNotes" shielded={s} />
        </Detail>
        <Detail label={t('case.details.homeSituation')}>
          <Field value={work.homeSituation} field="homeSituation" shielded={s} />
        </Detail>
      </dl>
    </section>
  );
}

interface Draft {
  category: string;
  typology: string;
  tier: string;
  status: string;
  mentorNotes: string;
  homeSituation: string;
  ownerId: string;
}

function draftOf(work: CaseWork): Draft {
  return {
    category: work.category ?? '',
    typology: work.typology ?? '',
    tier: work.tier === null ? '' : String(work.tier),
    status: work.status ?? '',
    mentorNotes: work.mentorNotes ?? '',
    homeSituation: work.homeSituation ?? '',
    ownerId: work.owner?.id ?? '',
  };
}

/**
 * The fields this person may change, and only those (the API says which: Case.editing). A save sends
 * the version the form was filled from: when someone else changed the case meanwhile, the API refuses
 * it (CONFLICT) and the form says so next to its button, with a way to load the latest version.
 */
export function CaseEditForm({ work, onSaved }: { work: CaseWork; onSaved: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, update] = useUpdateCase();
  const { outcome, run, refuse, clear } = useOutcome();
  const [base, setBase] = useState(work);
  const [draft, setDraft] = useState<Draft>(() => draftOf(work));
  const may = (field: string) => work.editing.fields.includes(field);
  // A new change starts afresh: the last outcome goes (so it never takes the focus from what is typed).
  const set = (key: keyof Draft) => (value: string) => {
    clear();
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = draftOf(base);
    const input: UpdateCaseInput = { expectedVersion: base.version };
    const changed: string[] = [];
    const give = <K extends keyof Draft>(key: K, field: string, value: () => unknown) => {
      if (!may(field) || draft[key] === start[key]) return;
      (input as Record<string, unknown>)[key] = value();
      changed.push(t(`case.edit.changed.${key}`));
    };
    give('category', 'category', () => (draft.category || null) as CaseCategory | null);
    give('typology', 'typology', () => (draft.typology || null) as Typology | null);
    give('tier', 'tier', () => Number(draft.tier));
    give('status', 'status', () => draft.status as CaseStatus);
    give('mentorNotes', 'mentorNotes', () => draft.mentorNotes);
    give('homeSituation', 'homeSituation', () => draft.homeSituation);
    give('ownerId', 'owner', () => draft.ownerId);
    if (changed.length === 0) return refuse(t('case.edit.nothing'));
    const data = await run(
      () => update({ id: work.id, input }),
      () => t('case.edit.saved', { changes: changed.join(', ') }),
    );
    if (data) {
      setBase(data.updateCase);
      setDraft(draftOf(data.updateCase));
      onSaved();
    }
  };

  const reloadLatest = () => {
    setBase(work);
    setDraft(draftOf(work));
    clear();
  };

  const select = (
    key: keyof Draft,
    field: string,
    label: string,
    options: { value: string; label: string }[],
    empty?: string,
  ) =>
    may(field) && (
      <FormField>
        <FormLabel htmlFor={`case-edit-${key}`}>{label}</FormLabel>
        <Select id={`case-edit-${key}`} value={draft[key]} onChange={(e) => set(key)(e.target.value)}>
          {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    );

  if (work.editing.fields.length === 0) return null;
  const candidates = work.editing.ownerCandidates;
  const stale = outcome?.kind === 'invalid' && outcome.field === 'expectedVersion';
  return (
    <section aria-labelledby="case-edit">
      <Heading2 id="case-edit">{t('case.edit.title')}</Heading2>
      <Paragraph>{t('case.edit.intro')}</Paragraph>
      <form className="aanwezig-form" onSubmit={(e) => void submit(e)}>
        {select(
          'category',
          'category',
          t('case.details.category'),
          CATEGORIES.map((c) => ({ value: c, label: t(`reports.group.${c}`) })),
          t('case.edit.none'),
        )}
        {select(
          'typology',
          'typology',
          t('case.details.typology'),
          TYPOLOGIES.map((c) => ({ value: c, label: t(`reports.group.${c}`) })),
          t('case.edit.none'),
        )}
        {select(
          'tier',
          'tier',
          t('case.details.tier'),
          TIERS.map((tier) => ({ value: String(tier), label: t('case.edit.tierOption', { tier }) })),
        )}
        {select(
          'status',
          'status',
          t('case.details.status'),
          OPEN_STATUSES.map((status) => ({ value: status, label: t(`case.edit.statusOptions.${status}`) })),
        )}
        {may('owner') &&
          select(
            'ownerId',
            'owner',
            t('case.details.owner'),
            [
              ...(work.owner && !candidates.some((p) => p.id === work.owner!.id) ? [work.owner] : []),
              ...candidates,
            ].map((p) => ({ value: p.id, label: p.name })),
          )}
        {may('mentorNotes') && (
          <FormField>
            <FormLabel htmlFor="case-edit-mentorNotes">{t('case.details.mentorNotes')}</FormLabel>
            <Textarea
              id="case-edit-mentorNotes"
              rows={3}
              value={draft.mentorNotes}
              onChange={(e) => set('mentorNotes')(e.target.value)}
            />
          </FormField>
        )}
        {may('homeSituation') && (
          <FormField>
            <FormLabel htmlFor="case-edit-homeSituation">{t('case.details.homeSituation')}</FormLabel>
            <Textarea
              id="case-edit-homeSituation"
              rows={3}
              value={draft.homeSituation}
              onChange={(e) => set('homeSituation')(e.target.value)}
            />
          </FormField>
        )}
        <Button type="submit" appearance="primary-action-button" busy={fetching}>
          {t('case.edit.submit')}
        </Button>
        {/* Taken up again once the page shows the saved case, so it stays in view. */}
        <OutcomeMessage key={work.version} outcome={outcome} />
        {stale && (
          <Button appearance="secondary-action-button" onClick={reloadLatest}>
            {t('case.edit.reload')}
          </Button>
        )}
      </form>
    </section>
  );
}

/**
 * Closing a case with its outcome (asked first: it says what closing does), or reopening a closed one.
 * Shown only when the API says the person may (Case.editing.close / reopen).
 */
export function CaseClosing({ work, onChanged }: { work: CaseWork; onChanged: () => void }) {
  const { t } = useTranslation();
  const [{ fetching: closing }, close] = useCloseCase();
  const [{ fetching: reopening }, reopen] = useReopenCase();
  const { outcome, run, refuse, clear } = useOutcome();
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const label = choice ? t(`reports.group.${choice}`) : '';

  if (work.editing.reopen)
    return (
      <section aria-labelledby="case-reopen">
        <Heading2 id="case-reopen">{t('case.reopen.title')}</Heading2>
        <Paragraph>{t('case.reopen.intro')}</Paragraph>
        <Button
          appearance="secondary-action-button"
          busy={reopening}
          onClick={() =>
            void run(
              () => reopen({ id: work.id }),
              () => t('case.reopen.done'),
            ).then((data) => data && onChanged())
          }
        >
          {t('case.reopen.submit')}
        </Button>
        <OutcomeMessage key={work.version} outcome={outcome} />
      </section>
    );
  if (!work.editing.close)
    return work.status === 'CLOSED' ? (
      <section aria-labelledby="case-reopen">
        <OutcomeMessage key={work.version} outcome={outcome} />
      </section>
    ) : null;
  return (
    <section aria-labelledby="case-close">
      <Heading2 id="case-close">{t('case.close.title')}</Heading2>
      <form className="aanwezig-form" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="case-close-outcome">{t('case.close.outcome')}</FormLabel>
          <Select id="case-close-outcome" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <SelectOption value="">{t('case.close.pickOutcome')}</SelectOption>
            {OUTCOMES.map((o) => (
              <SelectOption key={o} value={o}>
                {t(`reports.group.${o}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="case-close-note">{t('case.close.note')}</FormLabel>
          <Textarea id="case-close-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <ConfirmButton
          title={t('case.close.confirmTitle', { outcome: label })}
          consequence={t('case.close.consequence', { outcome: label })}
          confirmLabel={t('case.close.confirm')}
          disabled={closing}
          // Without an outcome nothing is asked: the form says to choose one. With one, an earlier refusal goes.
          check={() => {
            if (!choice) refuse(t('case.close.needOutcome'), 'outcome');
            else clear();
            return Boolean(choice);
          }}
          onConfirm={() =>
            void run(
              () => close({ id: work.id, input: { outcome: choice as CaseOutcome, note: note.trim() || null } }),
              () => t('case.close.done', { outcome: label }),
            ).then((data) => {
              if (!data) return;
              setChoice('');
              setNote('');
              onChanged();
            })
          }
        >
          {t('case.close.submit')}
        </ConfirmButton>
        <OutcomeMessage key={work.version} outcome={outcome} />
      </form>
    </section>
  );
}
