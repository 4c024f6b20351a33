import type { MessageParams } from '@aanwezig/messages';
import type { CaseEntity } from './case.entity';

/** The classification fields a CASE_UPDATED entry lists, in this order. */
export const CLASSIFICATION_FIELDS = ['status', 'tier', 'category', 'typology', 'flaggedForMeeting'] as const;
type ClassificationField = (typeof CLASSIFICATION_FIELDS)[number];
type Classification = Pick<CaseEntity, ClassificationField>;

/** Slots in `timeline.CASE_UPDATED_classification`: one per field that can change. */
const SLOTS = CLASSIFICATION_FIELDS.length;
const NONE = '–';

/**
 * The parameters of the CASE_UPDATED entry for a change of classification (context `classification`):
 * the changed fields in slots `change1`..`change5` (unused ones `none`), each with its old and new value
 * (`tierFrom`, `tierTo`, …; enum values as they are, `–` for none) or, for the meeting flag, as `flagged`
 * or `unflagged`. Null when nothing changed.
 */
export function classificationChange(before: Classification, after: Classification): MessageParams | null {
  const params: MessageParams = { context: 'classification' };
  const changes: string[] = [];
  for (const field of CLASSIFICATION_FIELDS) {
    if (before[field] === after[field]) continue;
    if (field === 'flaggedForMeeting') {
      changes.push(after.flaggedForMeeting ? 'flagged' : 'unflagged');
      continue;
    }
    changes.push(field);
    params[`${field}From`] = before[field] ?? NONE;
    params[`${field}To`] = after[field] ?? NONE;
  }
  if (changes.length === 0) return null;
  for (let slot = 0; slot < SLOTS; slot++) params[`change${slot + 1}`] = changes[slot] ?? 'none';
  return params;
}

/** Which classification fields differ, by name (for the audit log). */
export function changedFields(before: Classification, after: Classification): ClassificationField[] {
  return CLASSIFICATION_FIELDS.filter((field) => before[field] !== after[field]);
}
