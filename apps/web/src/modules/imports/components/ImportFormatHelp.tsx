import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { AbsenceMapping } from '../../../generated/graphql';
import { DataTable } from '../../shared/DataTable';
import { QueryState } from '../../shared/QueryState';
import { saveBlob } from '../../shared/download';
import { useImportFormats } from '../hooks/use-imports';
import { templateCsv } from '../lib/template';

/**
 * Why a line can be refused, each said as the server says it (the catalogue's text under
 * `errors.attendance.row.*`), with an example: the reasons a person meets in the result table.
 */
const REFUSALS: [reason: string, params: Record<string, string | number>][] = [
  [
    'mappingHeader',
    {
      context: 'suggest',
      mapping: 'MAGISTER',
      found: 'pupil_ref, date, …',
      missing: 'stamnr / stamnummer, …',
      suggested: 'CANONICAL',
    },
  ],
  ['fieldCount', { count: 7, header: 8, delimiter: ',' }],
  ['pupilMissing', {}],
  ['unknownPupil', { pupil: '123456', school: 'Het Baken College' }],
  ['notADate', { value: '9-11-2026' }],
  ['notATime', { value: '8.30' }],
  ['notMinutes', { value: '50,5', min: 1, max: 1440 }],
  ['endNotAfterStart', {}],
  ['minutesContradictTimes', { minutes: 60, start: '08:30', end: '09:20', span: 50 }],
  ['noDuration', {}],
  ['notALessonHour', { value: '0', min: 1, max: 15 }],
  ['notABoolean', { value: 'soms' }],
  [
    'unknownReason',
    { value: 'ZIEK', reasons: 'SICK, MEDICAL, LATE, TRUANCY, LUXURY_LEAVE, SUSPENSION, EXEMPT, OTHER' },
  ],
  ['unauthorisedAhead', { date: '2026-12-24' }],
  ['beforeBirth', { date: '2010-01-04', pupil: '123456' }],
  ['outsidePeriod', { date: '2026-08-20', from: '2026-09-01', to: '2026-12-31' }],
  ['duplicate_lesson', { lessonHour: 1, first: 2 }],
  ['notUtf8', { lines: '4' }],
];

/** Today in the Netherlands, YYYY-MM-DD (the template's example day). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * What the file must look like: the canonical format's columns (CONTRACT.md) and, for the mapping
 * chosen, the header names it reads them from (from the API, which reads the file); the values of
 * `authorised` and `reason`; why a line can be refused; and a template to start from.
 */
export function ImportFormatHelp({ mapping }: { mapping: AbsenceMapping }) {
  const { t } = useTranslation();
  const formats = useImportFormats();
  const format = formats.data?.absenceImportFormats.find((f) => f.mapping === mapping);
  const download = () =>
    saveBlob(new Blob([templateCsv('123456', today())], { type: 'text/csv;charset=utf-8' }), 'verzuim-sjabloon.csv');

  return (
    <section aria-labelledby="import-format" className="aanwezig-import-help">
      <Heading2 id="import-format">{t('imports.help.title')}</Heading2>
      <Paragraph>{t('imports.help.intro')}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={download}>
        {t('imports.help.template')}
      </Button>
      <Paragraph>{t('imports.help.templateNote')}</Paragraph>
      {!format ? (
        <QueryState query={formats} />
      ) : (
        <>
          <Heading3>{t('imports.help.columnsTitle', { mapping: t(`imports.mappings.${mapping}`) })}</Heading3>
          <Paragraph>
            {t(format.dateFormat === 'DMY' ? 'imports.help.datesDmy' : 'imports.help.datesIso')}{' '}
            {mapping === 'CANONICAL' ? t('imports.help.canonicalNote') : t('imports.help.mappingNote')}
          </Paragraph>
          <DataTable
            caption={t('imports.help.columnsCaption', { mapping: t(`imports.mappings.${mapping}`) })}
            rows={format.columns}
            rowKey={(c) => c.column}
            columns={[
              {
                key: 'column',
                header: t('imports.help.column'),
                rowHeader: true,
                cell: (c) => <code>{c.column}</code>,
              },
              {
                key: 'names',
                header: t('imports.help.names'),
                cell: (c) => c.names.join(` ${t('imports.help.or')} `),
              },
              {
                key: 'required',
                header: t('imports.help.required'),
                cell: (c) => t(c.required ? 'imports.help.yes' : 'imports.help.no'),
              },
              { key: 'what', header: t('imports.help.what'), cell: (c) => t(`imports.help.columns.${c.column}`) },
            ]}
          />
          <Heading3>{t('imports.help.valuesTitle')}</Heading3>
          <Paragraph>{t('imports.help.authorisedValues', { values: format.authorisedValues.join(', ') })}</Paragraph>
          <DataTable
            caption={t('imports.help.reasonsCaption')}
            rows={format.reasonValues}
            rowKey={(r) => r.value}
            columns={[
              { key: 'value', header: t('imports.help.value'), rowHeader: true, cell: (r) => <code>{r.value}</code> },
              { key: 'reason', header: t('imports.help.meaning'), cell: (r) => t(`imports.help.reasons.${r.reason}`) },
            ]}
          />
        </>
      )}
      <Heading3>{t('imports.help.refusalsTitle')}</Heading3>
      <Paragraph>{t('imports.help.refusalsIntro')}</Paragraph>
      <UnorderedList>
        {REFUSALS.map(([reason, params]) => (
          <UnorderedListItem key={reason}>{t(`errors.attendance.row.${reason}`, params)}</UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
