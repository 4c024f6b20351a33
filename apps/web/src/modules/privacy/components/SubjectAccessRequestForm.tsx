import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, FormFieldTextbox, Heading3, Paragraph } from '@utrecht/component-library-react';
import { serverText } from '../../shared/error-message';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { outcomeOf, type Outcome } from '../../shared/outcome';
import { saveBlob } from '../../shared/download';
import { useSubjectAccessFile, type SubjectAccessFormat as Format } from '../hooks/use-privacy';

type Field = 'reference' | 'requestDate';

/**
 * Answering a subject-access request for one pupil: the privacy officer records which request she
 * answers (its reference and the day it came in; both required, and kept in the access log with the
 * export), then downloads the parents' PDF (plain Dutch: who sees what and why, who looked when) and
 * the JSON with everything held. The API checks the request and names the field it refuses.
 */
export function SubjectAccessRequestForm({
  pupil,
  onExported,
}: {
  pupil: { id: string; pupilNumber: string };
  onExported: () => void;
}) {
  const { t } = useTranslation();
  const subjectAccessFile = useSubjectAccessFile();
  const [reference, setReference] = useState('');
  const [requestDate, setRequestDate] = useState('');
  const [busy, setBusy] = useState<Format | null>(null);
  const [invalid, setInvalid] = useState<{ field: Field; message: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputs = { reference: useRef<HTMLInputElement>(null), requestDate: useRef<HTMLInputElement>(null) };

  const download = async (format: Format) => {
    setInvalid(null);
    setOutcome(null);
    setBusy(format);
    const result = await subjectAccessFile(format, { pupilId: pupil.id, reference, requestDate });
    setBusy(null);
    if (result.error || !result.file) {
      const first = result.error?.graphQLErrors[0];
      const field = first?.extensions?.field;
      if (first?.extensions?.code === 'BAD_USER_INPUT' && (field === 'reference' || field === 'requestDate')) {
        setInvalid({ field, message: serverText(first) });
        inputs[field].current?.focus();
      } else
        setOutcome(
          result.error
            ? outcomeOf(result.error, () => void download(format))
            : { kind: 'failed', text: t('privacy.request.failed'), retry: () => void download(format) },
        );
      return;
    }
    saveBlob(result.file, `inzage-${pupil.pupilNumber}.${format === 'PDF' ? 'pdf' : 'json'}`);
    setOutcome({
      kind: 'done',
      text: t(format === 'PDF' ? 'privacy.request.donePdf' : 'privacy.request.doneJson', {
        reference: reference.trim(),
      }),
    });
    onExported();
  };

  return (
    <section aria-labelledby="privacy-request">
      <Heading3 id="privacy-request">{t('privacy.request.title')}</Heading3>
      <Paragraph>{t('privacy.request.intro')}</Paragraph>
      <form className="aanwezig-form" aria-labelledby="privacy-request" noValidate onSubmit={(e) => e.preventDefault()}>
        {/* FormFieldTextbox types its change event as the field's <div>; the event comes from its <input>. */}
        <FormFieldTextbox
          label={t('privacy.request.reference')}
          description={t('privacy.request.referenceHint')}
          value={reference}
          maxLength={100}
          required
          invalid={invalid?.field === 'reference'}
          errorMessage={invalid?.field === 'reference' ? invalid.message : undefined}
          inputRef={inputs.reference}
          onChange={(e) => setReference((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          type="date"
          label={t('privacy.request.date')}
          description={t('privacy.request.dateHint')}
          value={requestDate}
          required
          invalid={invalid?.field === 'requestDate'}
          errorMessage={invalid?.field === 'requestDate' ? invalid.message : undefined}
          inputRef={inputs.requestDate}
          onChange={(e) => setRequestDate((e.target as HTMLInputElement).value)}
        />
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={busy === 'PDF'}
            disabled={busy !== null}
            onClick={() => void download('PDF')}
          >
            {t('privacy.request.pdf')}
          </Button>
          <Button
            appearance="secondary-action-button"
            busy={busy === 'JSON'}
            disabled={busy !== null}
            onClick={() => void download('JSON')}
          >
            {t('privacy.request.json')}
          </Button>
        </ButtonGroup>
        {/* Next to the buttons: what became of the download. A refused field says so at the field. */}
        <OutcomeMessage outcome={outcome} />
      </form>
      <Paragraph>{t('privacy.exportNote')}</Paragraph>
    </section>
  );
}
