import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../shared/format';
import type { Format } from '../../shared/use-format';
import { readableParams } from './timeline-params';

const format = {
  date: (value: unknown) => formatDate('nl-NL', value),
  number: (value: number | null | undefined) => formatNumber('nl-NL', value),
} as Format;
const labels: Record<string, string> = {
  'reports.group.BACK_TO_OWN_SCHOOL': 'terug naar eigen school',
  'cases.statuses.MONITORING': 'Monitoren',
};
const t = ((key: string, options?: { defaultValue?: string }) =>
  labels[key] ?? options?.defaultValue ?? key) as TFunction;

describe('timeline parameters as the reader reads them', () => {
  it('writes days, decimals and codes in Dutch form, and leaves other text alone', () => {
    expect(
      readableParams(
        [
          { name: 'dueDate', value: '2026-03-12' },
          { name: 'hours', value: '0.4' },
          { name: 'outcome', value: 'BACK_TO_OWN_SCHOOL' },
          { name: 'statusTo', value: 'MONITORING' },
          { name: 'categoryFrom', value: '–' },
          { name: 'note', value: 'Gaat weer naar school.' },
        ],
        format,
        t,
      ),
    ).toEqual([
      { name: 'dueDate', value: '12 maart 2026' },
      { name: 'hours', value: '0,4' },
      { name: 'outcome', value: 'terug naar eigen school' },
      { name: 'statusTo', value: 'Monitoren' },
      { name: 'categoryFrom', value: '–' },
      { name: 'note', value: 'Gaat weer naar school.' },
    ]);
  });
});
