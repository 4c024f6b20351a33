import { DEFAULT_PROTOCOL, SignalKind, type RuleSetting } from '@aanwezig/domain';
import type { MessageParams } from '@aanwezig/messages';

/** Ordinals said as a word (nl "vierde", en "fourth"); above this, as a number ("14e", "14th"). */
const MAX_WORD_ORDINAL = 10;

/**
 * What a signal's reason is said with, as message parameters: the kind (`rule`, nested to its template
 * `signal.rule.<KIND>`) and the region's setting of its rule: the threshold, the one below it, which
 * ordinal, and the period (`SCHOOL_YEAR`, `ONE_WEEK` or `WEEKS` with `weeks`). Plain values only: the
 * catalogue's templates say them in Dutch (as signalLabel of libs/domain does) or English.
 */
export function signalLabelParams(kind: SignalKind, setting?: RuleSetting): MessageParams {
  if (kind === SignalKind.WORRY) return { rule: kind };
  const { threshold, windowSchoolWeeks } = setting ?? DEFAULT_PROTOCOL.find((r) => r.key === kind)!;
  const wordOrdinal = Number.isInteger(threshold) && threshold >= 0 && threshold <= MAX_WORD_ORDINAL;
  return {
    rule: kind,
    threshold,
    below: threshold - 1,
    ordinal: wordOrdinal ? String(threshold) : 'N',
    ...(windowSchoolWeeks === null
      ? { period: 'SCHOOL_YEAR' }
      : windowSchoolWeeks === 1
        ? { period: 'ONE_WEEK' }
        : { period: 'WEEKS', weeks: windowSchoolWeeks }),
  };
}
