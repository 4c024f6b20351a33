import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageTree } from './index';

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const nl = leaves(MESSAGES.nl);
const en = leaves(MESSAGES.en);

describe('the message catalogue', () => {
  it('has every key in both languages', () => {
    expect([...en.keys()].filter((key) => !nl.has(key))).toEqual([]);
    expect([...nl.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('fills in the same parameters in both languages', () => {
    const differing = [...nl].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('nests only texts that exist', () => {
    const missing = [...nl, ...en].flatMap(([key, text]) =>
      [...text.matchAll(/\$t\(([\w.]+)\)/g)]
        .map((m) => m[1])
        .filter((ref) => !nl.has(ref))
        .map((ref) => `${key} → ${ref}`),
    );
    expect(missing).toEqual([]);
  });

  it('fills in parameters and nested labels', () => {
    expect(translate('errors.input.tooLong', { label: 'savedView.name', max: 60 }, 'en')).toBe(
      `${translate('label.savedView.name', {}, 'en')} must be at most 60 characters long.`,
    );
  });

  it('refuses to nest a label it does not have, rather than show its key', () => {
    expect(() => translate('errors.input.required', { label: 'nothing.here' })).toThrow(/nests label.nothing.here/);
  });

  it('refuses a key it does not have', () => {
    expect(() => translate('errors.nothing.here')).toThrow(/No message errors.nothing.here/);
  });
});
