import { useTranslation } from 'react-i18next';
import { Checkbox, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { CaseCategory, CaseFilter, CaseStatus, Typology } from '../../../generated/graphql';
import { useOrganisations } from '../../organisations/hooks/use-organisations';
import { useMe } from '../../auth/hooks/me';

const CATEGORIES: CaseCategory[] = ['UNAUTHORISED_HOME', 'AT_RISK_HOME', 'AUTHORISED_EXEMPT'];
const TYPOLOGIES: Typology[] = ['SCHOOL_REFUSAL', 'SICK', 'EXCLUSION', 'WITHHOLDING', 'TRUANCY'];
const STATUSES: CaseStatus[] = ['OPEN', 'MONITORING', 'CLOSED'];
const ANY = '';

/** The case list's filters; each change applies at once. The free-text search lives beside it. */
export function CaseFilters({ filter, onChange }: { filter: CaseFilter; onChange: (next: CaseFilter) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { data } = useOrganisations();
  // School staff see their own school(s); partners (leerplicht, GGD, SWV, J&G) work across the region's schools.
  const ownSchools = new Set(
    me?.memberships.filter((m) => m.organisation.kind === 'SCHOOL').map((m) => m.organisation.id),
  );
  const partner = Boolean(me?.memberships.some((m) => m.organisation.kind !== 'SCHOOL'));
  const schools = (data?.organisations ?? []).filter((o) => o.kind === 'SCHOOL' && (partner || ownSchools.has(o.id)));
  const set = (patch: Partial<CaseFilter>) => onChange({ ...filter, ...patch });
  const one = <T,>(value: string) => (value === ANY ? null : [value as T]);

  return (
    <fieldset className="aanwezig-filters">
      <legend>{t('cases.filters.title')}</legend>
      <FormField>
        <FormLabel htmlFor="filter-status">{t('cases.filters.status')}</FormLabel>
        <Select
          id="filter-status"
          value={filter.status?.length === 1 ? filter.status[0] : filter.status?.length ? 'ALL' : ANY}
          onChange={(e) => set({ status: e.target.value === 'ALL' ? STATUSES : one<CaseStatus>(e.target.value) })}
        >
          <SelectOption value={ANY}>{t('cases.filters.statusDefault')}</SelectOption>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`cases.statuses.${s}`)}
            </SelectOption>
          ))}
          <SelectOption value="ALL">{t('cases.filters.statusAll')}</SelectOption>
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-category">{t('cases.category')}</FormLabel>
        <Select
          id="filter-category"
          value={filter.category?.[0] ?? ANY}
          onChange={(e) => set({ category: one<CaseCategory>(e.target.value) })}
        >
          <SelectOption value={ANY}>{t('cases.filters.any')}</SelectOption>
          {CATEGORIES.map((c) => (
            <SelectOption key={c} value={c}>
              {t(`reports.group.${c}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-typology">{t('cases.typology')}</FormLabel>
        <Select
          id="filter-typology"
          value={filter.typology?.[0] ?? ANY}
          onChange={(e) => set({ typology: one<Typology>(e.target.value) })}
        >
          <SelectOption value={ANY}>{t('cases.filters.any')}</SelectOption>
          {TYPOLOGIES.map((c) => (
            <SelectOption key={c} value={c}>
              {t(`reports.group.${c}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-tier">{t('case.tier')}</FormLabel>
        <Select
          id="filter-tier"
          value={filter.tier?.[0] ? String(filter.tier[0]) : ANY}
          onChange={(e) => set({ tier: e.target.value === ANY ? null : [Number(e.target.value)] })}
        >
          <SelectOption value={ANY}>{t('cases.filters.any')}</SelectOption>
          {[1, 2, 3].map((n) => (
            <SelectOption key={n} value={String(n)}>
              {t('cases.filters.tierValue', { tier: n })}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {schools.length > 1 && (
        <FormField>
          <FormLabel htmlFor="filter-school">{t('cases.school')}</FormLabel>
          <Select
            id="filter-school"
            value={filter.schoolId ?? ANY}
            onChange={(e) => set({ schoolId: e.target.value === ANY ? null : e.target.value })}
          >
            <SelectOption value={ANY}>{t('cases.filters.anySchool')}</SelectOption>
            {schools.map((s) => (
              <SelectOption key={s.id} value={s.id}>
                {s.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      <FormField type="checkbox">
        <Checkbox
          id="filter-mine"
          checked={Boolean(filter.actionOwnerId)}
          disabled={!me}
          onChange={(e) => set({ actionOwnerId: e.target.checked ? me?.id : null })}
        />
        <FormLabel htmlFor="filter-mine" type="checkbox">
          {t('cases.filters.mine')}
        </FormLabel>
      </FormField>
      <FormField type="checkbox">
        <Checkbox
          id="filter-overdue"
          checked={Boolean(filter.overdue)}
          onChange={(e) => set({ overdue: e.target.checked || null })}
        />
        <FormLabel htmlFor="filter-overdue" type="checkbox">
          {t('cases.filters.overdue')}
        </FormLabel>
      </FormField>
    </fieldset>
  );
}
