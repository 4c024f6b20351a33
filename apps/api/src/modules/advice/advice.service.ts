import { Injectable } from '@nestjs/common';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents } from '../../realtime/live-events';
import { DataSource } from 'typeorm';
import { subject } from '@casl/ability';
import { DataCategory, Role } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { optionalText, requireText } from '../../core/errors/input';
import { CaseAccess } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { AdviceEntity } from './advice.entity';
import { adviceModels } from './advice.mapper';
import type { AdviceModel } from './advice.model';

export class AdviceError extends AppError {}

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
    const advice = requireText(educationAdvice, 'educationAdvice', { max: 8000, label: 'Het advies' });
    const note = optionalText(privateNote, 'privateNote', { max: 8000, label: 'De eigen notitie' });
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
          throw new AdviceError('FORBIDDEN', 'Alleen de jeugdarts van een betrokken GGD schrijft advies.');
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
          summary: 'Advies van de jeugdarts vastgelegd',
          actorUserId: session.actor.userId,
        });
        const [model] = await adviceModels(manager, [saved], this.access.reader(session.actor, facts));
        return model;
      }),
    );
  }
}
