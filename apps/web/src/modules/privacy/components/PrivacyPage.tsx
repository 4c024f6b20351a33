import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { errorMessage } from '../../shared/error-message';
import { saveBlob } from '../../shared/download';
import { TableScroll } from '../../shared/TableScroll';
import { AuditSubjectsQuery } from '../graphql/audit-subjects.query';
import { SubjectAccessExportQuery } from '../graphql/subject-access-export.query';
import { AuditTrail } from './AuditTrail';

type Subject = { id: string; displayName: string; pupilNumber: string; groupName: string; dateOfBirth: string; schoolName: string };

/**
 * The privacy officer's page: find a pupil of the school, read who saw or changed what of them
 * (newest first), and download everything held about them for a subject-access request (inzage).
 * Every search, read and export is itself logged.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Subject | null>(null);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: AuditSubjectsQuery, variables: { search: applied ?? '' }, pause: applied === null, requestPolicy: 'network-only' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChosen(null);
    setApplied(search);
  };
  const download = async (subject: Subject) => {
    setProblem(null);
    setExporting(true);
    const result = await client.query(SubjectAccessExportQuery, { pupilId: subject.id }, { requestPolicy: 'network-only' }).toPromise();
    setExporting(false);
    if (result.error) return setProblem(errorMessage(result.error));
    saveBlob(new Blob([result.data!.subjectAccessExport], { type: 'application/json' }), `inzage-${subject.pupilNumber}.json`);
  };
  const found = data?.auditSubjects ?? [];

  return (
    <main id="main">
      <Heading1>{t('privacy.title')}</Heading1>
      <Paragraph>{t('privacy.intro')}</Paragraph>
      <form className="aanwezig-form" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="privacy-search">{t('privacy.search')}</FormLabel>
          <Textbox id="privacy-search" value={search} minLength={2} required onChange={(e) => setSearch(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={fetching}>{t('privacy.find')}</Button>
      </form>
      {(error || problem) && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: problem ?? errorMessage(error!) })}</Paragraph>
        </Alert>
      )}
      {applied !== null && data && !chosen && (
        found.length === 0 ? <Paragraph>{t('privacy.none')}</Paragraph> : (
          <TableScroll label={t('privacy.results')}>
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">{t('privacy.results')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">{t('cases.pupil')}</th>
                  <th className="utrecht-table__header-cell" scope="col">{t('privacy.number')}</th>
                  <th className="utrecht-table__header-cell" scope="col">{t('privacy.born')}</th>
                  <th className="utrecht-table__header-cell" scope="col">{t('cases.school')}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {found.map((p) => (
                  <tr key={p.id} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      <Button appearance="subtle-button" onClick={() => setChosen(p)}>{`${p.displayName} (${p.groupName})`}</Button>
                    </th>
                    <td className="utrecht-table__cell">{p.pupilNumber}</td>
                    <td className="utrecht-table__cell">{p.dateOfBirth}</td>
                    <td className="utrecht-table__cell">{p.schoolName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      )}
      {chosen && (
        <section aria-labelledby="privacy-subject">
          <Heading2 id="privacy-subject">{t('privacy.subject', { name: chosen.displayName, number: chosen.pupilNumber })}</Heading2>
          <Button appearance="secondary-action-button" busy={exporting} onClick={() => void download(chosen)}>
            {t('privacy.export')}
          </Button>
          <Paragraph>{t('privacy.exportNote')}</Paragraph>
          <AuditTrail pupilId={chosen.id} />
        </section>
      )}
    </main>
  );
}
