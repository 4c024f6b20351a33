import { describe, expect, it } from 'vitest';
import { stableOrder } from './stable-order';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('stableOrder', () => {
  it('keeps the order of first sight when the server reorders, and puts new items last', () => {
    const ranks = new Map<string, number>();
    expect(ids(stableOrder([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ranks))).toEqual(['a', 'b', 'c']);
    // "a" was marked done: the server now lists it after the open ones; a new one arrived.
    expect(ids(stableOrder([{ id: 'b' }, { id: 'd' }, { id: 'c' }, { id: 'a' }], ranks))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops what is no longer there', () => {
    const ranks = new Map<string, number>();
    stableOrder([{ id: 'a' }, { id: 'b' }], ranks);
    expect(ids(stableOrder([{ id: 'b' }], ranks))).toEqual(['b']);
  });
});
