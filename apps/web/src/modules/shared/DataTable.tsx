import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { TableScroll } from './TableScroll';
import { bodyRows, headerCells, type Column } from './table';

export type { Column } from './table';

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The table's caption, which names it. */
  caption?: string;
  /**
   * The name of the region that scrolls the table sideways on a narrow screen; the caption when not
   * given. A table with neither stays in the page's flow.
   */
  scrollLabel?: string;
  /** Class names beside `utrecht-table`. */
  className?: string;
  'aria-describedby'?: string;
}

/**
 * A table of the NL Design System (Utrecht): caption, a header row of `th scope="col"`, a body row per
 * item whose naming cell is a `th scope="row"`. It scrolls sideways in a named, focusable region, so a
 * wide table stays usable on a tablet and by keyboard.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  scrollLabel,
  className,
  'aria-describedby': describedBy,
}: DataTableProps<Row>) {
  const table = (
    <Table className={className} aria-describedby={describedBy}>
      {caption && <TableCaption>{caption}</TableCaption>}
      <TableHeader>
        <TableRow>
          {headerCells(columns).map((h) => (
            <TableHeaderCell key={h.key} scope="col">
              {h.content}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {bodyRows(columns, rows, rowKey).map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell) =>
              cell.rowHeader ? (
                <TableHeaderCell key={cell.key} scope="row" className={cell.className}>
                  {cell.content}
                </TableHeaderCell>
              ) : (
                <TableCell key={cell.key} className={cell.className}>
                  {cell.content}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  const label = scrollLabel ?? caption;
  return label ? <TableScroll label={label}>{table}</TableScroll> : table;
}
