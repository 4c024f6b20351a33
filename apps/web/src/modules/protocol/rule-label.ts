import { useTranslation } from 'react-i18next';
import { ruleLabelParamsNl, type RuleSetting } from '@aanwezig/domain';
import { useProtocol } from './hooks/use-protocol';
import { formatNumber } from '../shared/format';

const ENGLISH_ORDINAL_SUFFIX = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');

/** The values of a rule template in English (the Dutch ones come from the domain, as the API says them). */
export function ruleLabelParamsEn({ threshold, windowSchoolWeeks }: RuleSetting): Record<string, string> {
  return {
    threshold: formatNumber('en-GB', threshold),
    belowThreshold: formatNumber('en-GB', threshold - 1),
    Ordinal: `${threshold}${ENGLISH_ORDINAL_SUFFIX(threshold)}`,
    period:
      windowSchoolWeeks === null
        ? 'this school year'
        : windowSchoolWeeks === 1
          ? 'in one school week'
          : `in ${windowSchoolWeeks} school weeks`,
  };
}

/**
 * A rule or signal in the screen's language, with the region's own threshold and window. `fallback`
 * (the API's Dutch label) is shown until the region's protocol has loaded.
 */
export function useRuleLabel(): (key: string, fallback: string, setting?: RuleSetting | null) => string {
  const { t, i18n } = useTranslation();
  const { data } = useProtocol();
  return (key, fallback, setting) => {
    const own = setting ?? data?.protocol.find((r) => r.key === key);
    if (key === 'WORRY') return t('rules.WORRY');
    if (!own) return fallback;
    return t(`rules.${key}`, i18n.language === 'en' ? ruleLabelParamsEn(own) : ruleLabelParamsNl(own));
  };
}
