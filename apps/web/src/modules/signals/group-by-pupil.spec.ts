import { describe, expect, it } from 'vitest';
import { groupByPupil, newestFirst } from './group-by-pupil';

const signal = (id: string, raisedAt: string, pupil: string | null) => ({
  id,
  raisedAt,
  pupil: pupil ? { id: pupil } : null,
});

describe('groupByPupil', () => {
  it("puts each pupil's signals in one group, in the order of each pupil's newest signal", () => {
    const signals = [
      signal('s1', '2026-11-30T10:00:00.000Z', 'anna'),
      signal('s2', '2026-11-29T10:00:00.000Z', 'bram'),
      signal('s3', '2026-11-28T10:00:00.000Z', 'anna'),
    ];
    expect(groupByPupil(signals).map((g) => [g.key, g.signals.map((s) => s.id)])).toEqual([
      ['pupil:anna', ['s1', 's3']],
      ['pupil:bram', ['s2']],
    ]);
  });

  it('never groups signals whose pupil is shielded: each stands alone', () => {
    const groups = groupByPupil([
      signal('s1', '2026-11-30T10:00:00.000Z', null),
      signal('s2', '2026-11-29T10:00:00.000Z', null),
    ]);
    expect(groups.map((g) => g.signals.length)).toEqual([1, 1]);
  });
});

describe('newestFirst', () => {
  it('orders as the server pages: newest raised first, then by id', () => {
    const sorted = [
      signal('a', '2026-11-28T10:00:00.000Z', null),
      signal('b', '2026-11-30T10:00:00.000Z', null),
      signal('c', '2026-11-30T10:00:00.000Z', null),
    ].sort(newestFirst);
    expect(sorted.map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
});
