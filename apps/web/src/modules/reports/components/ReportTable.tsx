import { useTranslation } from 'react-i18next';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReportCellFieldsFragment, ReportTableFieldsFragment } from '../../../generated/graphql';
import { TableScroll } from '../../shared/TableScroll';
import { useFormat } from '../../shared/use-format';

/** A count, or "<5" with an explanation for screen readers when it is suppressed. */
export function Count({ cell, threshold }: { cell: ReportCellFieldsFragment; threshold: number }) {
  const { t } = useTranslation();
  if (cell.suppressed) return <abbr title={t('reports.suppressed', { threshold })}>{`<${threshold}`}</abbr>;
  return <>{cell.count ?? '–'}</>;
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
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('reports.school')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reports.pupils')}</TableHeaderCell>
            {table.totals.map((c) => (
              <TableHeaderCell key={c.group} scope="col">
                {t(`reports.group.${c.group}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('reports.total')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('reports.share')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.schoolId}>
              <TableHeaderCell scope="row">
                {row.schoolName}
                {ownSchoolIds.includes(row.schoolId) && <> ({t('reports.ownSchool')})</>}
              </TableHeaderCell>
              <TableCell>{row.population}</TableCell>
              {row.cells.map((c) => (
                <TableCell key={c.group}>
                  <Count cell={c} threshold={threshold} />
                </TableCell>
              ))}
              <TableCell>
                <Count cell={row.total} threshold={threshold} />
              </TableCell>
              <TableCell>{format.percent(row.share)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t('reports.region')}</TableHeaderCell>
            <TableCell>{table.population}</TableCell>
            {table.totals.map((c) => (
              <TableCell key={c.group}>
                <Count cell={c} threshold={threshold} />
              </TableCell>
            ))}
            <TableCell>
              <Count cell={table.grandTotal} threshold={threshold} />
            </TableCell>
            <TableCell>{format.percent(table.share)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableScroll>
  );
}
