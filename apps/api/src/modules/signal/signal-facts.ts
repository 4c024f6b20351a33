import { classMentorIdsSql } from '../user/class-mentors';
import type { EntityManager } from 'typeorm';
import { DataCategory, SignalKind, signalLabel, type RuleSetting, type SignalRoute } from '@aanwezig/domain';
import type { MessageParams } from '@aanwezig/messages';
import { signalLabelParams } from './signal-label';
import type { SubjectShape } from '@aanwezig/authz';
import type { AttributeSql } from '../../authz/accessible-sql';

/** SQL for the Signal attributes the ability's conditions use, on a signal aliased `s`. */
export const SIGNAL_ATTRIBUTE_SQL: AttributeSql<'Signal'> = {
  regionId: (p) => `s.region_id = ANY(:${p})`,
  schoolId: (p) => `s.school_id = ANY(:${p})`,
  route: (p) => `s.route = ANY(:${p})`,
  residenceMunicipalityId: (p) =>
    `EXISTS (SELECT 1 FROM pupil rp WHERE rp.id = s.pupil_id AND rp.residence_municipality_id = ANY(:${p}))`,
  mentorUserIds: (p) =>
    `EXISTS (SELECT 1 FROM pupil mp WHERE mp.id = s.pupil_id AND ${classMentorIdsSql('mp')} && :${p}::text[])`,
};

/** What the ability decides one signal on: its school and route, where its pupil lives, and the mentors of the pupil's class. */
export async function signalSubject(
  manager: EntityManager,
  signal: { regionId: string; schoolId: string; route: string; pupilId: string },
): Promise<SubjectShape['Signal']> {
  const [pupil]: { residence: string | null; mentors: string[] }[] = await manager.query(
    `SELECT p.residence_municipality_id AS residence,
            ${classMentorIdsSql('p')} AS mentors
       FROM pupil p WHERE p.id = $1`,
    [signal.pupilId],
  );
  return {
    regionId: signal.regionId,
    schoolId: signal.schoolId,
    route: signal.route,
    residenceMunicipalityId: pupil?.residence ?? null,
    mentorUserIds: pupil?.mentors ?? [],
  };
}

/** What a signal's value tells: unauthorised absence on the legal route, sick leave on the medical one. */
const VALUE_CATEGORY: Record<SignalRoute, DataCategory> = {
  LEGAL: DataCategory.UNAUTHORISED_ABSENCE,
  MEDICAL: DataCategory.SICK_LEAVE,
  SCHOOL: DataCategory.ATTENDANCE_SUMMARY,
};

/** A worry flag tells of the mentor's worry, not of absence figures. */
export const valueCategory = (s: { route: SignalRoute; ruleKey: SignalKind }) =>
  s.ruleKey === SignalKind.WORRY ? DataCategory.WORRY_AND_NOTES : VALUE_CATEGORY[s.route];

/** Each signal's rule as its region has set it (threshold and window; one query for all of them). */
export async function signalSettings<S extends { regionId: string; ruleKey: SignalKind }>(
  manager: EntityManager,
  signals: readonly S[],
): Promise<(signal: S) => RuleSetting | undefined> {
  const settings: { region_id: string; key: string; threshold: number; windowSchoolWeeks: number | null }[] =
    await manager.query(
      `SELECT region_id, key, threshold::float8 AS threshold, window_school_weeks AS "windowSchoolWeeks" FROM protocol_rule WHERE region_id = ANY($1)`,
      [[...new Set(signals.map((s) => s.regionId))]],
    );
  const byRule = new Map(settings.map((r) => [`${r.region_id}:${r.key}`, r]));
  return (signal) => byRule.get(`${signal.regionId}:${signal.ruleKey}`);
}

/** Says each signal's reason in Dutch with its region's own threshold and window (the Signal.label field). */
export async function signalLabels<S extends { regionId: string; ruleKey: SignalKind }>(
  manager: EntityManager,
  signals: readonly S[],
): Promise<(signal: S) => string> {
  const settingOf = await signalSettings(manager, signals);
  return (signal) => signalLabel(signal.ruleKey, settingOf(signal));
}

/** Each signal's reason as message parameters (signal-label.ts), for the timeline entries that name it. */
export async function signalLabelParamsOf<S extends { regionId: string; ruleKey: SignalKind }>(
  manager: EntityManager,
  signals: readonly S[],
): Promise<(signal: S) => MessageParams> {
  const settingOf = await signalSettings(manager, signals);
  return (signal) => signalLabelParams(signal.ruleKey, settingOf(signal));
}
