import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
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
import { ConfirmButton } from '../../shared/ConfirmButton';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { QueryState } from '../../shared/QueryState';
import { useOutcome } from '../../shared/use-outcome';
import { DataTable } from '../../shared/DataTable';
import { useFormat } from '../../shared/use-format';

/** The MSA report: pick a census date, read the summary, chart and tables, download it; the SWV takes a census. */
export function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const datesQuery = useCensusDates();
  const { data: dates, reload: reloadDates } = datesQuery;
  const [censusId, setCensusId] = useState<string | null>(null);
  useEffect(() => {
    if (!censusId && dates?.censusDates.length) setCensusId(dates.censusDates[0].id);
  }, [dates, censusId]);
  const reportQuery = useMsaReport(censusId);
  const { data } = reportQuery;
  const downloaded = useOutcome();
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (format: 'pdf' | 'csv' | 'xlsx') => {
    if (!censusId) return;
    setBusy(format);
    downloaded.clear();
    try {
      await downloadFile(`/reports/msa/${censusId}/${format}`, `msa-rapportage.${format}`);
    } catch (e) {
      // The server's refusal text, or that the file could not be fetched: said next to the download buttons.
      const message = (e as Error).message;
      downloaded.refuse(
        e instanceof TypeError ? t('state.offline') : /^HTTP \d+$/.test(message) ? t('state.failed') : message,
      );
    } finally {
      setBusy(null);
    }
  };

  if (!dates) return <QueryState query={datesQuery} />;
  const report = data?.msaReport;
  const isSwv = Boolean(me?.capabilities?.takeCensus);
  return (
    <main id="main">
      <Heading1>{t('reports.title')}</Heading1>
      <Paragraph>{t('reports.intro')}</Paragraph>
      {isSwv && (
        <TakeCensus
          latestDate={dates.censusDates[0]?.date ?? null}
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
      {censusId && !report && <QueryState query={reportQuery} />}
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
          <OutcomeMessage outcome={downloaded.outcome} />
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

const CENSUS_FIELDS = ['date', 'exemptions5a', 'absoluteAbsence'] as const;
type CensusField = (typeof CENSUS_FIELDS)[number];

/**
 * The SWV freezes the region on a date, with the municipality's counts (counted apart). Every field is
 * required and checked first, next to the field; then ConfirmButton says what freezing means (nothing of
 * it changes afterwards, and no census on or before that date can be taken), and the confirmation says
 * exactly what was frozen.
 */
function TakeCensus({ latestDate, onTaken }: { latestDate: string | null; onTaken: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Today as the school sees it (Amsterdam), not UTC: just after midnight they differ.
  const [date, setDate] = useState(() => dutchDate());
  const [exemptions, setExemptions] = useState('');
  const [absolute, setAbsolute] = useState('');
  const [, take] = useTakeCensus();
  const { outcome, run, refuse, clear } = useOutcome();
  const [sending, setSending] = useState(false);

  const count = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);
  /** The first thing to change, with its field; null when the form may be sent. */
  const problem = (): { field: CensusField; text: string } | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { field: 'date', text: t('reports.take.needDate') };
    if (date > dutchDate()) return { field: 'date', text: t('reports.take.dateInFuture') };
    if (latestDate && date <= latestDate)
      return { field: 'date', text: t('reports.take.dateNotAfter', { latest: format.date(latestDate) }) };
    if (count(exemptions) === null)
      return { field: 'exemptions5a', text: t('reports.take.needCount', { what: t('reports.exemptions') }) };
    if (count(absolute) === null)
      return { field: 'absoluteAbsence', text: t('reports.take.needCount', { what: t('reports.absolute') }) };
    return null;
  };
  const at = (field: CensusField) => (outcome?.kind === 'invalid' && outcome.field === field ? outcome : null);
  const atButton = outcome && !CENSUS_FIELDS.some((f) => at(f)) ? outcome : null;

  const freeze = async () => {
    const wrong = problem();
    if (wrong) return refuse(wrong.text, wrong.field);
    setSending(true);
    const input = { date, exemptions5a: count(exemptions), absoluteAbsence: count(absolute) };
    const data = await run(
      () => take({ input }),
      ({ takeCensus: c }) =>
        t('reports.take.done', {
          date: format.date(c.date),
          schools: format.number(c.frozen.schools),
          pupils: format.number(c.frozen.pupils),
          cases:
            c.frozen.cases === null
              ? t('reports.take.fewCases', { threshold: c.frozen.threshold })
              : format.number(c.frozen.cases),
          exemptions: format.number(c.exemptions5a),
          absolute: format.number(c.absoluteAbsence),
        }),
    );
    setSending(false);
    if (data) onTaken(data.takeCensus.id);
  };

  const field = (
    id: CensusField,
    label: string,
    value: string,
    onChange: (value: string) => void,
    props: { type: 'date' | 'number'; hint?: string },
  ) => (
    <FormField>
      <FormLabel htmlFor={`census-${id}`}>{label}</FormLabel>
      {props.hint && <FormFieldDescription id={`census-${id}-hint`}>{props.hint}</FormFieldDescription>}
      <Textbox
        id={`census-${id}`}
        type={props.type}
        inputMode={props.type === 'number' ? 'numeric' : undefined}
        min={props.type === 'number' ? 0 : undefined}
        max={props.type === 'date' ? dutchDate() : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          if (at(id)) clear();
        }}
        required
        invalid={Boolean(at(id))}
        aria-describedby={
          [props.hint ? `census-${id}-hint` : '', at(id) ? `census-${id}-outcome` : ''].filter(Boolean).join(' ') ||
          undefined
        }
      />
      <OutcomeMessage outcome={at(id)} id={`census-${id}-outcome`} />
    </FormField>
  );

  const shown = (value: string) => (count(value) === null ? t('reports.take.notFilled') : format.number(count(value)));
  return (
    <form className="aanwezig-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="take-census" noValidate>
      <Heading2 id="take-census">{t('reports.take.title')}</Heading2>
      <Paragraph>{t('reports.take.intro')}</Paragraph>
      {field('date', t('reports.take.date'), date, setDate, {
        type: 'date',
        hint: latestDate
          ? t('reports.take.dateHint', { latest: format.date(latestDate) })
          : t('reports.take.dateHintFirst'),
      })}
      {field('exemptions5a', t('reports.exemptions'), exemptions, setExemptions, {
        type: 'number',
        hint: t('reports.take.countHint'),
      })}
      {field('absoluteAbsence', t('reports.absolute'), absolute, setAbsolute, {
        type: 'number',
        hint: t('reports.take.countHint'),
      })}
      <ConfirmButton
        appearance="secondary-action-button"
        disabled={sending}
        // Checked before asking: a form that is not complete says what to change, next to the field, and asks nothing.
        check={() => {
          const wrong = problem();
          if (wrong) refuse(wrong.text, wrong.field);
          return !wrong;
        }}
        title={t('reports.take.confirmTitle', { date: format.date(date) })}
        consequence={t('reports.take.consequence', {
          date: format.date(date),
          exemptions: shown(exemptions),
          absolute: shown(absolute),
        })}
        confirmLabel={t('reports.take.confirm')}
        onConfirm={() => void freeze()}
      >
        {t('reports.take.submit')}
      </ConfirmButton>
      <OutcomeMessage outcome={atButton} />
    </form>
  );
}
