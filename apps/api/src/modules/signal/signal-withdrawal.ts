import { classMentorIdsSql } from '../user/class-mentors';
import type { EntityManager } from 'typeorm';
import { signalAudience } from '@aanwezig/authz';
import type { SignalKind, SignalRoute } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import type { Emit } from '../../realtime/live-events';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notify';
import { signalLabelParamsOf, valueCategory } from './signal-facts';
import type { WithdrawnSignal } from './signal-evaluation';

/**
 * Tells the people a signal reached that it was withdrawn, or that a withdrawn one holds again, in the
 * kind's neutral sentence (the signal itself is read through the field mask), and notes it on the case
 * it was added to.
 */
export async function announceSignalChanges(
  manager: EntityManager,
  session: Session,
  changes: { withdrawn: readonly WithdrawnSignal[]; reinstated: readonly WithdrawnSignal[] },
  emit: Emit,
): Promise<void> {
  await announce(manager, session, changes.withdrawn, WITHDRAWN, emit);
  await announce(manager, session, changes.reinstated, REINSTATED, emit);
}

interface Announcement {
  kind: NotificationKind;
  key: string;
  /** The context of the case's CASE_UPDATED entry (timeline.CASE_UPDATED_<context>). */
  timeline: string;
}

const WITHDRAWN: Announcement = {
  kind: NotificationKind.SIGNAL_WITHDRAWN,
  key: 'withdrawn',
  timeline: 'signalWithdrawn',
};

const REINSTATED: Announcement = {
  kind: NotificationKind.SIGNAL_REINSTATED,
  key: 'reinstated',
  timeline: 'signalReinstated',
};

async function announce(
  manager: EntityManager,
  session: Session,
  changed: readonly WithdrawnSignal[],
  what: Announcement,
  emit: Emit,
): Promise<void> {
  if (changed.length === 0) return;
  const signals = changed.map((w) => ({
    ...w,
    regionId: w.region_id,
    ruleKey: w.rule_key as SignalKind,
    route: w.route as SignalRoute,
  }));
  // The ability's readers of each signal (signalAudience): the school's case managers, the mentors of the
  // pupil's class on the school route, the leerplicht of the pupil's municipality on the legal route.
  const readers: { signal_id: string; user_id: string }[] = await manager.query(
    `SELECT DISTINCT s.id AS signal_id, m.user_id
       FROM json_to_recordset($1::json) AS s(id uuid, school_id uuid, pupil_id uuid, school_roles text[], class_mentors boolean, residence_roles text[])
       JOIN pupil p ON p.id = s.pupil_id
       JOIN membership m ON (m.organisation_id = s.school_id AND m.role = ANY(s.school_roles))
                         OR (m.organisation_id = p.residence_municipality_id AND m.role = ANY(s.residence_roles))
                         OR (s.class_mentors AND m.organisation_id = s.school_id AND m.role = 'MENTOR'
                             AND m.user_id::text = ANY(${classMentorIdsSql('p')}))
       JOIN app_user u ON u.id = m.user_id AND u.active`,
    [
      JSON.stringify(
        signals.map((s) => ({ id: s.id, school_id: s.school_id, pupil_id: s.pupil_id, ...audienceOf(s.route) })),
      ),
    ],
  );
  const at = Date.now();
  await notify(
    manager,
    readers
      .filter((r) => r.user_id !== session.actor.userId)
      .map((r) => ({
        recipientUserId: r.user_id,
        kind: what.kind,
        signalId: r.signal_id,
        dedupeKey: `signal:${r.signal_id}:${what.key}:${at}:${r.user_id}`,
      })),
    emit,
  );
  const labelOf = await signalLabelParamsOf(manager, signals);
  for (const signal of signals.filter((s) => s.case_id)) {
    await recordTimeline(manager, session, {
      caseId: signal.case_id!,
      kind: TimelineKind.CASE_UPDATED,
      category: valueCategory(signal),
      params: { context: what.timeline, ...labelOf(signal) },
      actorUserId: session.actor.userId,
    });
  }
}

function audienceOf(route: string): {
  school_roles: readonly string[];
  class_mentors: boolean;
  residence_roles: readonly string[];
} {
  const audience = signalAudience(route);
  return {
    school_roles: audience.schoolRoles,
    class_mentors: audience.classMentors,
    residence_roles: audience.residenceRoles,
  };
}
