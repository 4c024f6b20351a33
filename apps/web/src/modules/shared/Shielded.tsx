import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShieldedFieldsFragment } from '../../generated/graphql';

/** A shielded field and why (the `ShieldedFields` fragment). */
export type ShieldInfo = ShieldedFieldsFragment;

/** A field the reader may not see: said so, with the reason in plain words, never silently missing. */
export function Shielded({ field, shielded }: { field: string; shielded: readonly ShieldInfo[] }) {
  const { t } = useTranslation();
  const shield = shielded.find((s) => s.field === field);
  return (
    <em className="aanwezig-shielded">
      {t('shield.text', { reason: t(`shield.reason.${shield?.reason ?? 'NOT_PERMITTED'}`) })}
    </em>
  );
}

/** A value, or the shield that stands in for it; '–' when there is simply nothing. */
export function Field({
  value,
  field,
  shielded,
}: {
  value: ReactNode;
  field: string;
  shielded: readonly ShieldInfo[];
}) {
  if (shielded.some((s) => s.field === field)) return <Shielded field={field} shielded={shielded} />;
  return <>{value ?? '–'}</>;
}
