import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Checkbox,
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
import type { DraftLetterQuery as DraftResult, LetterLanguage, LetterTemplate } from '../../../generated/graphql';
import { downloadFile } from '../../shared/download';
import { useDraftLetter, useLetterCases, useSendLetter } from '../hooks/use-letters';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { QueryState } from '../../shared/QueryState';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';

const TEMPLATES: LetterTemplate[] = [
  'FIRST_WORRY',
  'FREQUENT_SICK_LEAVE',
  'INVITATION_TO_TALK',
  'DOCTOR_REFERRAL',
  'ATTENDANCE_OFFICER_INVOLVED',
];
type Draft = DraftResult['draftLetter'];

/**
 * A letter to parents: choose the pupil and the situation, get a draft with the real days missed, edit
 * it, and send it by e-mail or keep it as a PDF. What you typed stays on screen if sending fails.
 */
export function LetterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const draftLetter = useDraftLetter();
  const casesQuery = useLetterCases();
  const cases = casesQuery.data;
  const [caseId, setCaseId] = useState('');
  const [template, setTemplate] = useState<LetterTemplate>('FIRST_WORRY');
  const [language, setLanguage] = useState<LetterLanguage>('NL');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [drafting, setDrafting] = useState(false);
  const drafted = useOutcome();
  const sent = useOutcome();
  const [{ fetching: sending }, send] = useSendLetter();

  const makeDraft = async (event: FormEvent) => {
    event.preventDefault();
    if (!caseId) return drafted.refuse(t('letters.choosePupilFirst'), 'caseId');
    setDrafting(true);
    sent.clear();
    setDraft(null);
    const data = await drafted.run(
      () => draftLetter({ caseId, template, language }),
      (d) => t('letters.drafted', { days: format.number(d.draftLetter.daysMissed) }),
    );
    setDrafting(false);
    if (!data) return;
    const next = data.draftLetter;
    setDraft(next);
    setSubject(next.subject);
    setBody(next.body);
    setChosen(next.guardians.filter((g) => g.hasParentalAuthority).map((g) => g.id));
  };

  const submit = async (delivery: 'EMAIL' | 'DOWNLOAD') => {
    if (chosen.length === 0) return sent.refuse(t('letters.chooseRecipients'), 'guardianIds');
    if (!subject.trim()) return sent.refuse(t('letters.needSubject'), 'subject');
    const data = await sent.run(
      () => send({ input: { caseId, template, language, subject, body, guardianIds: chosen, delivery } }),
      ({ sendLetter: letter }) => {
        const to = (letter.recipients ?? []).join(', ');
        if (delivery === 'DOWNLOAD') return t('letters.saved', { to });
        return letter.emailedAt ? t('letters.mailed', { to }) : t('letters.notMailed');
      },
    );
    if (!data) return;
    if (delivery === 'DOWNLOAD')
      await downloadFile(`/letters/${data.sendLetter.id}/pdf`, 'brief.pdf').catch((e: Error) =>
        sent.refuse(
          t('letters.savedNotDownloaded', { reason: e instanceof TypeError ? t('state.offline') : e.message }),
        ),
      );
    setDraft(null);
  };

  if (!cases) return <QueryState query={casesQuery} />;
  const options = cases.cases.edges.map((e) => e.node);
  const draftAt = (field: string) =>
    drafted.outcome?.kind === 'invalid' && drafted.outcome.field === field ? drafted.outcome : null;
  const sentAt = (field: string) =>
    sent.outcome?.kind === 'invalid' && sent.outcome.field === field ? sent.outcome : null;
  return (
    <main id="main">
      <Heading1>{t('letters.title')}</Heading1>
      <Paragraph>{t('letters.intro')}</Paragraph>
      {options.length === 0 ? (
        <Paragraph>{t('letters.noCases')}</Paragraph>
      ) : (
        <form className="aanwezig-form" onSubmit={(e) => void makeDraft(e)} noValidate>
          <FormField>
            <FormLabel htmlFor="letter-case">{t('letters.pupil')}</FormLabel>
            <Select
              id="letter-case"
              value={caseId}
              onChange={(e) => {
                setCaseId(e.target.value);
                drafted.clear();
              }}
              required
              invalid={Boolean(draftAt('caseId'))}
            >
              <SelectOption value="">{t('letters.choosePupil')}</SelectOption>
              {options.map((c) => (
                <SelectOption key={c.id} value={c.id}>
                  {format.pupil(c.pupil, t('letters.shielded'))}
                </SelectOption>
              ))}
            </Select>
            <OutcomeMessage outcome={draftAt('caseId')} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="letter-template">{t('letters.situation')}</FormLabel>
            <Select
              id="letter-template"
              value={template}
              onChange={(e) => setTemplate(e.target.value as LetterTemplate)}
            >
              {TEMPLATES.map((key) => (
                <SelectOption key={key} value={key}>
                  {t(`letters.template.${key}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="letter-language">{t('letters.language')}</FormLabel>
            <Select
              id="letter-language"
              value={language}
              onChange={(e) => setLanguage(e.target.value as LetterLanguage)}
            >
              <SelectOption value="NL">Nederlands</SelectOption>
              <SelectOption value="EN">English</SelectOption>
            </Select>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" busy={drafting}>
            {t('letters.makeDraft')}
          </Button>
          {/* The draft's own outcome (made, or why not: e.g. no parents on record) right under its button. */}
          <OutcomeMessage outcome={draftAt('caseId') ? null : drafted.outcome} />
        </form>
      )}
      {draft && (
        <section aria-labelledby="letter-edit">
          <Heading2 id="letter-edit">{t('letters.edit')}</Heading2>
          <Paragraph>
            {t('letters.daysMissed', {
              days: format.number(draft.daysMissed),
              count: draft.daysMissed === 1 ? 1 : 2,
            })}
          </Paragraph>
          <div className="aanwezig-form aanwezig-letter">
            <div className="aanwezig-field">
              <Heading3 id="letter-address">{t('letters.addressBlock')}</Heading3>
              <Paragraph data-testid="letter-address">
                {draft.addressBlock.split('\n').map((line, i) =>
                  line === '' ? (
                    <br key={i} />
                  ) : (
                    <span key={i}>
                      {line}
                      <br />
                    </span>
                  ),
                )}
              </Paragraph>
            </div>
            <FormField>
              <FormLabel htmlFor="letter-subject">{t('letters.subject')}</FormLabel>
              <Textbox
                id="letter-subject"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                required
                invalid={Boolean(sentAt('subject'))}
              />
              <OutcomeMessage outcome={sentAt('subject')} />
            </FormField>
            <div className="aanwezig-field">
              <FormLabel htmlFor="letter-body">{t('letters.body')}</FormLabel>
              <Textarea
                id="letter-body"
                rows={18}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                required
                invalid={Boolean(sentAt('body'))}
              />
              <OutcomeMessage outcome={sentAt('body')} />
            </div>
            <fieldset className="aanwezig-fieldset">
              <legend>{t('letters.recipients')}</legend>
              {draft.guardians.map((g) => (
                <FormField key={g.id} type="checkbox">
                  <Checkbox
                    id={`guardian-${g.id}`}
                    checked={chosen.includes(g.id)}
                    onChange={(e) =>
                      setChosen((now) => (e.target.checked ? [...now, g.id] : now.filter((id) => id !== g.id)))
                    }
                  />
                  <FormLabel htmlFor={`guardian-${g.id}`} type="checkbox">
                    {g.name} ({g.relation}
                    {g.hasParentalAuthority ? '' : `, ${t('letters.noAuthority')}`}) – {g.email ?? t('letters.noEmail')}{' '}
                    – {g.street ? [g.street, g.postalCode, g.city].filter(Boolean).join(' ') : t('letters.noAddress')}
                  </FormLabel>
                </FormField>
              ))}
              <OutcomeMessage outcome={sentAt('guardianIds')} />
            </fieldset>
            <ButtonGroup>
              <Button appearance="primary-action-button" busy={sending} onClick={() => void submit('EMAIL')}>
                {t('letters.sendEmail')}
              </Button>
              <Button appearance="secondary-action-button" busy={sending} onClick={() => void submit('DOWNLOAD')}>
                {t('letters.download')}
              </Button>
            </ButtonGroup>
          </div>
        </section>
      )}
      {/* Under the send buttons while the draft is open; where the draft was once it is sent. */}
      <OutcomeMessage
        outcome={sent.outcome && !['subject', 'body', 'guardianIds'].some((f) => sentAt(f)) ? sent.outcome : null}
      />
    </main>
  );
}
