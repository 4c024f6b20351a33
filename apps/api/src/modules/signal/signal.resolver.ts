import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignalKind, SignalRoute } from '@aanwezig/domain';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders, replayGone } from '../../core/idempotency/replay';
import { SignalStatus } from './signal.entity';
import { MarkReportedToDuoInput } from './dto/mark-reported-to-duo.input';
import { SignalConnection, SignalModel, SignalToCaseResultModel } from './signal.model';
import { SignalService } from './signal.service';

@Resolver(() => SignalModel)
export class SignalResolver {
  constructor(
    private readonly service: SignalService,
    replays: ReplayReaders,
  ) {
    // A retried signal mutation reads the signal again as the list shows it (core/idempotency).
    replays.register<SignalModel>('Signal', { read: (session, id) => service.read(session, id) });
    replays.register<SignalToCaseResultModel>('SignalToCaseResult', {
      idOf: (result) => result.signal.id,
      read: async (session, id) => {
        const signal = await service.read(session, id);
        if (!signal.caseId) throw replayGone();
        return { signal, caseId: signal.caseId };
      },
    });
  }

  @Query(() => SignalConnection, {
    description:
      'Signals routed to you, newest first (new ones unless a status is given; withdrawn ones only when asked). The filters (rule, route, pupil) only narrow what is routed to you; totalCount counts the same.',
  })
  @Allow('read', 'Signal')
  signals(
    @CurrentSession() session: Session,
    @Args('status', { type: () => SignalStatus, nullable: true }) status?: SignalStatus,
    @Args('withdrawn', {
      type: () => Boolean,
      nullable: true,
      description: 'true: the withdrawn signals (any status) instead.',
    })
    withdrawn?: boolean,
    @Args('rule', { type: () => SignalKind, nullable: true, description: 'Only the signals of this rule.' })
    rule?: SignalKind,
    @Args('route', { type: () => SignalRoute, nullable: true, description: 'Only the signals on this route.' })
    route?: SignalRoute,
    @Args('pupilId', { type: () => ID, nullable: true, description: "Only this pupil's signals." })
    pupilId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(
      session,
      { status, withdrawn: withdrawn ?? false, rule, route, pupilId },
      { first, after },
    );
  }

  @Mutation(() => SignalModel, {
    description: 'Records that the school reported this legal-report signal to DUO (when, and its reference).',
  })
  @Allow('update', 'LegalReport')
  markReportedToDuo(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MarkReportedToDuoInput,
  ) {
    return this.service.markReportedToDuo(session, id, input);
  }

  @Mutation(() => SignalToCaseResultModel, {
    description: "Opens a case from the signal, or adds it to the pupil's open case.",
  })
  @Allow('update', 'Signal')
  signalToCase(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.toCase(session, id);
  }

  @Mutation(() => SignalModel, {
    description: "Puts the signal on a meeting's agenda, through the pupil's case (opened when there is none).",
  })
  @Allow('update', 'Signal')
  signalToAgenda(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ) {
    return this.service.toAgenda(session, id, meetingId);
  }

  @Mutation(() => SignalModel)
  @Allow('update', 'Signal')
  acknowledgeSignal(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.acknowledge(session, id);
  }
}
