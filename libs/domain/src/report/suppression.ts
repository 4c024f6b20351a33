/**
 * Small-cell suppression for a table with row and column totals (schools × categories). Primary: every
 * cell under the threshold is hidden, zero included. Secondary: in every sum the table states (a row
 * and its total, a column and its total, the totals and the grand total), a single hidden member
 * could be recovered by subtraction, and so could several that add up to 0 beside a shown total (each
 * is then 0), so the smallest other visible member is hidden too, until no sum gives a hidden one away. Cells the viewer already knows (their own school) are never chosen,
 * and do not count as hidden for them.
 */
export interface SuppressionInput {
  /** cells[r][c]: the interior counts; rows sum to the row totals, columns to the column totals. */
  cells: number[][];
  threshold: number;
  /** Rows the viewer may see in full (their own school). */
  knownRows?: ReadonlySet<number>;
}

export interface SuppressionResult {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
}

type CellRef =
  | { kind: 'cell'; r: number; c: number }
  | { kind: 'row'; r: number }
  | { kind: 'column'; c: number }
  | { kind: 'grand' };

export function suppress({ cells, threshold, knownRows = new Set() }: SuppressionInput): SuppressionResult {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const rowTotal = (r: number) => cells[r].reduce((a, b) => a + b, 0);
  const columnTotal = (c: number) => cells.reduce((a, row) => a + row[c], 0);
  const grand = cells.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);

  const hidden = new Map<string, boolean>();
  const key = (ref: CellRef) =>
    ref.kind === 'cell'
      ? `c${ref.r}.${ref.c}`
      : ref.kind === 'row'
        ? `r${ref.r}`
        : ref.kind === 'column'
          ? `k${ref.c}`
          : 'g';
  const value = (ref: CellRef) =>
    ref.kind === 'cell'
      ? cells[ref.r][ref.c]
      : ref.kind === 'row'
        ? rowTotal(ref.r)
        : ref.kind === 'column'
          ? columnTotal(ref.c)
          : grand;
  /** Cells that follow from the viewer's own rows alone: theirs to see, never chosen to protect others. */
  const derived = new Set<string>();
  const known = (ref: CellRef) =>
    derived.has(key(ref)) || ((ref.kind === 'cell' || ref.kind === 'row') && knownRows.has(ref.r));

  const all: CellRef[] = [
    ...cells.flatMap((row, r) => row.map((_, c) => ({ kind: 'cell', r, c }) as CellRef)),
    ...cells.map((_, r) => ({ kind: 'row', r }) as CellRef),
    ...Array.from({ length: columns }, (_, c) => ({ kind: 'column', c }) as CellRef),
    { kind: 'grand' },
  ];
  for (const ref of all) hidden.set(key(ref), !known(ref) && value(ref) < threshold);

  // Each sum the table states: its parts and its total.
  const sums: CellRef[][] = [
    ...Array.from({ length: rows }, (_, r) => [
      ...Array.from({ length: columns }, (_, c) => ({ kind: 'cell', r, c }) as CellRef),
      { kind: 'row', r } as CellRef,
    ]),
    ...Array.from({ length: columns }, (_, c) => [
      ...Array.from({ length: rows }, (_, r) => ({ kind: 'cell', r, c }) as CellRef),
      { kind: 'column', c } as CellRef,
    ]),
    [...Array.from({ length: rows }, (_, r) => ({ kind: 'row', r }) as CellRef), { kind: 'grand' }],
    [...Array.from({ length: columns }, (_, c) => ({ kind: 'column', c }) as CellRef), { kind: 'grand' }],
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const members of sums) {
      const hiddenMembers = members.filter((m) => hidden.get(key(m)));
      // Several hidden parts beside a shown total still give themselves away when what they add up to
      // is 0 (total minus the shown parts): every one of them is then 0.
      const total = members[members.length - 1];
      const addUpToZero =
        hiddenMembers.length > 1 &&
        !hidden.get(key(total)) &&
        hiddenMembers.reduce((sum, m) => sum + value(m), 0) === 0;
      if (hiddenMembers.length !== 1 && !addUpToZero) continue;
      // Hide the smallest visible member the viewer does not know already; parts before the total.
      const candidates = members.filter((m) => !hidden.get(key(m)) && !known(m)).sort((a, b) => value(a) - value(b));
      if (candidates.length > 0) hidden.set(key(candidates[0]), true);
      // Otherwise every other member is the viewer's own: the hidden ones follow from what they know anyway.
      else {
        for (const m of hiddenMembers) {
          hidden.set(key(m), false);
          derived.add(key(m));
        }
      }
      changed = true;
    }
  }
  return {
    cells: cells.map((row, r) => row.map((_, c) => hidden.get(key({ kind: 'cell', r, c }))!)),
    rowTotals: cells.map((_, r) => hidden.get(key({ kind: 'row', r }))!),
    columnTotals: Array.from({ length: columns }, (_, c) => hidden.get(key({ kind: 'column', c }))!),
    grandTotal: hidden.get('g')!,
  };
}
