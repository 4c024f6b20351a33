import type { TFunction } from 'i18next';
import type { Format } from '../../shared/use-format';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Timeline parameters that hold a code (an outcome, a category): said with its label. */
const GROUP_PARAMS = new Set(['outcome', 'categoryFrom', 'categoryTo', 'typologyFrom', 'typologyTo']);
const STATUS_PARAMS = new Set(['statusFrom', 'statusTo']);

/**
 * A timeline entry's parameters as the reader reads them: calendar days in Dutch form (12 maart 2026,
 * not 2026-03-12), numbers with a decimal comma, codes by their label.
 */
export function readableParams(
  params: readonly { name: string; value: string }[] | null | undefined,
  format: Format,
  t: TFunction,
) {
  return params?.map((p) => {
    if (CALENDAR_DAY.test(p.value)) return { ...p, value: format.date(p.value) };
    if (/^-?\d+\.\d+$/.test(p.value)) return { ...p, value: format.number(Number(p.value)) };
    if (GROUP_PARAMS.has(p.name)) return { ...p, value: t(`reports.group.${p.value}`, { defaultValue: p.value }) };
    if (STATUS_PARAMS.has(p.name)) return { ...p, value: t(`cases.statuses.${p.value}`, { defaultValue: p.value }) };
    return p;
  });
}
