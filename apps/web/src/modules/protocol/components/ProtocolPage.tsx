import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import type { ProtocolQuery as ProtocolResult, SignalRoute } from '../../../generated/graphql';
import { useMe } from '../../auth/hooks/me';
import { useProtocol, useUpdateProtocolRule } from '../hooks/use-protocol';
import { useRuleLabel } from '../rule-label';
import { errorMessage } from '../../shared/error-message';

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
  const { data, fetching, error, reload } = useProtocol();
  const admin = Boolean(me?.capabilities?.changeProtocol);
  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  const rules = data?.protocol ?? [];
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

function RuleStep({ rule, editable, onSaved }: { rule: Rule; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [threshold, setThreshold] = useState(String(rule.threshold));
  const [weeks, setWeeks] = useState(
    rule.windowSchoolWeeks === null || rule.windowSchoolWeeks === undefined ? '' : String(rule.windowSchoolWeeks),
  );
  const [enabled, setEnabled] = useState(rule.enabled);
  const [{ fetching, error }, update] = useUpdateProtocolRule();
  const [saved, setSaved] = useState(false);
  const label = useRuleLabel()(rule.key, rule.label, rule);
  const save = async () => {
    setSaved(false);
    const result = await update({
      key: rule.key,
      input: {
        threshold: Number(threshold.replace(',', '.')),
        windowSchoolWeeks: weeks === '' ? null : Number(weeks),
        enabled,
      },
    });
    if (!result.error) {
      setSaved(true);
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
        <div className="aanwezig-form">
          <FormField>
            <FormLabel htmlFor={`threshold-${rule.key}`}>{t('protocol.threshold')}</FormLabel>
            <Textbox
              id={`threshold-${rule.key}`}
              inputMode="decimal"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`weeks-${rule.key}`}>{t('protocol.weeks')}</FormLabel>
            <Textbox
              id={`weeks-${rule.key}`}
              inputMode="numeric"
              value={weeks}
              onChange={(e) => setWeeks(e.target.value)}
            />
          </FormField>
          <FormField type="checkbox">
            <Checkbox id={`enabled-${rule.key}`} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            <FormLabel htmlFor={`enabled-${rule.key}`} type="checkbox">
              {t('protocol.enabled')}
            </FormLabel>
          </FormField>
          <Button appearance="secondary-action-button" busy={fetching} onClick={() => void save()}>
            {t('protocol.save', { rule: label })}
          </Button>
          {error && (
            <Alert type="error" role="alert">
              <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
            </Alert>
          )}
          {saved && <Paragraph role="status">{t('protocol.saved')}</Paragraph>}
        </div>
      )}
    </>
  );
}
