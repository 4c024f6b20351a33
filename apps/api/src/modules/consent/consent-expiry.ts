import type { EntityManager } from 'typeorm';
import type { ActorLoader } from '../../core/auth/actor.loader';
import type { Emit } from '../../realtime/live-events';
import { announcePupilVisibility } from './pupil-audience';

/**
 * A consent expires by itself: the day after its `valid_until` it no longer counts (active-consents.ts reads
 * that fresh on every request). The screens opened before then are told like after a withdrawal, once per
 * expired consent: the nightly run (signal-schedule.service.ts) covers each day exactly once, on one
 * instance, and passes the last days of validity that ended since the previous run. Returns how many
 * consents expired.
 */
export async function announceExpiredConsents(
  manager: EntityManager,
  actors: ActorLoader,
  { lastDayFrom, lastDayTo }: { lastDayFrom: string; lastDayTo: string },
  emit: Emit,
): Promise<number> {
  const expired: { pupil_id: string; n: number }[] = await manager.query(
    `SELECT pupil_id, count(*)::int AS n FROM consent
      WHERE withdrawn_at IS NULL AND valid_until BETWEEN $1::date AND $2::date
      GROUP BY pupil_id ORDER BY pupil_id`,
    [lastDayFrom, lastDayTo],
  );
  for (const { pupil_id } of expired) await announcePupilVisibility(manager, actors, pupil_id, emit);
  return expired.reduce((sum, e) => sum + e.n, 0);
}
