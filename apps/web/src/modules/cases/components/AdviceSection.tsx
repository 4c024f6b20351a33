import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormLabel, Heading2, Paragraph, Textarea } from '@utrecht/component-library-react';
import { Field, type ShieldInfo } from '../../shared/Shielded';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';
import { useWriteAdvice } from '../hooks/use-cases';
import { readersOf, type OrganisationView } from './VisibilityOverview';

export interface AdviceItem {
  id: string;
  educationAdvice?: string | null;
  createdAt: unknown;
  author: { name: string } | null;
  authorOrganisation: { name: string } | null;
  shielded: readonly ShieldInfo[];
}

/**
 * The jeugdarts's advice on a case. The jeugdarts writes what may be shared with the team (under
 * consent) apart from a private note that stays in the GGD, and sees who can read the advice now.
 */
export function AdviceSection(props: {
  caseId: string;
  advice: readonly AdviceItem[];
  views: readonly OrganisationView[];
  /** The jeugdarts's own organisations, when the reader is a jeugdarts; else null (no form). */
  doctorOrganisationIds: readonly string[] | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ fetching }, writeAdvice] = useWriteAdvice();
  const [advice, setAdvice] = useState('');
  const [note, setNote] = useState('');
  const { outcome, run, refuse } = useOutcome();
  const readers = props.doctorOrganisationIds
    ? readersOf(props.views, 'DOCTOR_ADVICE', props.doctorOrganisationIds)
    : [];

  const readerNames = readers
    .map((r) => t('session.as', { role: t(`role.${r.role}`), organisation: r.organisation.name }))
    .join('; ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!advice.trim()) return refuse(t('case.adviceNeeded'), 'educationAdvice');
    // The confirmation says who can read it now: nobody outside the GGD without a consent that shares it.
    const data = await run(
      () => writeAdvice({ caseId: props.caseId, educationAdvice: advice, privateNote: note.trim() || null }),
      () => (readers.length === 0 ? t('case.adviceSavedUnread') : t('case.adviceSaved', { readers: readerNames })),
    );
    // On failure the text stays in the form, so nothing typed is lost.
    if (!data) return;
    setAdvice('');
    setNote('');
    props.onSaved();
  };

  return (
    <section aria-labelledby="case-advice">
      <Heading2 id="case-advice">{t('case.advice')}</Heading2>
      {props.doctorOrganisationIds && (
        <>
          <Paragraph>
            {readers.length === 0
              ? t('case.adviceReaders.none')
              : t('case.adviceReaders.some', { readers: readerNames })}
          </Paragraph>
          <form className="aanwezig-form" onSubmit={(e) => void submit(e)}>
            <div className="aanwezig-field">
              <FormLabel htmlFor="advice">{t('case.writeAdvice')}</FormLabel>
              <Textarea id="advice" rows={4} value={advice} onChange={(e) => setAdvice(e.target.value)} />
            </div>
            <div className="aanwezig-field">
              <FormLabel htmlFor="advice-note">{t('case.privateNote')}</FormLabel>
              <Textarea id="advice-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <Button type="submit" appearance="primary-action-button" busy={fetching}>
              {t('case.shareAdvice')}
            </Button>
            {/* Taken up again once the page shows the new advice, so it is in view when all is settled. */}
            <OutcomeMessage key={props.advice.length} outcome={outcome} />
          </form>
        </>
      )}
      {/* Below the form: advice that comes in never pushes the form's outcome out of view. */}
      {props.advice.length === 0 ? (
        <Paragraph>{t('case.noAdvice')}</Paragraph>
      ) : (
        <ul>
          {props.advice.map((a) => (
            <li key={a.id}>
              <Field value={a.educationAdvice} field="educationAdvice" shielded={a.shielded} /> –{' '}
              <Field value={a.author?.name} field="author" shielded={a.shielded} />,{' '}
              <Field value={a.authorOrganisation?.name} field="authorOrganisation" shielded={a.shielded} />,{' '}
              {format.date(a.createdAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
