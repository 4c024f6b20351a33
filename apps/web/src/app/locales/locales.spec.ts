import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const messages of [nl, en]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(value, key).toMatch(/\S/);
      }
    }
  });
});
