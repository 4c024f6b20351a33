import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { DraftLetterQuery as DraftResult, LetterLanguage, LetterTemplate } from '../../../generated/graphql';
import { downloadFile } from '../../shared/download';
import { useDraftLetter, useLetterCases, useSendLetter } from '../hooks/use-letters';
import { errorMessage } from '../../shared/error-message';
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
  const { data: cases, fetching: loadingCases, error: casesError } = useLetterCases();
  const [caseId, setCaseId] = useState('');
  const [template, setTemplate] = useState<LetterTemplate>('FIRST_WORRY');
  const [language, setLanguage] = useState<LetterLanguage>('NL');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [drafting, setDrafting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching: sending }, send] = useSendLetter();

  const makeDraft = async (event: FormEvent) => {
    event.preventDefault();
    setDrafting(true);
    setProblem(null);
    setSent(null);
    const result = await draftLetter({ caseId, template, language });
    setDrafting(false);
    if (result.error || !result.data) return setProblem(result.error ? errorMessage(result.error) : '');
    const next = result.data.draftLetter;
    setDraft(next);
    setSubject(next.subject);
    setBody(next.body);
    setChosen(next.guardians.filter((g) => g.hasParentalAuthority).map((g) => g.id));
  };

  const submit = async (delivery: 'EMAIL' | 'DOWNLOAD') => {
    setProblem(null);
    const result = await send({ input: { caseId, template, language, subject, body, guardianIds: chosen, delivery } });
    if (result.error || !result.data) return setProblem(result.error ? errorMessage(result.error) : '');
    const letter = result.data.sendLetter;
    if (delivery === 'DOWNLOAD') {
      await downloadFile(`/letters/${letter.id}/pdf`, 'brief.pdf').catch((e: Error) => setProblem(e.message));
      setSent(t('letters.saved'));
    } else {
      setSent(
        letter.emailedAt ? t('letters.mailed', { to: (letter.recipients ?? []).join(', ') }) : t('letters.notMailed'),
      );
    }
    setDraft(null);
  };

  if (loadingCases && !cases) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (casesError)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(casesError) })}</Paragraph>
      </Alert>
    );
  const options = cases?.cases.edges.map((e) => e.node) ?? [];
  return (
    <main id="main">
      <Heading1>{t('letters.title')}</Heading1>
      <Paragraph>{t('letters.intro')}</Paragraph>
      {options.length === 0 ? (
        <Paragraph>{t('letters.noCases')}</Paragraph>
      ) : (
        <form className="aanwezig-form" onSubmit={(e) => void makeDraft(e)}>
          <FormField>
            <FormLabel htmlFor="letter-case">{t('letters.pupil')}</FormLabel>
            <Select id="letter-case" value={caseId} onChange={(e) => setCaseId(e.target.value)} required>
              <SelectOption value="">{t('letters.choosePupil')}</SelectOption>
              {options.map((c) => (
                <SelectOption key={c.id} value={c.id}>
                  {format.pupil(c.pupil, t('letters.shielded'))}
                </SelectOption>
              ))}
            </Select>
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
          <Button type="submit" appearance="secondary-action-button" busy={drafting} disabled={!caseId}>
            {t('letters.makeDraft')}
          </Button>
        </form>
      )}
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: problem })}</Paragraph>
        </Alert>
      )}
      {sent && <Paragraph role="status">{sent}</Paragraph>}
      {draft && (
        <section aria-labelledby="letter-edit">
          <Heading2 id="letter-edit">{t('letters.edit')}</Heading2>
          <Paragraph>{t('letters.daysMissed', { days: draft.daysMissed })}</Paragraph>
          <div className="aanwezig-form aanwezig-letter">
            <FormField>
              <FormLabel htmlFor="letter-subject">{t('letters.subject')}</FormLabel>
              <Textbox id="letter-subject" value={subject} onChange={(e) => setSubject(e.target.value)} required />
            </FormField>
            <div className="aanwezig-field">
              <FormLabel htmlFor="letter-body">{t('letters.body')}</FormLabel>
              <Textarea id="letter-body" rows={18} value={body} onChange={(e) => setBody(e.target.value)} required />
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
                    {g.name} – {g.email ?? t('letters.noEmail')}
                  </FormLabel>
                </FormField>
              ))}
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
    </main>
  );
}
