import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { ReplayReaders, foundIn, replayGone } from '../../core/idempotency/replay';
import type { AgendaItemModel, DecisionModel, MeetingModel, MinutesSectionModel } from './meeting.model';
import { AgendaService } from './agenda.service';
import { MeetingService } from './meeting.service';

/**
 * How a retried mutation (core/idempotency/replay.ts) reads a meeting and what is on its agenda again:
 * the meeting as `meeting(id)` reads it, an agenda item and its minutes and decisions as the meeting's
 * agenda shows them to this session (an item about a case they may no longer see shows nothing).
 */
@Injectable()
export class MeetingReplays {
  constructor(
    replays: ReplayReaders,
    private readonly meetings: MeetingService,
    private readonly agenda: AgendaService,
    private readonly dataSource: DataSource,
  ) {
    replays.register<MeetingModel>('Meeting', { read: (session, id) => meetings.get(session, id) });
    replays.register<AgendaItemModel>('AgendaItem', {
      read: (session, id) => this.item(session, `SELECT meeting_id, id AS item_id FROM agenda_item WHERE id = $1`, id),
    });
    replays.register<MinutesSectionModel>('MinutesSection', {
      read: async (session, id) =>
        foundIn(
          (
            await this.item(
              session,
              `SELECT ai.meeting_id, ai.id AS item_id FROM minutes_section s JOIN agenda_item ai ON ai.id = s.agenda_item_id WHERE s.id = $1`,
              id,
            )
          ).minutes,
          (s) => s.id === id,
        ),
    });
    replays.register<DecisionModel>('Decision', {
      read: async (session, id) =>
        foundIn(
          (
            await this.item(
              session,
              `SELECT ai.meeting_id, ai.id AS item_id FROM decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id WHERE d.id = $1`,
              id,
            )
          ).decisions,
          (d) => d.id === id,
        ),
    });
  }

  /** The agenda item that `sql` finds for `id`, as the meeting's agenda shows it to this session. */
  private async item(session: Session, sql: string, id: string): Promise<AgendaItemModel> {
    if (!isUuid(id)) throw replayGone();
    const [row]: { meeting_id: string; item_id: string }[] = await this.dataSource.query(sql, [id]);
    if (!row) throw replayGone();
    await this.meetings.get(session, row.meeting_id); // NOT_FOUND unless the session may see the meeting
    const agenda = (await this.agenda.agendas(session, [row.meeting_id])).get(row.meeting_id) ?? [];
    return foundIn(agenda, (i) => i.id === row.item_id);
  }
}
