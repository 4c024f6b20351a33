import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { AbsenceMapping, ImportAbsencesMutation as ImportResult } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { useImportAbsences, useImportProgress } from '../hooks/use-imports';
import { decodeFile, type FileEncoding } from '../lib/decode-file';
import { serverText } from '../../shared/error-message';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';
import { ImportFormatHelp } from './ImportFormatHelp';
import { DataTable } from '../../shared/DataTable';
import { positionalColumns } from '../../shared/table';
import { useFormat } from '../../shared/use-format';

const MAPPINGS: AbsenceMapping[] = ['CANONICAL', 'MAGISTER', 'SOMTODAY', 'PARNASSYS', 'ESIS'];
const PREVIEW_ROWS = 5;

/**
 * An absence file from the registration system: a preview of its first lines, then the import with
 * progress, and every rejected line with its line number and reason. All or nothing unless chosen.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const importProgress = useImportProgress();
  // The schools the user imports for: where they are a coordinator or leader (the API checks per school).
  const schools = [
    ...new Map(
      (me?.memberships ?? [])
        .filter((m) => managesSchool(me, m.organisation.id))
        .map((m) => [m.organisation.id, m.organisation]),
    ).values(),
  ];
  const [schoolId, setSchoolId] = useState('');
  const [mapping, setMapping] = useState<AbsenceMapping>('CANONICAL');
  const [keepGoodRows, setKeepGoodRows] = useState(false);
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [file, setFile] = useState<{ name: string; text: string; encoding: FileEncoding } | null>(null);
  const [progress, setProgress] = useState<{ processed: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult['importAbsences'] | null>(null);
  const { outcome, run, clear } = useOutcome();
  const [{ fetching }, runImport] = useImportAbsences();
  const poll = useRef<number | null>(null);
  const school = schoolId || schools[0]?.id || '';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setResult(null);
    clear();
    setFile(chosen ? { name: chosen.name, ...decodeFile(new Uint8Array(await chosen.arrayBuffer())) } : null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const importId = `web-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    setProgress({ processed: 0, total: 0 });
    poll.current = window.setInterval(async () => {
      const now = await importProgress(importId);
      if (now) setProgress(now);
    }, 500);
    setResult(null);
    const data = await run(
      () =>
        runImport({
          input: {
            schoolId: school,
            csv: file.text,
            mapping,
            keepGoodRows,
            importId,
            from: period.from || null,
            to: period.to || null,
          },
        }),
      (answer) => said(answer.importAbsences),
    );
    if (poll.current !== null) window.clearInterval(poll.current);
    setProgress(null);
    if (data) setResult(data.importAbsences);
  };

  /** What the import did, said next to its button: the counts, or why nothing (or not all) was saved. */
  const said = (r: ImportResult['importAbsences']): string => {
    // A fault of the file as a whole (its header, its encoding) is said itself: no line of it was read.
    const whole = r.errors.find((e) => e.line <= 1 && !e.field);
    const text = (e: ImportResult['importAbsences']['errors'][number]) =>
      serverText({ message: e.message, extensions: { reason: e.reason, params: e.params } });
    if (whole)
      return whole.reason === 'attendance.row.mappingHeader'
        ? text(whole)
        : t('imports.outcome.fileRefused', { reason: text(whole) });
    if (r.rejected) return t('imports.rejectedSummary');
    return t('imports.summary', {
      imported: r.imported,
      changed: r.changed,
      removed: r.removed,
      already: r.alreadyPresent,
      signals: r.signalsRaised,
      withdrawn: r.signalsWithdrawn,
      from: format.date(r.from),
      to: format.date(r.to),
    });
  };

  const lines = file?.text.split(/\r?\n/).filter((l) => l.trim() !== '') ?? [];
  const separator = lines[0]?.includes(';') ? ';' : ',';
  const preview = lines.slice(0, PREVIEW_ROWS + 1).map((l) => l.split(separator));
  return (
    <main id="main">
      <Heading1>{t('imports.title')}</Heading1>
      <Paragraph>{t('imports.intro')}</Paragraph>
      {schools.length === 0 ? (
        <Paragraph>{t('imports.noSchool')}</Paragraph>
      ) : (
        <form className="aanwezig-form" onSubmit={(e) => void submit(e)}>
          {schools.length > 1 && (
            <FormField>
              <FormLabel htmlFor="import-school">{t('imports.school')}</FormLabel>
              <Select id="import-school" value={school} onChange={(e) => setSchoolId(e.target.value)}>
                {schools.map((s) => (
                  <SelectOption key={s.id} value={s.id}>
                    {s.name}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          )}
          <FormField>
            <FormLabel htmlFor="import-mapping">{t('imports.mapping')}</FormLabel>
            <Select id="import-mapping" value={mapping} onChange={(e) => setMapping(e.target.value as AbsenceMapping)}>
              {MAPPINGS.map((m) => (
                <SelectOption key={m} value={m}>
                  {t(`imports.mappings.${m}`)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <div className="aanwezig-field">
            <FormLabel htmlFor="import-file">{t('imports.file')}</FormLabel>
            <input id="import-file" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e)} />
          </div>
          <fieldset className="aanwezig-fieldset">
            <legend>{t('imports.period')}</legend>
            <Paragraph id="import-period-help">{t('imports.periodHelp')}</Paragraph>
            <FormLabel htmlFor="import-from">{t('imports.from')}</FormLabel>
            <input
              id="import-from"
              type="date"
              value={period.from}
              aria-describedby="import-period-help"
              onChange={(e) => setPeriod({ ...period, from: e.target.value })}
            />
            <FormLabel htmlFor="import-to">{t('imports.to')}</FormLabel>
            <input
              id="import-to"
              type="date"
              value={period.to}
              min={period.from || undefined}
              aria-describedby="import-period-help"
              onChange={(e) => setPeriod({ ...period, to: e.target.value })}
            />
          </fieldset>
          <FormField type="checkbox">
            <Checkbox id="import-keep" checked={keepGoodRows} onChange={(e) => setKeepGoodRows(e.target.checked)} />
            <FormLabel htmlFor="import-keep" type="checkbox">
              {t('imports.keepGoodRows')}
            </FormLabel>
          </FormField>
          {file && (
            <section aria-labelledby="import-preview">
              <Heading2 id="import-preview">
                {t('imports.preview', { name: file.name, count: Math.max(0, lines.length - 1) })}
              </Heading2>
              {file.encoding !== 'utf-8' && <Paragraph role="note">{t(`imports.encoding.${file.encoding}`)}</Paragraph>}
              <DataTable
                scrollLabel={t('imports.preview', { name: file.name, count: Math.max(0, lines.length - 1) })}
                columns={positionalColumns(preview[0] ?? [])}
                rows={preview.slice(1)}
                rowKey={(_, r) => String(r)}
              />
            </section>
          )}
          <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={!file}>
            {t('imports.submit')}
          </Button>
          {/* Next to the button: what the import did, or why it did not. */}
          <OutcomeMessage outcome={outcome} />
        </form>
      )}
      {progress && (
        <Paragraph role="status">
          {t('imports.progress', { processed: progress.processed, total: progress.total })}
          <progress
            max={Math.max(1, progress.total)}
            value={progress.processed}
            aria-label={t('imports.progressLabel')}
          />
        </Paragraph>
      )}
      {result && (
        <section aria-labelledby="import-result">
          <Heading2 id="import-result">{result.rejected ? t('imports.rejected') : t('imports.done')}</Heading2>
          {result.errors.length > 0 && (
            <DataTable
              scrollLabel={t('imports.errorsTitle')}
              rows={result.errors}
              rowKey={(_, i) => String(i)}
              columns={[
                { key: 'line', header: t('imports.line'), cell: (e) => e.line },
                { key: 'field', header: t('imports.field'), cell: (e) => e.field ?? '–' },
                {
                  key: 'why',
                  header: t('imports.why'),
                  cell: (e) => serverText({ message: e.message, extensions: { reason: e.reason, params: e.params } }),
                },
              ]}
            />
          )}
        </section>
      )}
      {schools.length > 0 && <ImportFormatHelp mapping={mapping} />}
    </main>
  );
}
