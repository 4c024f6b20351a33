import type { MessageParams } from './index';

/** Parameters with a meaning of their own on a timeline entry, beside the kind's template parameters. */
export const TIMELINE_LEGACY = 'legacy';
export const TIMELINE_REDACTED = 'redacted';

/**
 * Which text a timeline entry shows: its kind's template (`timeline.<KIND>`, with an i18next `context`
 * when the params name one) filled with its parameters; a sentence written before entries kept
 * parameters, as it was written; an entry whose content retention removed, as such.
 */
export function timelineMessage(
  kind: string,
  params: MessageParams,
): { key: string; params: MessageParams } | { text: string } {
  if (params[TIMELINE_REDACTED] !== undefined) return { key: 'timeline.redacted', params: {} };
  const legacy = params[TIMELINE_LEGACY];
  if (legacy !== undefined) return { text: String(legacy) };
  return { key: `timeline.${kind}`, params };
}
