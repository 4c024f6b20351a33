import { describe, expect, it } from 'vitest';
import { bodyRows, headerCells, positionalColumns, type Column } from './table';

interface Week {
  week: number;
  hours: number | null;
}

const columns: Column<Week>[] = [
  { key: 'week', header: 'Week', rowHeader: true, cell: (w) => `week ${w.week}` },
  {
    key: 'hours',
    header: 'Uren',
    cell: (w) => w.hours ?? '–',
    cellClassName: (w) => (w.hours === null ? 'aanwezig-shielded' : undefined),
  },
];

describe('table layout', () => {
  it('has a column header per column, in order', () => {
    expect(headerCells(columns)).toEqual([
      { key: 'week', content: 'Week' },
      { key: 'hours', content: 'Uren' },
    ]);
  });

  it('refuses two columns with the same key, which React could not tell apart', () => {
    expect(() => headerCells([...columns, { key: 'week', header: 'Again', cell: () => '' }])).toThrow(/"week"/);
  });

  it('makes a row per item, its naming cell a row header, with extra classes only where asked', () => {
    const rows = bodyRows(
      columns,
      [
        { week: 47, hours: 2.5 },
        { week: 48, hours: null },
      ],
      (w) => String(w.week),
    );
    expect(rows).toEqual([
      {
        key: '47',
        cells: [
          { key: 'week', rowHeader: true, className: undefined, content: 'week 47' },
          { key: 'hours', rowHeader: false, className: undefined, content: 2.5 },
        ],
      },
      {
        key: '48',
        cells: [
          { key: 'week', rowHeader: true, className: undefined, content: 'week 48' },
          { key: 'hours', rowHeader: false, className: 'aanwezig-shielded', content: '–' },
        ],
      },
    ]);
  });

  it('passes each row its position, for tables whose rows have no identity of their own', () => {
    const rows = bodyRows([{ key: 'n', header: 'N', cell: (_: string, i: number) => i + 1 }], ['a', 'b'], (_, i) =>
      String(i),
    );
    expect(rows.map((r) => [r.key, r.cells[0].content])).toEqual([
      ['0', 1],
      ['1', 2],
    ]);
  });

  it('shows a file by position: a column per header, a short line padded', () => {
    const csv = positionalColumns(['pupil_ref', 'date', 'minutes']);
    expect(headerCells(csv).map((h) => h.content)).toEqual(['pupil_ref', 'date', 'minutes']);
    expect(
      bodyRows(csv, [['BA1001', '2026-03-02', '50'], ['BA1002']], (_, i) => String(i)).map((r) =>
        r.cells.map((c) => c.content),
      ),
    ).toEqual([
      ['BA1001', '2026-03-02', '50'],
      ['BA1002', '', ''],
    ]);
  });
});
