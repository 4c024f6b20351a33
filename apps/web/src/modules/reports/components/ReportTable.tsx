import { useTranslation } from 'react-i18next';
import type { ReportCellFieldsFragment, ReportTableFieldsFragment } from '../../../generated/graphql';
import { DataTable, type Column } from '../../shared/DataTable';
import { useFormat } from '../../shared/use-format';

/** A count, or "<5" with an explanation for screen readers when it is suppressed. */
export function Count({ cell, threshold }: { cell: ReportCellFieldsFragment; threshold: number }) {
  const { t } = useTranslation();
  if (cell.suppressed) return <abbr title={t('reports.suppressed', { threshold })}>{`<${threshold}`}</abbr>;
  return <>{cell.count ?? '–'}</>;
}

type SchoolRow = ReportTableFieldsFragment['rows'][number];

/** A row of the table: a school, or the region's totals below them. */
export type ReportRow = { school: SchoolRow } | { region: ReportTableFieldsFragment };

/** The schools in the table's order, then the region. */
export function reportRows(table: ReportTableFieldsFragment): ReportRow[] {
  return [...table.rows.map((school) => ({ school })), { region: table }];
}

/** Schools × groups with row and region totals; the viewer's own schools are marked. */
export function ReportTable({
  table,
  caption,
  threshold,
  ownSchoolIds,
}: {
  table: ReportTableFieldsFragment;
  caption: string;
  threshold: number;
  ownSchoolIds: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<ReportRow>[] = [
    {
      key: 'school',
      header: t('reports.school'),
      rowHeader: true,
      cell: (row) =>
        'school' in row ? (
          <>
            {row.school.schoolName}
            {ownSchoolIds.includes(row.school.schoolId) && <> ({t('reports.ownSchool')})</>}
          </>
        ) : (
          t('reports.region')
        ),
    },
    {
      key: 'pupils',
      header: t('reports.pupils'),
      cell: (row) => ('school' in row ? row.school.population : row.region.population),
    },
    // A column per group, in the order of the region's totals; a school's cells come in the same order.
    ...table.totals.map((group, i) => ({
      key: group.group,
      header: t(`reports.group.${group.group}`),
      cell: (row: ReportRow) => {
        const cell = 'school' in row ? row.school.cells[i] : row.region.totals[i];
        return cell ? <Count cell={cell} threshold={threshold} /> : null;
      },
    })),
    {
      key: 'total',
      header: t('reports.total'),
      cell: (row) => <Count cell={'school' in row ? row.school.total : row.region.grandTotal} threshold={threshold} />,
    },
    {
      key: 'share',
      header: t('reports.share'),
      cell: (row) => format.percent('school' in row ? row.school.share : row.region.share),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={reportRows(table)}
      rowKey={(row) => ('school' in row ? row.school.schoolId : 'region')}
    />
  );
}
