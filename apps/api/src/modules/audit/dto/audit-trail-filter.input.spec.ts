import { describe, expect, it } from 'vitest';
import { trailFilter } from './audit-trail-filter.input';

describe('trailFilter', () => {
  it('takes no filter, or a person and days', () => {
    expect(trailFilter(undefined)).toEqual({ actorId: null, from: null, to: null });
    expect(trailFilter({ actorId: ' ', from: '', to: null })).toEqual({ actorId: null, from: null, to: null });
    const id = '6f1d2c9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f';
    expect(trailFilter({ actorId: id, from: '2026-11-01', to: '2026-11-30' })).toEqual({
      actorId: id,
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(trailFilter({ from: '2026-11-30', to: '2026-11-30' })).toMatchObject({ from: '2026-11-30' });
  });

  it.each([
    [{ actorId: 'jan' }, 'actorId', 'audit.actorUnknown'],
    [{ from: '1-11-2026' }, 'from', 'input.date'],
    [{ to: '2026-02-31' }, 'to', 'input.date'],
    [{ from: '2026-12-01', to: '2026-11-30' }, 'to', 'audit.toBeforeFrom'],
  ])('refuses %j on %s', (filter, field, reason) => {
    expect(() => trailFilter(filter)).toThrow(expect.objectContaining({ field, reason }));
  });
});
