import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchDate } from '@aanwezig/domain';
import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useMarkReportedToDuo } from '../hooks/use-signals';
import type { OutcomeState } from '../../shared/use-outcome';

/**
 * The school records that it reported a legal-report signal to DUO: the day and DUO's reference. What
 * became of it is shown by the card (`outcome`), right under this form, also once the form is gone.
 */
export function DuoReportForm({ signalId, outcome }: { signalId: string; outcome: OutcomeState }) {
  const { t } = useTranslation();
  const today = dutchDate();
  const [reportedOn, setReportedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [{ fetching }, mark] = useMarkReportedToDuo();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reference.trim()) return outcome.refuse(t('signals.referenceMissing'), 'reference');
    if (!reportedOn || reportedOn > today) return outcome.refuse(t('signals.reportedOnInvalid'), 'reportedOn');
    await outcome.run(
      () => mark({ id: signalId, input: { reportedOn, reference } }),
      () => t('signals.markedReported'),
    );
  };
  return (
    <form className="aanwezig-inline-form" onSubmit={(e) => void submit(e)} aria-label={t('signals.markReported')}>
      <FormLabel htmlFor={`duo-date-${signalId}`}>{t('signals.reportedOnLabel')}</FormLabel>
      <input
        id={`duo-date-${signalId}`}
        type="date"
        max={today}
        value={reportedOn}
        onChange={(e) => setReportedOn(e.target.value)}
      />
      <FormLabel htmlFor={`duo-ref-${signalId}`}>{t('signals.referenceLabel')}</FormLabel>
      <Textbox
        id={`duo-ref-${signalId}`}
        maxLength={100}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button" busy={fetching}>
        {t('signals.markReported')}
      </Button>
    </form>
  );
}
