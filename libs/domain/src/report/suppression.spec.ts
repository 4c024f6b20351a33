import { describe, expect, it } from 'vitest';
import { suppress, type SuppressionResult } from './suppression';

/** Every stated sum hides none or at least two of its members: no single hidden cell follows by subtraction. */
function expectNoSingleHidden(result: SuppressionResult, known: ReadonlySet<number> = new Set()) {
  const rows = result.cells.length;
  const columns = result.columnTotals.length;
  const hiddenFor = (r: number | null, flag: boolean) => flag && !(r !== null && known.has(r));
  for (let r = 0; r < rows; r++) {
    const n = result.cells[r].filter((h) => hiddenFor(r, h)).length + (hiddenFor(r, result.rowTotals[r]) ? 1 : 0);
    expect(n === 0 || n >= 2, `row ${r}`).toBe(true);
  }
  for (let c = 0; c < columns; c++) {
    const n = result.cells.filter((row, r) => hiddenFor(r, row[c])).length + (result.columnTotals[c] ? 1 : 0);
    expect(n === 0 || n >= 2, `column ${c}`).toBe(true);
  }
  const totals = result.rowTotals.filter((h, r) => hiddenFor(r, h)).length + (result.grandTotal ? 1 : 0);
  expect(totals === 0 || totals >= 2, 'row totals').toBe(true);
  const columnTotals = result.columnTotals.filter(Boolean).length + (result.grandTotal ? 1 : 0);
  expect(columnTotals === 0 || columnTotals >= 2, 'column totals').toBe(true);
}

/** No stated sum with a shown total has hidden parts that add up to 0 (each would then be 0). */
function expectNoZeroRest(cells: number[][], result: SuppressionResult, known: ReadonlySet<number> = new Set()) {
  const hiddenFor = (r: number, flag: boolean) => flag && !known.has(r);
  cells.forEach((row, r) => {
    const hidden = row.filter((_, c) => hiddenFor(r, result.cells[r][c]));
    if (!hiddenFor(r, result.rowTotals[r]) && hidden.length > 1)
      expect(
        hidden.reduce((a, b) => a + b, 0),
        `row ${r}`,
      ).toBeGreaterThan(0);
  });
  for (let c = 0; c < result.columnTotals.length; c++) {
    const hidden = cells.filter((_, r) => hiddenFor(r, result.cells[r][c])).map((row) => row[c]);
    if (!result.columnTotals[c] && hidden.length > 1)
      expect(
        hidden.reduce((a, b) => a + b, 0),
        `column ${c}`,
      ).toBeGreaterThan(0);
  }
}

describe('suppress', () => {
  it('does not let hidden cells that add up to 0 beside a shown total give themselves away (an outsider found [<5, 5, <5, <5] with total 5)', () => {
    const cells = [
      [0, 5, 0, 0],
      [20, 30, 40, 50],
      [25, 35, 45, 55],
    ];
    const result = suppress({ cells, threshold: 5 });
    expect(result.cells[0][0] && result.cells[0][2] && result.cells[0][3]).toBe(true);
    // Row 0 now hides its 5 or its total as well, so its hidden part no longer follows as 0.
    expect(result.cells[0][1] || result.rowTotals[0]).toBe(true);
    expectNoSingleHidden(result);
    expectNoZeroRest(cells, result);
  });

  it('hides every cell under the threshold, zero included, and nothing at or above it when no sum needs more', () => {
    const result = suppress({
      cells: [
        [10, 20],
        [30, 40],
      ],
      threshold: 5,
    });
    expect(result.cells).toEqual([
      [false, false],
      [false, false],
    ]);
    const small = suppress({
      cells: [
        [3, 0, 20],
        [4, 6, 30],
      ],
      threshold: 5,
    });
    expect(small.cells[0][0] && small.cells[0][1] && small.cells[1][0]).toBe(true);
    expectNoSingleHidden(small);
  });

  it('hides a second cell where one hidden cell could be recovered from a total', () => {
    // Row 0: 3 + 10 + 12 = 25 with 3 hidden alone would be 25 - 10 - 12.
    const result = suppress({
      cells: [
        [3, 10, 12],
        [20, 30, 40],
      ],
      threshold: 5,
    });
    expect(result.cells[0][0]).toBe(true);
    expect(result.cells[0][1]).toBe(true); // the smallest other member of row 0
    expectNoSingleHidden(result);
  });

  it('never needs a known row to protect, and protects others from the viewer who knows it', () => {
    // The viewer knows row 0 (their school). In column 0, row 1's 2 would follow from 2 + 3 = 5 minus their own 3.
    const known = new Set([0]);
    const result = suppress({
      cells: [
        [3, 40],
        [2, 50],
        [9, 60],
      ],
      threshold: 5,
      knownRows: known,
    });
    expect(result.cells[0]).toEqual([false, false]);
    expect(result.cells[1][0]).toBe(true);
    expectNoSingleHidden(result, known);
  });

  it('leaves no single hidden member, and no hidden parts adding up to 0, in any sum over many random tables', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 6);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(random() * random() * 20)),
      );
      const known = new Set(random() < 0.5 ? [0] : []);
      const result = suppress({ cells, threshold: 5, knownRows: known });
      expectNoSingleHidden(result, known);
      expectNoZeroRest(cells, result, known);
    }
  });
});
