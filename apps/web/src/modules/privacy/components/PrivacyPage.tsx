import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { outcomeOf } from '../../shared/outcome';
import { DataTable, type Column } from '../../shared/DataTable';
import { useFormat } from '../../shared/use-format';
import { useMe } from '../../auth/hooks/me';
import { useAuditSubjects } from '../hooks/use-privacy';
import { AuditTrail } from './AuditTrail';
import { SubjectAccessRequestForm } from './SubjectAccessRequestForm';

type Subject = {
  id: string;
  displayName: string;
  pupilNumber: string;
  groupName: string;
  dateOfBirth: string;
  schoolName: string;
};

/**
 * The privacy officer's page: find a pupil of the school, read who saw or changed what of them
 * (newest first), and answer a subject-access request (inzage) for them: the request's reference and
 * date first, then the parents' PDF and the full JSON. Every search, read and export is itself logged.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Subject | null>(null);
  // Bumped after each export, so the access log shows it at once.
  const [exports, setExports] = useState(0);
  const { data, fetching, error, reload } = useAuditSubjects(applied);
  const me = useMe();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChosen(null);
    setApplied(search);
  };
  const found = data?.auditSubjects ?? [];
  const columns: Column<Subject>[] = [
    {
      key: 'pupil',
      header: t('cases.pupil'),
      rowHeader: true,
      cell: (p) => (
        <Button appearance="subtle-button" onClick={() => setChosen(p)}>
          {format.pupil(p)}
        </Button>
      ),
    },
    { key: 'number', header: t('privacy.number'), cell: (p) => p.pupilNumber },
    { key: 'born', header: t('privacy.born'), cell: (p) => p.dateOfBirth },
    { key: 'school', header: t('cases.school'), cell: (p) => p.schoolName },
  ];

  return (
    <main id="main">
      <Heading1>{t('privacy.title')}</Heading1>
      <Paragraph>{t('privacy.intro')}</Paragraph>
      {me?.capabilities?.readSignInLog && (
        <Paragraph>
          {/* Who signed in, or tried to: the sign-in log has its own page. */}
          <Link to="/aanmeldingen">{t('signInLog.link')}</Link>
        </Paragraph>
      )}
      <form className="aanwezig-form" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="privacy-search">{t('privacy.search')}</FormLabel>
          <Textbox
            id="privacy-search"
            value={search}
            minLength={2}
            required
            onChange={(e) => setSearch(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={fetching}>
          {t('privacy.find')}
        </Button>
      </form>
      {error && <OutcomeMessage outcome={outcomeOf(error, reload)} />}
      {applied !== null &&
        data &&
        !chosen &&
        (found.length === 0 ? (
          <Paragraph>{t('privacy.none')}</Paragraph>
        ) : (
          <DataTable caption={t('privacy.results')} columns={columns} rows={found} rowKey={(p) => p.id} />
        ))}
      {chosen && (
        <section aria-labelledby="privacy-subject">
          <Heading2 id="privacy-subject">
            {t('privacy.subject', { name: chosen.displayName, number: chosen.pupilNumber })}
          </Heading2>
          <SubjectAccessRequestForm key={chosen.id} pupil={chosen} onExported={() => setExports((n) => n + 1)} />
          <AuditTrail key={chosen.id} pupilId={chosen.id} refresh={exports} />
        </section>
      )}
    </main>
  );
}
