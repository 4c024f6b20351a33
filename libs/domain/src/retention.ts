/**
 * How long records about a pupil stay identifiable (documented in docs/privacy.md). A closed case is
 * anonymised when the retention period after closing has passed and the pupil has no other case that
 * is open or still within its own period: identity and free text go, the counts for reports stay.
 */
export const RETENTION_MONTHS_AFTER_CLOSING = 24;

/** The date (YYYY-MM-DD) before which a case must have closed to be anonymised on `today`. */
export function retentionCutoff(today: string, months = RETENTION_MONTHS_AFTER_CLOSING): string {
  const [y, m, d] = today.split('-').map(Number);
  const firstOfMonth = new Date(Date.UTC(y, m - 1 - months, 1));
  // Clamp to the month's last day: one month before 31 March is 28 (or 29) February.
  const daysInMonth = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(d, daysInMonth));
  return firstOfMonth.toISOString().slice(0, 10);
}
