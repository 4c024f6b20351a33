import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { dutchDate } from '@aanwezig/domain';
import { useMe } from '../../auth/hooks/me';
import { downloadFile } from '../../shared/download';
import { useCensusDates, useMsaReport, useTakeCensus } from '../hooks/use-reports';
import { Count, ReportTable } from './ReportTable';
import { StackedBars } from '../../shared/StackedBars';
import { errorMessage } from '../../shared/error-message';
import { DataTable } from '../../shared/DataTable';
import { useFormat } from '../../shared/use-format';

/** The MSA report: pick a census date, read the summary, chart and tables, download it; the SWV takes a census. */
export function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { data: dates, fetching: loadingDates, error: datesError, reload: reloadDates } = useCensusDates();
  const [censusId, setCensusId] = useState<string | null>(null);
  useEffect(() => {
    if (!censusId && dates?.censusDates.length) setCensusId(dates.censusDates[0].id);
  }, [dates, censusId]);
  const { data, fetching, error } = useMsaReport(censusId);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (format: 'pdf' | 'csv' | 'xlsx') => {
    if (!censusId) return;
    setBusy(format);
    setDownloadError(null);
    try {
      await downloadFile(`/reports/msa/${censusId}/${format}`, `msa-rapportage.${format}`);
    } catch (e) {
      setDownloadError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  if (loadingDates && !dates) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (datesError) return <ErrorAlert message={errorMessage(datesError)} />;
  const report = data?.msaReport;
  const isSwv = Boolean(me?.capabilities?.takeCensus);
  return (
    <main id="main">
      <Heading1>{t('reports.title')}</Heading1>
      <Paragraph>{t('reports.intro')}</Paragraph>
      {isSwv && (
        <TakeCensus
          onTaken={(id) => {
            setCensusId(id);
            reloadDates();
          }}
        />
      )}
      {dates?.censusDates.length === 0 ? (
        <Paragraph>{t('reports.noCensus')}</Paragraph>
      ) : (
        <FormField>
          <FormLabel htmlFor="census">{t('reports.censusDate')}</FormLabel>
          <Select id="census" value={censusId ?? ''} onChange={(e) => setCensusId(e.target.value)}>
            {dates?.censusDates.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {format.date(c.date)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      {error && <ErrorAlert message={errorMessage(error)} />}
      {fetching && !report && <Paragraph role="status">{t('state.loading')}</Paragraph>}
      {report && (
        <>
          <Heading2>{t('reports.summary', { date: format.date(report.census.date) })}</Heading2>
          {report.summary.map((sentence) => (
            <Paragraph key={sentence}>{sentence}</Paragraph>
          ))}
          <ButtonGroup>
            {(['pdf', 'csv', 'xlsx'] as const).map((format) => (
              <Button
                key={format}
                appearance={format === 'pdf' ? 'primary-action-button' : 'secondary-action-button'}
                busy={busy === format}
                onClick={() => void download(format)}
              >
                {t(`reports.download.${format}`)}
              </Button>
            ))}
          </ButtonGroup>
          {busy && <Paragraph role="status">{t('reports.preparing')}</Paragraph>}
          {downloadError && <ErrorAlert message={downloadError} />}
          <Heading2>{t('reports.trendTitle')}</Heading2>
          <StackedBars
            title={t('reports.chartTitle')}
            note={t('reports.chartNote')}
            bars={report.trend.map((p) => ({
              label: format.date(p.date, 'dayMonth'),
              segments: p.byCategory.map((c) => ({ label: t(`reports.group.${c.group}`), count: c.count })),
            }))}
          />
          <DataTable
            caption={t('reports.trendTable')}
            rows={report.trend}
            rowKey={(p) => p.censusId}
            columns={[
              { key: 'date', header: t('reports.censusDate'), rowHeader: true, cell: (p) => format.date(p.date) },
              {
                key: 'total',
                header: t('reports.total'),
                cell: (p) => <Count cell={p.total} threshold={report.threshold} />,
              },
              { key: 'share', header: t('reports.share'), cell: (p) => format.percent(p.share) },
              { key: 'change', header: t('reports.change'), cell: (p) => format.change(p.changePercent) },
            ]}
          />
          <Heading2>{t('reports.tables')}</Heading2>
          <ReportTable
            table={report.category}
            caption={t('reports.byCategory')}
            threshold={report.threshold}
            ownSchoolIds={report.ownSchoolIds}
          />
          <ReportTable
            table={report.typology}
            caption={t('reports.byTypology')}
            threshold={report.threshold}
            ownSchoolIds={report.ownSchoolIds}
          />
          <ReportTable
            table={report.outcome}
            caption={t('reports.byOutcome')}
            threshold={report.threshold}
            ownSchoolIds={report.ownSchoolIds}
          />
          <Paragraph>
            {t('reports.exemptions')}: <Count cell={report.exemptions5a} threshold={report.threshold} /> ·{' '}
            {t('reports.absolute')}: <Count cell={report.absoluteAbsence} threshold={report.threshold} />
          </Paragraph>
          <Paragraph>{t('reports.suppressionNote', { threshold: report.threshold })}</Paragraph>
          {report.ownSchoolIds.length > 0 && (
            <>
              <Heading2>{t('reports.detail')}</Heading2>
              {report.detail.length === 0 ? (
                <Paragraph>{t('reports.noDetail')}</Paragraph>
              ) : (
                <ul>
                  {report.detail.map((d) => (
                    <li key={d.caseId}>
                      {d.case.pupil?.displayName ?? t('reports.shielded')} ({d.case.pupil?.groupName ?? '–'}):{' '}
                      {d.category ? t(`reports.group.${d.category}`) : t('reports.group.NONE')}
                      {d.typology ? `, ${t(`reports.group.${d.typology}`)}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}

function ErrorAlert({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('state.error', { message })}</Paragraph>
    </Alert>
  );
}

/** The SWV freezes the region on a date; the municipality's figures are counted apart. */
function TakeCensus({ onTaken }: { onTaken: (id: string) => void }) {
  const { t } = useTranslation();
  // Today as the school sees it (Amsterdam), not UTC: just after midnight they differ.
  const [date, setDate] = useState(() => dutchDate());
  const [exemptions, setExemptions] = useState('');
  const [absolute, setAbsolute] = useState('');
  const [{ fetching, error }, take] = useTakeCensus();
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = (v: string) => (v.trim() === '' ? null : Number(v));
    const result = await take({ input: { date, exemptions5a: number(exemptions), absoluteAbsence: number(absolute) } });
    if (result.data) {
      setDone(result.data.takeCensus.date);
      onTaken(result.data.takeCensus.id);
    }
  };
  return (
    <form className="aanwezig-form" onSubmit={(e) => void submit(e)} aria-labelledby="take-census">
      <Heading2 id="take-census">{t('reports.take.title')}</Heading2>
      <Paragraph>{t('reports.take.intro')}</Paragraph>
      <FormField>
        <FormLabel htmlFor="census-date">{t('reports.take.date')}</FormLabel>
        <Textbox id="census-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="exemptions">{t('reports.exemptions')}</FormLabel>
        <Textbox
          id="exemptions"
          type="number"
          min={0}
          value={exemptions}
          onChange={(e) => setExemptions(e.target.value)}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="absolute">{t('reports.absolute')}</FormLabel>
        <Textbox id="absolute" type="number" min={0} value={absolute} onChange={(e) => setAbsolute(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={fetching}>
        {t('reports.take.submit')}
      </Button>
      {error && <ErrorAlert message={errorMessage(error)} />}
      {done && <Paragraph role="status">{t('reports.take.done', { date: done })}</Paragraph>}
    </form>
  );
}
