import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseStatus, DataCategory, Role, SignalKind, SignalRoute, dutchDate } from '@aanwezig/domain';
import { accessibleSql } from '../../authz/accessible-sql';
import { maskFields } from '../../authz/field-mask';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { isUuid } from '../../core/database/uuid';
import { CaseAccess, readerFor } from '../case/case-access';
import { activeConsentsJson, type ActiveConsent } from '../case/active-consents';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { toPupilModel } from '../pupil/pupil.mapper';
import { LiveEvents, type Emit } from '../../realtime/live-events';
import { AgendaService } from '../meeting/agenda.service';
import { CaseService } from '../case/case.service';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notify';
import { SignalEntity, SignalStatus } from './signal.entity';
import { signalUnit } from './signal-unit';
import { SIGNAL_ATTRIBUTE_SQL, signalLabelParamsOf, signalLabels, signalSubject, valueCategory } from './signal-facts';
import { checkReportToDuo, type MarkReportedToDuoInput } from './dto/mark-reported-to-duo.input';
import type { LegalReportModel, SignalModel } from './signal.model';
import type { WithdrawalReason } from './signal-evaluation';
import {
  alreadyReported,
  notALegalReport,
  onlySchoolReports,
  reportedBeforeCrossing,
  signalAlreadyCase,
  signalAlreadyHandled,
  signalAlreadyOnAgenda,
  signalNotFound,
  signalReadOnly,
  signalWithdrawn,
  withdrawnNoReport,
} from './signal.errors';

@Injectable()
export class SignalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly cases: CaseService,
    private readonly caseAccess: CaseAccess,
    private readonly live: LiveEvents,
  ) {}

  /**
   * The signals routed to the actor, newest first; new ones only unless a status is asked for; withdrawn
   * ones apart. The rule, route and pupil filters are ANDed onto the access condition, so they (and the
   * count, which is the same query) only ever narrow what the actor may read.
   */
  list(
    session: Session,
    filter: {
      status?: SignalStatus | null;
      withdrawn: boolean;
      rule?: SignalKind | null;
      route?: SignalRoute | null;
      pupilId?: string | null;
    },
    page: PageRequest,
  ): Promise<Connection<SignalModel>> {
    const access = accessibleSql(session.ability, 'read', 'Signal', SIGNAL_ATTRIBUTE_SQL);
    const query = this.dataSource
      .getRepository(SignalEntity)
      .createQueryBuilder('s')
      .where(access?.sql ?? 'false', access?.params);
    if (filter.withdrawn) {
      query.andWhere('s.withdrawn_at IS NOT NULL');
      if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    } else {
      query.andWhere('s.withdrawn_at IS NULL AND s.status = :status', { status: filter.status ?? SignalStatus.NEW });
    }
    if (filter.rule) query.andWhere('s.rule_key = :rule', { rule: filter.rule });
    if (filter.route) query.andWhere('s.route = :route', { route: filter.route });
    // An id that is no uuid names no pupil: nothing matches (as a pupil one may not see).
    if (filter.pupilId != null)
      query.andWhere(isUuid(filter.pupilId) ? 's.pupil_id = :pupilId' : 'false', { pupilId: filter.pupilId });
    return paginate(
      query,
      {
        expression: `date_trunc('milliseconds', s.raised_at)`,
        idExpression: 's.id',
        direction: 'DESC',
        valueOf: (s) => s.raisedAt.toISOString(),
        idOf: (s) => s.id,
      },
      page,
      (signals) => this.toModels(session, signals),
    );
  }

  /**
   * One signal as the list shows it to this session (the list's access rule, the field mask): a retried
   * mutation's answer (core/idempotency/replay.ts). NOT_FOUND when it is not routed to them (any more).
   */
  async read(session: Session, id: string): Promise<SignalModel> {
    const access = accessibleSql(session.ability, 'read', 'Signal', SIGNAL_ATTRIBUTE_SQL);
    const query = this.dataSource.getRepository(SignalEntity).createQueryBuilder('s');
    const signal =
      access && isUuid(id)
        ? await query.where(access.sql, access.params).andWhere('s.id = :id', { id }).getOne()
        : null;
    if (!signal) throw signalNotFound();
    return (await this.toModels(session, [signal]))[0];
  }

  async acknowledge(session: Session, id: string): Promise<SignalModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const signal = await this.handleable(manager, session, id);
        signal.status = SignalStatus.ACKNOWLEDGED;
        await this.handled(manager, session, signal, emit);
        return (await this.toModels(session, [signal], manager))[0];
      }),
    );
  }

  /**
   * Turns a signal into a case (or adds it to the pupil's open case), for the school's coordinators.
   * The case's timeline says where it came from.
   */
  async toCase(session: Session, id: string): Promise<{ signal: SignalModel; caseId: string }> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const signal = await this.handleable(manager, session, id, { allowHandled: true });
        if (signal.caseId && signal.status !== SignalStatus.NEW) throw signalAlreadyCase();
        const caseId = await this.attachToCase(manager, session, signal);
        signal.status = SignalStatus.CASE_OPENED;
        await this.handled(manager, session, signal, emit);
        return { signal: (await this.toModels(session, [signal], manager))[0], caseId };
      }),
    );
  }

  /**
   * Puts the signal on a meeting's agenda: through the pupil's case (opened when there is none), as one
   * change. Whoever may build that meeting's agenda may do it.
   */
  async toAgenda(session: Session, id: string, meetingId: string): Promise<SignalModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const signal = await this.handleable(manager, session, id, { allowHandled: true });
        if (signal.meetingId) throw signalAlreadyOnAgenda();
        const caseId = await this.attachToCase(manager, session, signal);
        // The meeting decides who may add to its agenda; a case already on it is fine.
        await this.agenda.addAgendaItemIn(manager, session, { meetingId, caseId }, emit).catch((error: unknown) => {
          if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
        });
        signal.status = SignalStatus.ON_AGENDA;
        signal.meetingId = meetingId;
        await this.handled(manager, session, signal, emit);
        return (await this.toModels(session, [signal], manager))[0];
      }),
    );
  }

  /** The signal, locked, if the actor may handle it: routed to them, with the right to act on it, and not handled yet. */
  private async handleable(
    manager: EntityManager,
    session: Session,
    id: string,
    options: { allowHandled?: boolean } = {},
  ): Promise<SignalEntity> {
    const signal = isUuid(id)
      ? await manager.findOne(SignalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    const facts = signal && (await signalSubject(manager, signal));
    if (!signal || !session.ability.can('read', subject('Signal', facts!))) throw signalNotFound();
    if (!session.ability.can('update', subject('Signal', facts!))) throw signalReadOnly();
    if (signal.withdrawnAt) throw signalWithdrawn();
    if (signal.status !== SignalStatus.NEW && !(options.allowHandled && signal.status === SignalStatus.ACKNOWLEDGED)) {
      throw signalAlreadyHandled();
    }
    return signal;
  }

  /**
   * The pupil's open case, or a new one opened by the actor (CaseService.openOrAttach: the case module
   * writes its own tables); the case's timeline names the signal, with the region's setting of its rule.
   */
  private async attachToCase(manager: EntityManager, session: Session, signal: SignalEntity): Promise<string> {
    if (signal.caseId) return signal.caseId;
    const label = (await signalLabelParamsOf(manager, [signal]))(signal);
    const { caseId } = await this.cases.openOrAttach(manager, session, {
      regionId: signal.regionId,
      schoolId: signal.schoolId,
      pupilId: signal.pupilId,
      flaggedForMeeting: true,
      opened: { params: { context: 'signal', ...label } },
      attached: { category: valueCategory(signal), params: { context: 'signalAdded', ...label } },
    });
    signal.caseId = caseId;
    return caseId;
  }

  /**
   * Saves the handled signal and tells whoever raised it that it was handled (terugkoppelgarantie): the
   * importer or the mentor, or for the nightly run the school's attendance coordinators. The notification
   * is the kind's neutral sentence and references the signal and case; what happened (case opened, on
   * which agenda, by whom) is read on the signal and the case, through the field mask.
   */
  private async handled(manager: EntityManager, session: Session, signal: SignalEntity, emit: Emit): Promise<void> {
    signal.acknowledgedBy = session.actor.userId;
    signal.acknowledgedAt = new Date();
    await manager.save(signal);
    const recipients: { id: string }[] = signal.raisedBy
      ? [{ id: signal.raisedBy }]
      : await manager.query(`SELECT user_id AS id FROM membership WHERE organisation_id = $1 AND role = $2`, [
          signal.schoolId,
          Role.ATTENDANCE_COORDINATOR,
        ]);
    await notify(
      manager,
      recipients
        .filter((r) => r.id !== session.actor.userId)
        .map((r) => ({
          recipientUserId: r.id,
          kind: NotificationKind.SIGNAL_FEEDBACK,
          signalId: signal.id,
          caseId: signal.caseId,
          dedupeKey: `signal:${signal.id}:${signal.status}:${r.id}`,
        })),
      emit,
    );
  }

  /**
   * Records the school's report of a legal-report signal to DUO. The school's coordinators and leader do
   * this (its own duty); a second record is refused, a withdrawn signal needs none.
   */
  async markReportedToDuo(session: Session, id: string, input: MarkReportedToDuoInput): Promise<SignalModel> {
    const { reportedOn, reference } = checkReportToDuo(input, dutchDate());
    return this.dataSource.transaction(async (manager) => {
      const signal = isUuid(id)
        ? await manager.findOne(SignalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!signal || !session.ability.can('read', subject('Signal', await signalSubject(manager, signal))))
        throw signalNotFound();
      if (
        !session.ability.can('update', subject('LegalReport', { regionId: signal.regionId, schoolId: signal.schoolId }))
      ) {
        throw onlySchoolReports();
      }
      if (signal.ruleKey !== SignalKind.LEGAL_REPORT) throw notALegalReport();
      if (signal.withdrawnAt) throw withdrawnNoReport();
      if (signal.reportedAt) throw alreadyReported(signal.reportedOn ?? '', signal.duoReference ?? '');
      if (reportedOn < signal.crossedOn) throw reportedBeforeCrossing(signal.crossedOn);
      Object.assign(signal, {
        reportedOn,
        duoReference: reference,
        reportedBy: session.actor.userId,
        reportedAt: new Date(),
      });
      await manager.save(signal);
      await audit(manager, session, [
        {
          pupilId: signal.pupilId,
          regionId: signal.regionId,
          action: AuditAction.UPDATE,
          categories: [valueCategory(signal)],
          subject: `Signal:${signal.id}:reportedToDuo`,
        },
      ]);
      return (await this.toModels(session, [signal], manager))[0];
    });
  }

  /**
   * Masked per signal: the pupil's identity and the value follow the matrix, where a legal-route signal
   * counts as the municipality's involvement (its legal task) and consents are read fresh.
   */
  private async toModels(
    session: Session,
    signals: SignalEntity[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SignalModel[]> {
    if (signals.length === 0) return [];
    const pupils = await manager.findBy(PupilEntity, { id: In([...new Set(signals.map((s) => s.pupilId))]) });
    const schools = await manager.findBy(OrganisationEntity, { id: In([...new Set(signals.map((s) => s.schoolId))]) });
    const consents: { id: string; consents: ActiveConsent[] }[] = await manager.query(
      `SELECT p.id, ${activeConsentsJson('p.id')} AS consents FROM pupil p WHERE p.id = ANY($1)`,
      [pupils.map((p) => p.id)],
    );
    const pupilById = new Map(pupils.map((p) => [p.id, p]));
    const schoolById = new Map(schools.map((s) => [s.id, s]));
    const consentsOf = new Map(consents.map((c) => [c.id, c.consents]));
    const labelOf = await signalLabels(manager, signals);
    const reporterIds = [...new Set(signals.map((s) => s.reportedBy).filter((id): id is string => id !== null))];
    const reporters = new Map<string, string>(
      reporterIds.length
        ? (await manager.query(`SELECT id, name FROM app_user WHERE id = ANY($1)`, [reporterIds])).map(
            (u: { id: string; name: string }) => [u.id, u.name],
          )
        : [],
    );
    const caseOf = await this.readableCases(session, signals, manager);
    const municipalities = session.actor.memberships
      .filter((m) => m.organisationKind === 'MUNICIPALITY')
      .map((m) => m.organisationId);
    const models = signals.map((s) => {
      // A legal-route signal is the legal task of the municipality the pupil lives in: it counts as its involvement.
      const residence = pupilById.get(s.pupilId)!.residenceMunicipalityId;
      const organisationIds = [
        s.schoolId,
        ...(s.route === SignalRoute.LEGAL && residence && municipalities.includes(residence) ? [residence] : []),
      ];
      const reader = readerFor(session.actor, {
        organisationIds,
        involvedOrganisationIds: organisationIds,
        consents: consentsOf.get(s.pupilId) ?? [],
      });
      const school = schoolById.get(s.schoolId)!;
      const label = labelOf(s);
      const masked = maskFields(
        'Signal',
        {
          id: s.id,
          rule: s.ruleKey,
          label,
          route: s.route,
          pupil: toPupilModel(pupilById.get(s.pupilId)!, school),
          school,
          value: s.value,
          windowStart: s.windowStart,
          raisedAt: s.raisedAt,
          crossedOn: s.crossedOn,
          reportDue: s.reportDue,
          status: s.status,
          withdrawnAt: s.withdrawnAt,
          withdrawnReason: s.withdrawnReason as WithdrawalReason | null,
          legalReport: legalReportOf(s, reporters),
          caseId: s.caseId,
        },
        reader,
        valueCategory(s),
      );
      return {
        ...masked,
        unit: signalUnit(s.ruleKey, school.sector),
        // Only a case the reader may open: one they may not is not linked (it answers as not there).
        pupilCaseId: caseOf(s),
        school,
        raisedAt: s.raisedAt,
        status: s.status,
        route: s.route,
        rule: s.ruleKey,
        id: s.id,
        label,
        windowStart: s.windowStart,
        withdrawnAt: s.withdrawnAt,
        withdrawnReason: s.withdrawnReason,
      } as SignalModel;
    });
    await audit(
      manager,
      session,
      signals
        .filter((_s, i) => models[i].pupil !== null)
        .map((s) => ({
          pupilId: s.pupilId,
          regionId: s.regionId,
          action: AuditAction.READ,
          categories: [DataCategory.IDENTITY, valueCategory(s)],
          subject: `Signal:${s.id}`,
        })),
    );
    return models;
  }

  /**
   * For each signal, the case the reader may open: the case the signal went to, else the pupil's running
   * (open or monitoring) case; null when the reader may read neither. One query, under the case's own
   * access rule (CaseAccess), so a link never points at a case that would answer "not found".
   */
  private async readableCases(
    session: Session,
    signals: readonly SignalEntity[],
    manager: EntityManager,
  ): Promise<(signal: SignalEntity) => string | null> {
    const access = this.caseAccess.sql(session.ability, 'read', 'c');
    if (!access) return () => null;
    const rows: { id: string; pupil_id: string; running: boolean }[] = await manager
      .createQueryBuilder()
      .select(['c.id AS id', 'c.pupil_id AS pupil_id', 'c.status IN (:...running) AS running'])
      .from('case_file', 'c')
      .where(access.sql, access.params)
      .andWhere('(c.id IN (:...caseIds) OR c.pupil_id IN (:...pupilIds))', {
        caseIds: [...new Set(signals.map((s) => s.caseId).filter((id): id is string => id !== null)), NO_ID],
        pupilIds: [...new Set(signals.map((s) => s.pupilId))],
        running: [CaseStatus.OPEN, CaseStatus.MONITORING],
      })
      .getRawMany();
    const readable = new Set(rows.map((r) => r.id));
    const running = new Map(rows.filter((r) => r.running).map((r) => [r.pupil_id, r.id]));
    return (s) => (s.caseId && readable.has(s.caseId) ? s.caseId : (running.get(s.pupilId) ?? null));
  }
}

/** A uuid no row has: keeps an IN list from being empty. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

function legalReportOf(s: SignalEntity, reporters: ReadonlyMap<string, string>): LegalReportModel | null {
  if (!s.reportedAt || !s.reportedOn || !s.duoReference) return null;
  return {
    reportedOn: s.reportedOn,
    reference: s.duoReference,
    recordedBy: reporters.get(s.reportedBy ?? '') ?? '',
    recordedAt: s.reportedAt,
    late: s.reportDue !== null && s.reportedOn > s.reportDue,
  };
}
