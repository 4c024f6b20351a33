import { Injectable } from '@nestjs/common';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents } from '../../realtime/live-events';
import { DataSource } from 'typeorm';
import { subject } from '@casl/ability';
import { DataCategory, Role } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { CaseAccess } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { AdviceEntity } from './advice.entity';
import { adviceModels, adviceOfCases, toAdviceModel } from './advice.mapper';
import type { AdviceModel } from './advice.model';
import { adviceOnlyYouthDoctor } from './advice.errors';
import { adviceInput } from './dto/write-advice.input';
import type { CaseModel } from '../case/case.model';

@Injectable()
export class AdviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly live: LiveEvents,
  ) {}

  /** Written by a jeugdarts of an organisation involved in the case. */
  async write(
    session: Session,
    caseId: string,
    educationAdvice: string,
    privateNote?: string | null,
  ): Promise<AdviceModel> {
    const { educationAdvice: advice, privateNote: note } = adviceInput(educationAdvice, privateNote);
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, caseId, 'read', manager);
        emit({ kind: LiveEventKind.ADVICE_WRITTEN, caseId: facts.id }, [room.case(facts.id)]);
        if (
          !session.ability.can(
            'create',
            subject('Advice', { regionId: facts.regionId, involvedOrganisationIds: facts.involvedOrganisationIds }),
          )
        ) {
          throw adviceOnlyYouthDoctor();
        }
        // Written on behalf of the jeugdarts's GGD that is involved (the ability allowed exactly those).
        const doctor = session.actor.memberships.find(
          (m) => m.role === Role.YOUTH_DOCTOR && facts.involvedOrganisationIds.includes(m.organisationId),
        )!;
        const saved = await manager.save(
          manager.create(AdviceEntity, {
            caseId,
            authorId: session.actor.userId,
            authorOrganisationId: doctor.organisationId,
            educationAdvice: advice,
            privateNote: note,
          }),
        );
        await recordTimeline(manager, session, {
          caseId,
          kind: TimelineKind.ADVICE_WRITTEN,
          category: DataCategory.DOCTOR_ADVICE,
          params: {},
          actorUserId: session.actor.userId,
        });
        const [model] = await adviceModels(manager, [saved], this.access.reader(session.actor, facts));
        return model;
      }),
    );
  }

  /**
   * The advice on each of these cases (read by the caller through the case), newest first: one query
   * for a whole page of cases; each case's list is masked with that case's reader.
   */
  async ofCases(caseIds: readonly string[]): Promise<Map<string, (reader: CaseModel['reader']) => AdviceModel[]>> {
    const byCase = await adviceOfCases(this.dataSource.manager, caseIds);
    return new Map(
      [...byCase].map(([caseId, { advice, lookups }]) => [
        caseId,
        (reader: CaseModel['reader']) => advice.map((a) => toAdviceModel(a, lookups, reader)),
      ]),
    );
  }

  /** The advice on this case as its reader may see them; loaded once for all the cases read with it. */
  async ofCase(caseModel: CaseModel): Promise<AdviceModel[]> {
    const byCase = await caseModel.batch('advice.advice', (cases) => this.ofCases(cases.map((c) => c.id)));
    return byCase.get(caseModel.id)?.(caseModel.reader) ?? [];
  }
}
