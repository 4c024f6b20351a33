import { translate } from '@aanwezig/messages';
import { createEvents, type EventAttributes } from 'ics';
import type { EntityManager } from 'typeorm';
import type { MeetingStatus } from '@aanwezig/domain';

interface InvitationRow {
  id: string;
  title: string;
  starts_at: Date;
  duration_minutes: number;
  location: string | null;
  online_url: string | null;
  status: MeetingStatus;
  ics_sequence: number;
  chair_name: string;
  chair_email: string;
  attendees: { name: string; email: string }[];
}

/**
 * The iCalendar invitation for a meeting, or for its whole series (one event per meeting, each with a
 * stable UID; SEQUENCE rises when one moves, so calendars replace it). Names no pupil. Its description
 * is the catalogue's Dutch text (notification.calendar.description), like the mail it goes with.
 */
export async function meetingInvitation(
  manager: EntityManager,
  meetingId: string,
  appUrl: string,
): Promise<string | null> {
  const rows: InvitationRow[] = await manager.query(
    `SELECT m.id, m.title, m.starts_at, m.duration_minutes, m.location, m.online_url, m.status, m.ics_sequence,
            chair.name AS chair_name, chair.email AS chair_email,
            COALESCE((SELECT json_agg(json_build_object('name', u.name, 'email', u.email) ORDER BY u.name)
                        FROM meeting_participant mp JOIN app_user u ON u.id = mp.user_id WHERE mp.meeting_id = m.id), '[]') AS attendees
       FROM meeting m JOIN app_user chair ON chair.id = m.chair_user_id
      WHERE m.id = $1 OR (m.series_id IS NOT NULL AND m.series_id = (SELECT series_id FROM meeting WHERE id = $1))
      ORDER BY m.starts_at`,
    [meetingId],
  );
  if (rows.length === 0) return null;
  const events: EventAttributes[] = rows.map((m) => ({
    uid: `${m.id}@aanwezig`,
    sequence: m.ics_sequence,
    start: m.starts_at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: m.duration_minutes },
    title: m.title,
    location: m.location ?? m.online_url ?? undefined,
    description: translate('notification.calendar.description', {
      link: `${appUrl}/overleggen/${m.id}`,
      ...(m.online_url ? { context: 'online', online: m.online_url } : {}),
    }),
    url: `${appUrl}/overleggen/${m.id}`,
    status: 'CONFIRMED',
    organizer: { name: m.chair_name, email: m.chair_email },
    attendees: m.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      rsvp: true,
      partstat: 'NEEDS-ACTION',
      role: 'REQ-PARTICIPANT',
    })),
  }));
  const { error, value } = createEvents(events, { productId: 'aanwezig', method: 'REQUEST', calName: 'Aanwezig' });
  if (error || !value) throw error ?? new Error('iCalendar could not be built');
  return value;
}
