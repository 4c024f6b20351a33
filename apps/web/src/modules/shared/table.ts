import type { ReactNode } from 'react';

/** One column of a `DataTable`: its header, and what each row shows in it. */
export interface Column<Row> {
  /** Unique within the table: the React key of the column's cells. */
  key: string;
  /** The column header (a `th scope="col"`). */
  header: ReactNode;
  /** What a row shows in this column. */
  cell: (row: Row, index: number) => ReactNode;
  /** The cells of this column name their row: header cells with `scope="row"` (usually the first column). */
  rowHeader?: boolean;
  /** Class names beside the table's own, per cell (e.g. to colour a state). */
  cellClassName?: (row: Row) => string | undefined;
}

export interface HeaderCellLayout {
  key: string;
  content: ReactNode;
}

export interface CellLayout {
  key: string;
  /** A row header (`th scope="row"`) rather than a data cell (`td`). */
  rowHeader: boolean;
  className?: string;
  content: ReactNode;
}

export interface RowLayout {
  key: string;
  cells: CellLayout[];
}

/** The header row: one column header per column, in order. Refuses two columns with the same key. */
export function headerCells<Row>(columns: readonly Column<Row>[]): HeaderCellLayout[] {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.key)) throw new Error(`Two table columns share the key "${column.key}"`);
    seen.add(column.key);
  }
  return columns.map((column) => ({ key: column.key, content: column.header }));
}

/** The body: a row per item, keyed by `rowKey`, with a cell per column. */
export function bodyRows<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowKey: (row: Row, index: number) => string,
): RowLayout[] {
  return rows.map((row, index) => ({
    key: rowKey(row, index),
    cells: columns.map((column) => ({
      key: column.key,
      rowHeader: Boolean(column.rowHeader),
      className: column.cellClassName?.(row) || undefined,
      content: column.cell(row, index),
    })),
  }));
}

/**
 * Columns for a list of texts by position, e.g. a CSV file's header and lines: column i shows the row's
 * i-th value ('' when the row is shorter).
 */
export function positionalColumns(headers: readonly string[]): Column<readonly string[]>[] {
  return headers.map((header, i) => ({ key: String(i), header, cell: (row) => row[i] ?? '' }));
}
