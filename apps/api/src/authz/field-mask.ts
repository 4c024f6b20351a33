import type { DataCategory } from '@aanwezig/domain';
import {
  categoryVisibility,
  FIELD_CATEGORIES,
  type CaseReader,
  type FieldCategory,
  type MaskedType,
  type ShieldReason,
} from '@aanwezig/authz';

export interface Shield {
  field: string;
  reason: ShieldReason;
}

export type Masked<V> = { [K in keyof V]: V[K] | null } & { shielded: Shield[] };

/**
 * The one field mask. Every field of `values` whose category the reader may not see becomes null and
 * is listed in `shielded` with the reason. A field missing from FIELD_CATEGORIES is never shown
 * (deny by default). `ownCategory` is the category of records that carry their own.
 */
export function maskFields<V extends object>(
  type: MaskedType,
  values: V,
  reader: CaseReader,
  ownCategory?: DataCategory,
): Masked<V> {
  const categories: Record<string, FieldCategory> = FIELD_CATEGORIES[type];
  const result: Record<string, unknown> = {};
  const shielded: Shield[] = [];
  // Hot path (every field of every record on a page): no intermediate arrays or maps.
  const decided: Partial<Record<string, ReturnType<typeof categoryVisibility>>> = {};
  for (const field in values) {
    const value = values[field];
    const declared = categories[field];
    if (declared === 'NOT_PUPIL_DATA') {
      result[field] = value;
      continue;
    }
    if (declared === 'DOCTOR_PRIVATE') {
      // The jeugdarts's private note never leaves the author's organisation, on any basis.
      const own = reader.roles.some((r) => reader.authorOrganisationIds?.includes(r.organisationId));
      result[field] = own ? value : null;
      if (!own) shielded.push({ field, reason: 'NOT_PERMITTED' });
      continue;
    }
    if (Array.isArray(declared)) {
      // A field that restates several others is shown only when each of them would be. A general topic
      // has no pupil, so there is nothing for it to restate (the author of a topic's minutes is shown).
      const hidden = reader.noPupil
        ? undefined
        : declared.map((c: DataCategory) => (decided[c] ??= categoryVisibility(reader, c))).find((v) => !v.visible);
      result[field] = hidden ? null : value;
      if (hidden && !hidden.visible) shielded.push({ field, reason: hidden.reason });
      continue;
    }
    const category = (declared === 'OWN_CATEGORY' ? ownCategory : declared) as DataCategory | undefined;
    const visibility = category
      ? (decided[category] ??= categoryVisibility(reader, category))
      : { visible: false as const, reason: 'NOT_PERMITTED' as const };
    if (visibility.visible) {
      result[field] = value;
    } else {
      result[field] = null;
      shielded.push({ field, reason: visibility.reason });
    }
  }
  result.shielded = shielded;
  return result as Masked<V>;
}
