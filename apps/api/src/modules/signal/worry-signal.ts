import type { EntityManager } from 'typeorm';
import { SignalKind, SignalRoute, dutchDate } from '@aanwezig/domain';

/**
 * A mentor's worry flag is a signal too: it reaches the school's attendance coordinators in the same
 * inbox as the protocol's signals, and the mentor hears back what was done with it. One per case a day.
 */
export async function raiseWorrySignal(
  manager: EntityManager,
  worry: { regionId: string; schoolId: string; pupilId: string; caseId: string; raisedBy: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, crossed_on, value, route, case_id, raised_by)
     VALUES ($1, $2, $3, $4, $5, $5, 1, $6, $7, $8) ON CONFLICT (pupil_id, rule_key, window_start) DO NOTHING`,
    [
      worry.regionId,
      worry.schoolId,
      worry.pupilId,
      SignalKind.WORRY,
      dutchDate(),
      SignalRoute.SCHOOL,
      worry.caseId,
      worry.raisedBy,
    ],
  );
}
