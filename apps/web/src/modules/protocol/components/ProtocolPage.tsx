import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  FormField,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ProtocolQuery as ProtocolResult, SignalRoute } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { useProtocol, useUpdateProtocolRule } from '../hooks/use-protocol';
import { useRuleLabel } from '../rule-label';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { QueryState } from '../../shared/QueryState';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';
import { checkRuleInput, WINDOW_WEEKS } from '../rule-input';

type Rule = ProtocolResult['protocol'][number];
const ROUTES: SignalRoute[] = ['SCHOOL', 'MEDICAL', 'LEGAL'];

/**
 * Each route's steps from the first worry to the most serious one (thresholds differ in unit: hours,
 * times, percentages, weeks, so they cannot be ordered by number).
 */
const FLOW_ORDER = [
  'EARLY_SIGNAL',
  'LATES_LEGAL',
  'LUXURY_LEAVE',
  'LEGAL_REPORT',
  'HOME_SITTER',
  'FREQUENT_SICK',
  'LONG_SICK',
  'LATES',
  'SAT_DISCUSS',
  'AT_RISK_HOME',
  'ACT_NOW',
];

/**
 * The region's protocol as a flow: per route, from the first threshold to the last, who hears first and
 * on which basis. The functional administrator changes thresholds, windows and which rules are on.
 */
export function ProtocolPage() {
  const { t } = useTranslation();
  const me = useMe();
  const protocol = useProtocol();
  const { data, reload } = protocol;
  const admin = Boolean(me?.capabilities?.changeProtocol);
  if (!data)
    return (
      <main id="main">
        <Heading1>{t('protocol.title')}</Heading1>
        <QueryState query={protocol} />
      </main>
    );
  const rules = data.protocol;
  return (
    <main id="main">
      <Heading1>{t('protocol.title')}</Heading1>
      <Paragraph>{t(admin ? 'protocol.introAdmin' : 'protocol.intro')}</Paragraph>
      <div className="aanwezig-flow">
        {ROUTES.map((route) => (
          <section key={route} aria-labelledby={`route-${route}`} className="aanwezig-flow-route">
            <Heading2 id={`route-${route}`}>{t(`signals.route.${route}`)}</Heading2>
            <ol className="aanwezig-flow-steps">
              {rules
                .filter((r) => r.route === route)
                .sort((a, b) => FLOW_ORDER.indexOf(a.key) - FLOW_ORDER.indexOf(b.key))
                .map((rule) => (
                  <li key={rule.key} className={rule.enabled ? 'aanwezig-card' : 'aanwezig-card aanwezig-off'}>
                    <RuleStep rule={rule} editable={admin} onSaved={reload} />
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
    </main>
  );
}

type Field = 'threshold' | 'windowSchoolWeeks';

function RuleStep({ rule, editable, onSaved }: { rule: Rule; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasWindow = rule.windowSchoolWeeks !== null && rule.windowSchoolWeeks !== undefined;
  const [threshold, setThreshold] = useState(format.number(rule.threshold));
  const [weeks, setWeeks] = useState(hasWindow ? String(rule.windowSchoolWeeks) : '');
  const [enabled, setEnabled] = useState(rule.enabled);
  const [{ fetching }, update] = useUpdateProtocolRule();
  const { outcome, run, refuse } = useOutcome();
  const inputs = { threshold: useRef<HTMLInputElement>(null), windowSchoolWeeks: useRef<HTMLInputElement>(null) };
  const ruleLabel = useRuleLabel();
  const label = ruleLabel(rule.key, rule.label, rule);
  // The field a refusal is about (the form's own or the API's), marked there with what to change.
  const invalidField = outcome?.kind === 'invalid' ? (outcome.field as Field | undefined) : undefined;
  const fieldError = (field: Field) => (invalidField === field ? outcome!.text : undefined);

  const save = async () => {
    const checked = checkRuleInput(rule.key, hasWindow, threshold, weeks);
    if ('problem' in checked) {
      const text =
        checked.field === 'threshold'
          ? t(`protocol.invalid.${checked.problem}`, { value: threshold.trim() })
          : t('protocol.invalid.weeks', { ...WINDOW_WEEKS, value: weeks.trim() });
      refuse(text, checked.field);
      return;
    }
    const before = {
      threshold: rule.threshold,
      windowSchoolWeeks: rule.windowSchoolWeeks ?? null,
      enabled: rule.enabled,
    };
    const data = await run(
      () =>
        update({
          key: rule.key,
          // Only what the rule has: a rule without a window gets none sent.
          input: {
            threshold: checked.threshold,
            ...(hasWindow ? { windowSchoolWeeks: checked.windowSchoolWeeks } : {}),
            enabled,
          },
        }),
      ({ updateProtocolRule: saved }) => {
        const setting = { threshold: saved.threshold, windowSchoolWeeks: saved.windowSchoolWeeks ?? null };
        const what = t(setting.windowSchoolWeeks === null ? 'protocol.savedWhat' : 'protocol.savedWhatWindow', {
          rule: ruleLabel(rule.key, rule.label, setting),
          threshold: format.number(saved.threshold),
          count: setting.windowSchoolWeeks ?? 0,
          state: t(saved.enabled ? 'protocol.on' : 'protocol.off'),
        });
        const unchanged =
          saved.threshold === before.threshold &&
          (saved.windowSchoolWeeks ?? null) === before.windowSchoolWeeks &&
          saved.enabled === before.enabled;
        return t(unchanged ? 'protocol.unchanged' : 'protocol.saved', { what });
      },
    );
    if (data) {
      setThreshold(format.number(data.updateProtocolRule.threshold));
      onSaved();
    }
  };
  return (
    <>
      <Heading3>{label}</Heading3>
      <Paragraph>
        {t('protocol.first', { role: t(`role.${rule.recipient}`) })} ·{' '}
        {rule.enabled ? t('protocol.on') : t('protocol.off')}
        {rule.awaitingLaw ? ` · ${t('protocol.awaitingLaw')}` : ''}
      </Paragraph>
      <Paragraph>{rule.basis}</Paragraph>
      {editable && (
        <form
          className="aanwezig-form"
          aria-label={t('protocol.formLabel', { rule: label })}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {/* FormFieldTextbox types its change event as the field's <div>; the event comes from its <input>. */}
          <FormFieldTextbox
            id={`threshold-${rule.key}`}
            label={t('protocol.threshold')}
            inputMode="decimal"
            value={threshold}
            invalid={invalidField === 'threshold'}
            errorMessage={fieldError('threshold')}
            inputRef={inputs.threshold}
            onChange={(e) => setThreshold((e.target as HTMLInputElement).value)}
          />
          {hasWindow && (
            <FormFieldTextbox
              id={`weeks-${rule.key}`}
              label={t('protocol.weeks')}
              description={t('protocol.weeksHint', WINDOW_WEEKS)}
              inputMode="numeric"
              value={weeks}
              invalid={invalidField === 'windowSchoolWeeks'}
              errorMessage={fieldError('windowSchoolWeeks')}
              inputRef={inputs.windowSchoolWeeks}
              onChange={(e) => setWeeks((e.target as HTMLInputElement).value)}
            />
          )}
          <FormField type="checkbox">
            <Checkbox id={`enabled-${rule.key}`} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            <FormLabel htmlFor={`enabled-${rule.key}`} type="checkbox">
              {t('protocol.enabled')}
            </FormLabel>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" busy={fetching}>
            {t('protocol.save', { rule: label })}
          </Button>
          {/* Next to the button: what was saved exactly, or what to change (also marked at the field). */}
          <OutcomeMessage outcome={outcome} />
        </form>
      )}
    </>
  );
}
