import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { DataCategory, addDays, daysBetween, dutchDate } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import type { MessageParams } from '@aanwezig/messages';
import { readAbsenceCsv, rowError, rowErrorMessage, slotOf, type AbsenceRow, type RowError } from './absence-csv';
import { headerMismatch, toCanonicalCsv } from './absence-mappings';
import { replaceAbsenceRows } from './absence-rows';
import { LiveEvents } from '../../realtime/live-events';
import { ImportPhase, ImportProgressRegistry } from './import-progress';
import { MAX_PERIOD_DAYS, checkImportInput, type ImportAbsencesInput } from './dto/import-absences.input';
import type { ImportResultModel, ImportRowErrorModel } from './attendance.model';
import { toMessageParams } from '../../core/graphql/message-param.model';
import { fileSpansTooLong, schoolNotFoundForImport } from './attendance.errors';
import { RegistrationEvents } from './registration-events';

@Injectable()
export class AbsenceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ImportProgressRegistry,
    private readonly live: LiveEvents,
    private readonly registrations: RegistrationEvents,
  ) {}

  /**
   * Imports a school's absence registrations. The file is the registration system's truth for its pupils
   * (or, with `wholeSchool`, every pupil of the school) over its period (`from`/`to`, default the first
   * and last date in it): a changed registration replaces the stored one, one no longer exported is
   * removed, and the same file twice changes nothing. Every bad row is reported with its line and why;
   * all or nothing unless the caller keeps the good rows. Then the protocol is evaluated for every school
   * day from the earliest changed date, so late and corrected registrations count on their own day.
   * One transaction for the whole file.
   */
  async import(session: Session, input: ImportAbsencesInput): Promise<ImportResultModel> {
    const school = isUuid(input.schoolId)
      ? await this.dataSource.manager.findOneBy(OrganisationEntity, { id: input.schoolId })
      : null;
    if (
      !school ||
      !session.ability.can('create', subject('Absence', { regionId: school.regionId, schoolId: school.id }))
    ) {
      throw schoolNotFoundForImport();
    }
    const report = (phase: ImportPhase, processed: number, total: number) =>
      this.progress.report(session.actor.userId, input.importId, { phase, processed, total });
    const period = checkImportInput(input);
    report(ImportPhase.CHECKING, 0, 0);
    const mapping = input.mapping ?? 'CANONICAL';
    // A header the chosen mapping cannot read is said as such (with the one it fits), before any row.
    const mismatch = headerMismatch(input.csv, mapping);
    const { rows, errors } = mismatch
      ? { rows: [], errors: [mismatch] }
      : readAbsenceCsv(toCanonicalCsv(input.csv, mapping));
    const pupils = await this.dataSource.manager.find(PupilEntity, {
      where: { schoolId: school.id },
      select: ['id', 'pupilNumber', 'eckId', 'dateOfBirth'],
    });
    const byRef = new Map<string, string>();
    const bornOn = new Map<string, string>();
    for (const p of pupils) {
      byRef.set(p.pupilNumber, p.id);
      if (p.eckId) byRef.set(p.eckId, p.id);
      bornOn.set(p.id, p.dateOfBirth);
    }
    const today = dutchDate();
    const latestDay = addDays(today, 366);
    const seen = new Map<string, number>();
    const good: (AbsenceRow & { pupilId: string; slot: string })[] = [];
    for (const row of rows) {
      const pupilId = byRef.get(row.pupilRef);
      if (!pupilId) {
        errors.push(rowError(row.line, 'pupil_ref', 'unknownPupil', { pupil: row.pupilRef, school: school.name }));
        continue;
      }
      if (row.date > latestDay) {
        errors.push(rowError(row.line, 'date', 'beyondNextYear', { date: row.date }));
        continue;
      }
      // Planned leave may be registered ahead; unauthorised absence is only known once the day has come.
      if (!row.authorised && row.date > today) {
        errors.push(rowError(row.line, 'date', 'unauthorisedAhead', { date: row.date }));
        continue;
      }
      if (row.date < bornOn.get(pupilId)!) {
        errors.push(rowError(row.line, 'date', 'beforeBirth', { date: row.date, pupil: row.pupilRef }));
        continue;
      }
      if ((period.from && row.date < period.from) || (period.to && row.date > period.to)) {
        errors.push(
          rowError(row.line, 'date', 'outsidePeriod', {
            date: row.date,
            from: period.from ?? '…',
            to: period.to ?? '…',
          }),
        );
        continue;
      }
      // The registration system holds one registration per pupil, day and slot: two in the file contradict each other.
      const slot = slotOf(row);
      const key = `${pupilId}|${row.date}|${slot}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push(rowError(row.line, null, 'duplicate', { ...slotParams(slot), first }));
        continue;
      }
      seen.set(key, row.line);
      good.push({ ...row, pupilId, slot });
    }
    errors.sort((a, b) => a.line - b.line);
    const rejected = (): ImportResultModel => ({
      ...EMPTY_RESULT,
      from: period.from,
      to: period.to,
      rejected: true,
      errors: toRowErrorModels(errors),
    });
    if (errors.length > 0 && !input.keepGoodRows) return rejected();
    if (errors.some((e: RowError) => e.line <= 1)) return rejected();
    const dates = good.map((r) => r.date).sort();
    const from = period.from ?? dates[0];
    const to = period.to ?? dates.at(-1);
    if (!from || !to) return { ...EMPTY_RESULT, from: null, to: null, errors: toRowErrorModels(errors) };
    if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
      throw fileSpansTooLong(daysBetween(from, to), from, to, MAX_PERIOD_DAYS);
    }

    const outcome = await this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        // Imports of one school one at a time: each compares with what the previous one left.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('absence-import:' || $1))`, [school.id]);
        const pupilIds = input.wholeSchool ? pupils.map((p) => p.id) : [...new Set(good.map((r) => r.pupilId))];
        report(ImportPhase.SAVING, 0, good.length);
        const replaced = await replaceAbsenceRows(manager, {
          regionId: school.regionId,
          schoolId: school.id,
          importedBy: session.actor.userId,
          pupilIds,
          from,
          to,
          rows: good.map((r) => ({
            pupil_id: r.pupilId,
            school_id: school.id,
            date: r.date,
            slot: r.slot,
            start_time: r.start,
            end_time: r.end,
            minutes: r.minutes,
            lesson_hour: r.lessonHour,
            authorised: r.authorised,
            reason: r.reason,
          })),
          // A refused line still stands for a registration in the source: only a complete file removes.
          removeMissing: errors.length === 0,
          onProgress: (done) => report(ImportPhase.SAVING, done, good.length),
        });
        const touched = [...new Set(replaced.touchedPupilIds)];
        await audit(
          manager,
          session,
          touched.map((pupilId) => ({
            pupilId,
            regionId: school.regionId,
            action: AuditAction.UPDATE,
            categories: [DataCategory.UNAUTHORISED_ABSENCE, DataCategory.SICK_LEAVE, DataCategory.ATTENDANCE_SUMMARY],
            subject: `AbsenceImport:${school.id}`,
          })),
        );
        // What follows from the changed registrations (the signal module evaluates the protocol from the
        // earliest changed day) happens in the same transaction: an import and its signals are one.
        report(ImportPhase.EVALUATING, good.length, good.length);
        const evaluation = replaced.earliestChange
          ? await this.registrations.registrationsChanged(
              manager,
              session,
              {
                schoolId: school.id,
                pupilIds: touched,
                from: replaced.earliestChange,
                importedBy: session.actor.userId,
              },
              emit,
            )
          : { signalsRaised: 0, signalsWithdrawn: 0 };
        return { ...replaced, evaluation };
      }),
    );
    report(ImportPhase.DONE, good.length, good.length);
    return {
      imported: outcome.inserted,
      changed: outcome.changed,
      removed: outcome.removed,
      alreadyPresent: outcome.unchanged,
      signalsRaised: outcome.evaluation.signalsRaised,
      signalsWithdrawn: outcome.evaluation.signalsWithdrawn,
      from,
      to,
      rejected: false,
      errors: toRowErrorModels(errors),
    };
  }
}

const EMPTY_RESULT = {
  imported: 0,
  changed: 0,
  removed: 0,
  alreadyPresent: 0,
  signalsRaised: 0,
  signalsWithdrawn: 0,
  rejected: false,
};

/** The result's row errors: the reason and its parameters for the screen, the Dutch text for API clients. */
function toRowErrorModels(errors: readonly RowError[]): ImportRowErrorModel[] {
  return errors.map((e) => ({
    line: e.line,
    field: e.field,
    message: rowErrorMessage(e),
    reason: e.reason,
    params: toMessageParams(e.params),
  }));
}

/** Which slot two rows share, as the duplicate row's text says it (errors.attendance.row.duplicate_<context>). */
function slotParams(slot: string): MessageParams {
  if (slot === 'DAY') return { context: 'day' };
  return slot.startsWith('L') ? { context: 'lesson', lessonHour: slot.slice(1) } : { context: 'start', start: slot };
}
