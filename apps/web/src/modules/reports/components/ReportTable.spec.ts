import { describe, expect, it } from 'vitest';
import type { ReportTableFieldsFragment } from '../../../generated/graphql';
import { reportRows } from './ReportTable';

const cell = (group: string, count: number | null, suppressed = false) => ({
  group,
  label: group,
  count,
  suppressed,
});

const table: ReportTableFieldsFragment = {
  dimension: 'CATEGORY',
  population: 900,
  share: 1.2,
  rows: [
    {
      schoolId: 'baken',
      schoolName: 'Het Baken College',
      population: 600,
      share: 1,
      cells: [cell('UNAUTHORISED_HOME', 6)],
      total: cell('TOTAL', 6),
    },
    {
      schoolId: 'duinzicht',
      schoolName: 'Duinzicht Lyceum',
      population: 300,
      share: null,
      cells: [cell('UNAUTHORISED_HOME', null, true)],
      total: cell('TOTAL', null, true),
    },
  ],
  totals: [cell('UNAUTHORISED_HOME', 8)],
  grandTotal: cell('TOTAL', 8),
} as ReportTableFieldsFragment;

describe('the rows of an MSA table', () => {
  it('lists the schools in the order the report gives them, then the region with its totals', () => {
    const rows = reportRows(table);
    expect(rows.map((r) => ('school' in r ? r.school.schoolName : 'region'))).toEqual([
      'Het Baken College',
      'Duinzicht Lyceum',
      'region',
    ]);
    expect(rows[2]).toEqual({ region: table });
  });

  it('has only the region for a table without schools', () => {
    expect(reportRows({ ...table, rows: [] })).toEqual([{ region: { ...table, rows: [] } }]);
  });
});
