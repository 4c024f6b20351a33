import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchDate } from '@aanwezig/domain';
import { Alert, Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useMarkReportedToDuo } from '../hooks/use-signals';
import { errorMessage } from '../../shared/error-message';

/** The school records that it reported a legal-report signal to DUO: the day and DUO's reference. */
export function DuoReportForm({ signalId, onDone }: { signalId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const today = dutchDate();
  const [reportedOn, setReportedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, mark] = useMarkReportedToDuo();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await mark({ id: signalId, input: { reportedOn, reference } });
    if (result.error) return setProblem(errorMessage(result.error));
    onDone();
  };
  return (
    <form className="aanwezig-inline-form" onSubmit={(e) => void submit(e)} aria-label={t('signals.markReported')}>
      <FormLabel htmlFor={`duo-date-${signalId}`}>{t('signals.reportedOnLabel')}</FormLabel>
      <input
        id={`duo-date-${signalId}`}
        type="date"
        required
        max={today}
        value={reportedOn}
        onChange={(e) => setReportedOn(e.target.value)}
      />
      <FormLabel htmlFor={`duo-ref-${signalId}`}>{t('signals.referenceLabel')}</FormLabel>
      <Textbox
        id={`duo-ref-${signalId}`}
        required
        maxLength={100}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button" busy={fetching}>
        {t('signals.markReported')}
      </Button>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
