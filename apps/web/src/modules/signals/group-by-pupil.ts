/** What grouping needs of a signal: its id, when it was raised, and its pupil when the reader may see them. */
export interface GroupedSignal {
  id: string;
  raisedAt: unknown;
  pupil?: { id: string } | null;
}

export interface PupilGroup<S> {
  key: string;
  signals: S[];
}

/**
 * The page's signals, one group per pupil, in the order of each pupil's newest signal.
 *
 * Grouped here, in the client, and not by the server: whether a signal's pupil may be shown is decided
 * per signal by the field mask (a legal-route signal counts as leerplicht's involvement, a consent may
 * cover one route and not another). Grouping on the server by pupil id would tie together signals whose
 * pupil is shielded, and so say "these are the same child" to someone who may not know who it is. Here
 * only signals whose pupil the reader sees are grouped; a shielded one stands alone. A pupil's signals
 * on a later page are one click away: "alleen deze leerling" filters the inbox on that pupil (the server
 * then returns all of them, counted).
 */
export function groupByPupil<S extends GroupedSignal>(signals: readonly S[]): PupilGroup<S>[] {
  const groups = new Map<string, PupilGroup<S>>();
  for (const s of signals) {
    const key = s.pupil ? `pupil:${s.pupil.id}` : `signal:${s.id}`;
    const group = groups.get(key) ?? { key, signals: [] };
    group.signals.push(s);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Newest first, as the server pages them (raised, then id). */
export const newestFirst = (a: GroupedSignal, b: GroupedSignal) =>
  String(b.raisedAt).localeCompare(String(a.raisedAt)) || b.id.localeCompare(a.id);
