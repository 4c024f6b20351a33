import { useTranslation } from 'react-i18next';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { SignalKind, SignalRoute, SignalStatus } from '../../../generated/graphql';
import { useProtocol } from '../../protocol/hooks/use-protocol';
import { useRuleLabel } from '../../protocol/rule-label';
import type { SignalFilter } from '../hooks/use-signals';

const ROUTES: SignalRoute[] = ['LEGAL', 'MEDICAL', 'SCHOOL'];
const STATUSES: (SignalStatus | 'WITHDRAWN')[] = ['NEW', 'ACKNOWLEDGED', 'CASE_OPENED', 'ON_AGENDA', 'WITHDRAWN'];
const ANY = '';

/** The inbox's filters by rule, route and status; each change applies at once (and starts at page one). */
export function SignalFilters({ filter, onChange }: { filter: SignalFilter; onChange: (next: SignalFilter) => void }) {
  const { t } = useTranslation();
  const { data } = useProtocol();
  const ruleLabel = useRuleLabel();
  const rules = [...(data?.protocol.map((r) => r.key) ?? []), 'WORRY'] as SignalKind[];
  const set = (patch: Partial<SignalFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="aanwezig-filters">
      <legend>{t('signals.filters.title')}</legend>
      <FormField>
        <FormLabel htmlFor="signal-filter-status">{t('signals.filters.status')}</FormLabel>
        <Select
          id="signal-filter-status"
          value={filter.status}
          onChange={(e) => set({ status: e.target.value as SignalFilter['status'] })}
        >
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`signals.status.${s}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="signal-filter-rule">{t('signals.filters.rule')}</FormLabel>
        <Select
          id="signal-filter-rule"
          value={filter.rule ?? ANY}
          onChange={(e) => set({ rule: e.target.value === ANY ? null : (e.target.value as SignalKind) })}
        >
          <SelectOption value={ANY}>{t('signals.filters.anyRule')}</SelectOption>
          {rules.map((key) => (
            <SelectOption key={key} value={key}>
              {ruleLabel(key, key)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="signal-filter-route">{t('signals.filters.route')}</FormLabel>
        <Select
          id="signal-filter-route"
          value={filter.route ?? ANY}
          onChange={(e) => set({ route: e.target.value === ANY ? null : (e.target.value as SignalRoute) })}
        >
          <SelectOption value={ANY}>{t('signals.filters.anyRoute')}</SelectOption>
          {ROUTES.map((r) => (
            <SelectOption key={r} value={r}>
              {t(`signals.route.${r}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    </fieldset>
  );
}
