import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In } from 'typeorm';
import { DEFAULT_PROTOCOL, DataCategory, SignalRoute } from '@aanwezig/domain';
import { accessibleSql } from '../../authz/accessible-sql';
import { maskFields } from '../../authz/field-mask';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { isUuid } from '../../core/database/uuid';
import { readerFor } from '../case/case-access';
import { activeConsentsJson, type ActiveConsent } from '../consent/active-consents';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { toPupilModel } from '../pupil/pupil.mapper';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { SignalEntity, SignalStatus } from './signal.entity';
import type { SignalModel } from './signal.model';

/** What a signal's value tells: unauthorised absence on the legal route, sick leave on the medical one. */
const VALUE_CATEGORY: Record<SignalRoute, DataCategory> = {
  LEGAL: DataCategory.UNAUTHORISED_ABSENCE,
  MEDICAL: DataCategory.SICK_LEAVE,
  SCHOOL: DataCategory.ATTENDANCE_SUMMARY,
};

const signalNotFound = () => new AppError('NOT_FOUND', 'Dit signaal bestaat niet of is niet voor u bestemd.');

@Injectable()
export class SignalService {
  constructor(private readonly dataSource: DataSource) {}

  /** The signals routed to the actor, newest first; new ones only unless a status is asked for. */
  list(session: Session, status: SignalStatus | null | undefined, page: PageRequest): Promise<Connection<SignalModel>> {
    const access = accessibleSql(session.ability, 'read', 'Signal', {
      regionId: (p) => `s.region_id = ANY(:${p})`,
      schoolId: (p) => `s.school_id = ANY(:${p})`,
      route: (p) => `s.route = ANY(:${p})`,
    });
    const query = this.dataSource.getRepository(SignalEntity).createQueryBuilder('s').where(access?.sql ?? 'false', access?.params);
    query.andWhere('s.status = :status', { status: status ?? SignalStatus.NEW });
    return paginate(
      query,
      { expression: `date_trunc('milliseconds', s.raised_at)`, idExpression: 's.id', direction: 'DESC', valueOf: (s) => s.raisedAt.toISOString(), idOf: (s) => s.id },
      page,
      (signals) => this.toModels(session, signals),
    );
  }

  async acknowledge(session: Session, id: string): Promise<SignalModel> {
    return this.dataSource.transaction(async (manager) => {
      const signal = isUuid(id) ? await manager.findOne(SignalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      const facts = signal && { regionId: signal.regionId, schoolId: signal.schoolId, route: signal.route };
      if (!signal || !session.ability.can('read', subject('Signal', facts!))) throw signalNotFound();
      if (!session.ability.can('update', subject('Signal', facts!))) throw new AppError('FORBIDDEN', 'U mag dit signaal inzien, maar niet afhandelen.');
      if (signal.status !== SignalStatus.NEW) throw new AppError('CONFLICT', 'Dit signaal is al afgehandeld.');
      signal.status = SignalStatus.ACKNOWLEDGED;
      signal.acknowledgedBy = session.actor.userId;
      signal.acknowledgedAt = new Date();
      await manager.save(signal);
      return (await this.toModels(session, [signal]))[0];
    });
  }

  /**
   * Turns a signal into a case (or adds it to the pupil's open case), for the school's coordinators.
   * The case's timeline says where it came from.
   */
  async toCase(session: Session, id: string): Promise<{ signal: SignalModel; caseId: string }> {
    const caseId = await this.dataSource.transaction(async (manager) => {
      const signal = isUuid(id) ? await manager.findOne(SignalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      const facts = signal && { regionId: signal.regionId, schoolId: signal.schoolId, route: signal.route };
      if (!signal || !session.ability.can('read', subject('Signal', facts!))) throw signalNotFound();
      const involvement = { regionId: signal.regionId, schoolId: signal.schoolId, involvedOrganisationIds: [signal.schoolId], involvedUserIds: [session.actor.userId] };
      if (!session.ability.can('create', subject('Case', involvement))) throw new AppError('FORBIDDEN', 'Alleen de coördinatoren van de school openen een casus.');
      if (signal.caseId) throw new AppError('CONFLICT', 'Van dit signaal is al een casus gemaakt.');
      const rule = DEFAULT_PROTOCOL.find((r) => r.key === signal.ruleKey)!;
      const [open] = await manager.query(`SELECT id FROM case_file WHERE pupil_id = $1 AND status <> 'CLOSED' LIMIT 1`, [signal.pupilId]);
      let targetId: string = open?.id;
      if (!targetId) {
        const [created] = await manager.query(
          `INSERT INTO case_file (region_id, school_id, pupil_id, tier, status, flagged_for_meeting, created_by, version) VALUES ($1, $2, $3, 1, 'OPEN', true, $4, 1) RETURNING id`,
          [signal.regionId, signal.schoolId, signal.pupilId, session.actor.userId],
        );
        targetId = created.id;
        await manager.query(`INSERT INTO case_involvement (case_id, organisation_id, user_id, added_by) VALUES ($1, $2, NULL, $3), ($1, $2, $3, $3)`, [targetId, signal.schoolId, session.actor.userId]);
        await recordTimeline(manager, session, { caseId: targetId, kind: TimelineKind.CASE_CREATED, category: DataCategory.CLASSIFICATION, summary: `Casus geopend na het signaal: ${rule.labelNl}`, actorUserId: session.actor.userId });
      } else {
        await recordTimeline(manager, session, { caseId: targetId, kind: TimelineKind.CASE_UPDATED, category: VALUE_CATEGORY[signal.route], summary: `Signaal toegevoegd: ${rule.labelNl}`, actorUserId: session.actor.userId });
      }
      signal.caseId = targetId;
      signal.status = SignalStatus.CASE_OPENED;
      signal.acknowledgedBy = session.actor.userId;
      signal.acknowledgedAt = new Date();
      await manager.save(signal);
      return targetId;
    });
    const signal = await this.dataSource.getRepository(SignalEntity).findOneByOrFail({ id });
    return { signal: (await this.toModels(session, [signal]))[0], caseId };
  }

  /**
   * Masked per signal: the pupil's identity and the value follow the matrix, where a legal-route signal
   * counts as the municipality's involvement (its legal task) and consents are read fresh.
   */
  private async toModels(session: Session, signals: SignalEntity[]): Promise<SignalModel[]> {
    if (signals.length === 0) return [];
    const pupils = await this.dataSource.getRepository(PupilEntity).findBy({ id: In([...new Set(signals.map((s) => s.pupilId))]) });
    const schools = await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...new Set(signals.map((s) => s.schoolId))]) });
    const consents: { id: string; consents: ActiveConsent[] }[] = await this.dataSource.query(
      `SELECT p.id, ${activeConsentsJson('p.id')} AS consents FROM pupil p WHERE p.id = ANY($1)`,
      [pupils.map((p) => p.id)],
    );
    const pupilById = new Map(pupils.map((p) => [p.id, p]));
    const schoolById = new Map(schools.map((s) => [s.id, s]));
    const consentsOf = new Map(consents.map((c) => [c.id, c.consents]));
    const municipalities = session.actor.memberships.filter((m) => m.organisationKind === 'MUNICIPALITY').map((m) => m.organisationId);
    const models = signals.map((s) => {
      // A legal-route signal is the municipality's legal task: it counts as its involvement.
      const organisationIds = [s.schoolId, ...(s.route === SignalRoute.LEGAL ? municipalities : [])];
      const reader = readerFor(session.actor, { organisationIds, involvedOrganisationIds: organisationIds, consents: consentsOf.get(s.pupilId) ?? [] });
      const school = schoolById.get(s.schoolId)!;
      const rule = DEFAULT_PROTOCOL.find((r) => r.key === s.ruleKey)!;
      const masked = maskFields(
        'Signal',
        { id: s.id, rule: s.ruleKey, label: rule.labelNl, route: s.route, pupil: toPupilModel(pupilById.get(s.pupilId)!, school), school, value: s.value, windowStart: s.windowStart, raisedAt: s.raisedAt, status: s.status, caseId: s.caseId },
        reader,
        VALUE_CATEGORY[s.route],
      );
      return { ...masked, school, raisedAt: s.raisedAt, status: s.status, route: s.route, rule: s.ruleKey, id: s.id, label: rule.labelNl, windowStart: s.windowStart } as SignalModel;
    });
    await audit(
      this.dataSource.manager,
      session,
      signals
        .filter((_s, i) => models[i].pupil !== null)
        .map((s) => ({ pupilId: s.pupilId, regionId: s.regionId, action: AuditAction.READ, categories: [DataCategory.IDENTITY, VALUE_CATEGORY[s.route]], subject: `Signal:${s.id}` })),
    );
    return models;
  }
}
