import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';
import { useWithdrawConsent } from '../hooks/use-cases';

export interface ConsentItem {
  id: string;
  active: boolean;
  purpose: string;
  categories: readonly string[];
  withdrawnAt?: unknown;
  organisations: readonly { id: string; name: string }[];
}

/**
 * The pupil's consents. Withdrawing one asks first and says what it does: it takes effect at once,
 * and the consent and its withdrawal stay on record. The outcome appears next to the consent.
 */
export function ConsentList({
  consents,
  mayWithdraw,
  onWithdrawn,
}: {
  consents: readonly ConsentItem[];
  mayWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  if (consents.length === 0) return <Paragraph>{t('case.noConsents')}</Paragraph>;
  return (
    <ul>
      {consents.map((k) => (
        <ConsentLine key={k.id} consent={k} mayWithdraw={mayWithdraw} onWithdrawn={onWithdrawn} />
      ))}
    </ul>
  );
}

function ConsentLine({
  consent: k,
  mayWithdraw,
  onWithdrawn,
}: {
  consent: ConsentItem;
  mayWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ fetching }, withdraw] = useWithdrawConsent();
  const { outcome, run } = useOutcome();
  const categories = k.categories.map((cat) => t(`category.${cat}`)).join(', ');
  const organisations = k.organisations.map((o) => o.name).join(', ');
  const texts = { purpose: k.purpose, categories, organisations };
  return (
    <li>
      {k.purpose}: {categories} → {organisations} (
      {k.active
        ? t('case.active')
        : k.withdrawnAt
          ? t('case.withdrawn', { date: format.date(k.withdrawnAt) })
          : t('case.inactive')}
      )
      {k.active && mayWithdraw && (
        <>
          {' '}
          <ConfirmButton
            appearance="secondary-action-button"
            title={t('case.withdrawTitle', texts)}
            consequence={t('case.withdrawConsequence', texts)}
            confirmLabel={t('case.withdrawConfirm')}
            disabled={fetching}
            onConfirm={() =>
              void run(
                () => withdraw({ id: k.id }),
                () => t('case.consentWithdrawn', texts),
              ).then((data) => data && onWithdrawn())
            }
          >
            {t('case.withdrawLabel')}
          </ConfirmButton>
        </>
      )}
      <OutcomeMessage outcome={outcome} />
    </li>
  );
}
