import type { EntityManager } from 'typeorm';
import { DataCategory, SignalKind, signalLabel, type SignalRoute } from '@aanwezig/domain';

/** What a signal's value tells: unauthorised absence on the legal route, sick leave on the medical one. */
const VALUE_CATEGORY: Record<SignalRoute, DataCategory> = {
  LEGAL: DataCategory.UNAUTHORISED_ABSENCE,
  MEDICAL: DataCategory.SICK_LEAVE,
  SCHOOL: DataCategory.ATTENDANCE_SUMMARY,
};

/** A worry flag tells of the mentor's worry, not of absence figures. */
export const valueCategory = (s: { route: SignalRoute; ruleKey: SignalKind }) => (s.ruleKey === SignalKind.WORRY ? DataCategory.WORRY_AND_NOTES : VALUE_CATEGORY[s.route]);

/** Says each signal's reason with its region's own threshold and window (one query for all of them). */
export async function signalLabels<S extends { regionId: string; ruleKey: SignalKind }>(manager: EntityManager, signals: readonly S[]): Promise<(signal: S) => string> {
  const settings: { region_id: string; key: string; threshold: number; windowSchoolWeeks: number | null }[] = await manager.query(
    `SELECT region_id, key, threshold::float8 AS threshold, window_school_weeks AS "windowSchoolWeeks" FROM protocol_rule WHERE region_id = ANY($1)`,
    [[...new Set(signals.map((s) => s.regionId))]],
  );
  const byRule = new Map(settings.map((r) => [`${r.region_id}:${r.key}`, r]));
  return (signal) => signalLabel(signal.ruleKey, byRule.get(`${signal.regionId}:${signal.ruleKey}`));
}
