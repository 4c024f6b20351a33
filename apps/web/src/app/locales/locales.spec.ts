import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@aanwezig/messages';
import { withServerTexts } from '../i18n';
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

  it("holds the server's texts beside its own, in both languages, without a clash", () => {
    for (const [screen, language] of [
      [nl, 'nl'],
      [en, 'en'],
    ] as const) {
      const merged = withServerTexts(screen, language);
      expect(merged.errors).toEqual(MESSAGES[language].errors);
      expect(merged.cases).toEqual(screen.cases);
    }
    expect(() => withServerTexts({ errors: {} }, 'nl')).toThrow(/both define the text group "errors"/);
  });
});
