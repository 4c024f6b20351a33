import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DataCategory, OrganisationKind, ageOn, dutchDate, missingGivers, requiredGivers } from '@aanwezig/domain';
import { consentRecordDecision, consentRecording, mayManageConsents } from '@aanwezig/authz';
import { ActorLoader } from '../../core/auth/actor.loader';
import type { Session } from '../../core/auth/request-context';
import { InputError } from '../../core/errors/input';
import { isUuid } from '../../core/database/uuid';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { findOrganisation, findOrganisations, organisationsOfRegion } from '../organisation/organisations';
import { byDutchName } from '../organisation/organisation-names';
import type { CaseModel } from '../case/case.model';
import { findPupil, guardiansOf } from '../pupil/pupils';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents } from '../../realtime/live-events';
import { loadConsents } from './consent-loader';
import { ConsentEntity } from './consent.entity';
import { ConsentError, consentAlreadyWithdrawn, consentNotFound, namesParams } from './consent.errors';
import { checkRecordConsent } from './dto/record-consent.input';
import { announcePupilVisibility } from './pupil-audience';
import { toConsentModel } from './consent.mapper';
import type { ConsentModel, ConsentRecordingModel } from './consent.model';
import type { RecordConsentInput } from './dto/record-consent.input';

@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly live: LiveEvents,
    private readonly actors: ActorLoader,
  ) {}

  /**
   * Records a consent after checking that everyone who must give it did (by age and parental
   * authority), for named categories, recipients, purpose and period. One transaction, with a
   * timeline entry on the case.
   */
  async record(session: Session, input: RecordConsentInput): Promise<ConsentModel> {
    const { purpose, validFrom, validUntil } = checkRecordConsent(input);
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, input.caseId, 'read', manager);
        await this.requireMayRecord(session, facts, input, manager);
        const pupil = (await findPupil(manager, facts.pupilId))!;
        const guardians = await guardiansOf(manager, [pupil.id]);
        const unknown = input.guardianIds.filter((id) => !guardians.some((g) => g.id === id && g.hasParentalAuthority));
        if (unknown.length > 0) throw new InputError('guardianIds', 'consent.guardianWithoutAuthority');
        const required = requiredGivers(
          ageOn(pupil.dateOfBirth, dutchDate()),
          guardians.filter((g) => g.hasParentalAuthority).map((g) => g.id),
        );
        const missing = missingGivers(required, { pupil: input.givenByPupil, guardianIds: input.guardianIds });
        if (missing.pupil) throw new InputError('givenByPupil', 'consent.pupilMustConsent');
        if (missing.guardianIds.length > 0) {
          const names = guardians.filter((g) => missing.guardianIds.includes(g.id)).map((g) => g.name);
          throw new InputError('guardianIds', 'consent.guardiansMissing', namesParams(names));
        }
        const organisationIds = [...new Set(input.organisationIds)];
        const organisations = organisationIds.every(isUuid)
          ? await findOrganisations(manager, organisationIds, facts.regionId)
          : [];
        if (organisations.length !== organisationIds.length)
          throw new InputError('organisationIds', 'consent.organisationsOutsideRegion');
        const consent = await manager.save(
          manager.create(ConsentEntity, {
            regionId: facts.regionId,
            pupilId: pupil.id,
            givenByPupil: input.givenByPupil,
            guardianIds: input.guardianIds,
            recordedBy: session.actor.userId,
            method: input.method,
            categories: [...new Set(input.categories)],
            organisationIds,
            purpose,
            validFrom,
            validUntil,
          }),
        );
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.CONSENT_RECORDED,
          category: DataCategory.CLASSIFICATION,
          params: { organisations: organisations.map((o) => o.name).join(', '), purpose },
          actorUserId: session.actor.userId,
        });
        emit({ kind: LiveEventKind.CASE_VISIBILITY_CHANGED, caseId: facts.id }, [room.case(facts.id)]);
        return this.model(session, facts, consent, manager);
      }),
    );
  }

  /**
   * What this actor may record on this case: the categories they hold (libs/authz), and as recipients the
   * region's partner organisations and the pupil's school, never an organisation they work for.
   */
  async recording(session: Session, caseModel: CaseModel): Promise<ConsentRecordingModel> {
    const facts = { schoolId: caseModel.schoolId, involvedOrganisationIds: caseModel.reader.involvedOrganisationIds };
    const may = consentRecording(session.actor, facts);
    if (may.categories.length === 0) return { categories: [], recipients: [] };
    const organisations = await organisationsOfRegion(this.dataSource.manager, session.actor.regionId);
    const recipients = organisations
      .filter(
        (o) =>
          (o.kind !== OrganisationKind.SCHOOL || o.id === caseModel.schoolId) &&
          !may.excludedRecipientIds.includes(o.id),
      )
      .map((o) => ({ id: o.id, name: o.name, kind: o.kind, sector: o.sector }))
      .sort(byDutchName);
    return { categories: may.categories, recipients };
  }

  /** Withdrawal takes effect at once and is stamped, never deleted. */
  async withdraw(session: Session, consentId: string): Promise<ConsentModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const consent = isUuid(consentId)
          ? await manager.findOne(ConsentEntity, { where: { id: consentId }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!consent) throw consentNotFound();
        const facts = await this.caseOfPupilFor(session, consent.pupilId, manager);
        if (consent.withdrawnAt) throw consentAlreadyWithdrawn();
        consent.withdrawnAt = new Date();
        consent.withdrawnBy = session.actor.userId;
        await manager.save(consent);
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.CONSENT_WITHDRAWN,
          category: DataCategory.CLASSIFICATION,
          params: { purpose: consent.purpose },
          actorUserId: session.actor.userId,
        });
        // Whoever has this pupil on a screen refetches (the case's room, and every reader's case list,
        // signals and actions): what they may see of it just changed.
        await announcePupilVisibility(manager, this.actors, consent.pupilId, emit);
        return this.model(session, facts, consent, manager);
      }),
    );
  }

  /** A case of the pupil through which the actor may manage consents; NOT_FOUND otherwise. */
  private async caseOfPupilFor(session: Session, pupilId: string, manager: EntityManager): Promise<CaseFacts> {
    const facts = await this.access.facts(await this.access.caseIdsOfPupil(pupilId, manager), manager);
    for (const f of facts.values()) {
      if (this.access.can(session.ability, 'read', f) && this.mayRecord(session, f)) return f;
    }
    throw consentNotFound();
  }

  /**
   * Only the organisation that holds the data records the consent that discloses it, never for itself
   * (libs/authz consentRecordDecision decides). Refused before anything is written, naming the field.
   */
  private async requireMayRecord(
    session: Session,
    facts: CaseFacts,
    input: RecordConsentInput,
    manager: EntityManager,
  ): Promise<void> {
    const decision = consentRecordDecision(session.actor, facts, {
      categories: input.categories,
      organisationIds: input.organisationIds,
    });
    if (decision.allowed) return;
    if (decision.field === null) throw new ConsentError('FORBIDDEN', { reason: 'consent.noDataHeld' });
    if (decision.field === 'categories') {
      throw new ConsentError('FORBIDDEN', {
        reason: 'consent.holderOnly',
        params: {
          category: decision.category,
          ...(decision.holder === OrganisationKind.YOUTH_HEALTH ? { context: 'youthHealth' } : {}),
        },
        field: 'categories',
      });
    }
    const organisation = isUuid(decision.organisationId)
      ? await findOrganisation(manager, decision.organisationId)
      : null;
    throw new ConsentError('FORBIDDEN', {
      reason: 'consent.recipientSelf',
      params: organisation ? { organisation: organisation.name } : { context: 'unknown' },
      field: 'organisationIds',
    });
  }

  /** Whoever holds some of this pupil's data records consents for it, and may withdraw any (withdrawal only narrows). */
  private mayRecord(session: Session, facts: CaseFacts): boolean {
    return mayManageConsents(session.actor, facts);
  }

  private async model(
    session: Session,
    facts: CaseFacts,
    consent: ConsentEntity,
    manager: EntityManager,
  ): Promise<ConsentModel> {
    const { lookups } = await loadConsents(manager, [facts.pupilId]);
    const fresh = (await this.access.facts([facts.id], manager)).get(facts.id)!;
    return toConsentModel(consent, this.access.reader(session.actor, fresh), lookups);
  }
}
