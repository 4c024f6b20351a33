import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { DataCategory } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';
import { isUuid } from '../../core/database/uuid';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { readAbsenceCsv, slotOf, type AbsenceRow, type RowError } from './absence-csv';
import { evaluateSignals } from './signal-evaluation';
import { toCanonicalCsv } from './absence-mappings';
import { insertAbsenceRows } from './absence-rows';
import { ImportPhase, ImportProgressRegistry } from './import-progress';
import type { ImportAbsencesInput, ImportResultModel } from './dto/import-absences.input';

export class AttendanceError extends AppError {}

const CHUNK = 5000;

@Injectable()
export class AbsenceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ImportProgressRegistry,
  ) {}

  /**
   * Imports a school's absence registrations: every bad row is reported with its line and why; all or
   * nothing unless the caller keeps the good rows; re-importing the same rows changes nothing. One
   * transaction for the whole file.
   */
  async import(session: Session, input: ImportAbsencesInput): Promise<ImportResultModel> {
    const school = isUuid(input.schoolId) ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: input.schoolId }) : null;
    if (!school || !session.ability.can('create', subject('Absence', { regionId: school.regionId, schoolId: school.id }))) {
      throw new AttendanceError('NOT_FOUND', 'Deze school bestaat niet of u mag er geen verzuim voor inlezen.', 'schoolId');
    }
    const report = (phase: ImportPhase, processed: number, total: number) => this.progress.report(session.actor.userId, input.importId, { phase, processed, total });
    if (input.importId && input.importId.length > 100) throw new InputError('importId', 'De import-sleutel is te lang: gebruik hoogstens 100 tekens.');
    report(ImportPhase.CHECKING, 0, 0);
    const { rows, errors } = readAbsenceCsv(toCanonicalCsv(input.csv, input.mapping ?? 'CANONICAL'));
    const pupils = await this.dataSource.getRepository(PupilEntity).find({ where: { schoolId: school.id }, select: ['id', 'pupilNumber', 'eckId'] });
    const byRef = new Map<string, string>();
    for (const p of pupils) {
      byRef.set(p.pupilNumber, p.id);
      if (p.eckId) byRef.set(p.eckId, p.id);
    }
    const seen = new Map<string, number>();
    const good: (AbsenceRow & { pupilId: string; slot: string })[] = [];
    for (const row of rows) {
      const pupilId = byRef.get(row.pupilRef);
      if (!pupilId) {
        errors.push({ line: row.line, field: 'pupil_ref', message: `onbekende leerling "${row.pupilRef}" op ${school.name}` });
        continue;
      }
      const slot = slotOf(row);
      const key = `${pupilId}|${row.date}|${slot}|${row.reason}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ line: row.line, field: null, message: `dubbele regel: dezelfde registratie als regel ${first}` });
        continue;
      }
      seen.set(key, row.line);
      good.push({ ...row, pupilId, slot });
    }
    errors.sort((a, b) => a.line - b.line);
    if (errors.length > 0 && !input.keepGoodRows) return { imported: 0, alreadyPresent: 0, signalsRaised: 0, rejected: true, errors };
    if (errors.some((e: RowError) => e.line <= 1)) return { imported: 0, alreadyPresent: 0, signalsRaised: 0, rejected: true, errors };

    const imported = await this.dataSource.transaction(async (manager) => {
      let inserted = 0;
      for (let i = 0; i < good.length; i += CHUNK) {
        const chunk = good.slice(i, i + CHUNK).map((r) => ({
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
        }));
        inserted += await insertAbsenceRows(manager, school.regionId, session.actor.userId, chunk);
        report(ImportPhase.SAVING, Math.min(i + CHUNK, good.length), good.length);
      }
      const pupilIds = [...new Set(good.map((r) => r.pupilId))];
      await audit(
        manager,
        session,
        pupilIds.map((pupilId) => ({
          pupilId,
          regionId: school.regionId,
          action: AuditAction.CREATE,
          categories: [DataCategory.UNAUTHORISED_ABSENCE, DataCategory.SICK_LEAVE, DataCategory.ATTENDANCE_SUMMARY],
          subject: `AbsenceImport:${school.id}`,
        })),
      );
      // The protocol runs over the pupils in the file, in the same transaction: an import and its signals
      // are one. Everyone else's absence did not change; the nightly run catches what time alone brings.
      report(ImportPhase.EVALUATING, good.length, good.length);
      const signalsRaised = await evaluateSignals(manager, { schoolIds: [school.id], pupilIds, raisedBy: session.actor.userId });
      return { inserted, signalsRaised };
    });
    report(ImportPhase.DONE, good.length, good.length);
    return { imported: imported.inserted, alreadyPresent: good.length - imported.inserted, signalsRaised: imported.signalsRaised, rejected: false, errors };
  }
}
