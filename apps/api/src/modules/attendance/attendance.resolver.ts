import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { ImportProgressModel, ImportProgressRegistry } from './import-progress';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders } from '../../core/idempotency/replay';
import { AbsenceImportService } from './absence-import.service';
import { ImportResultModel } from './attendance.model';
import { ImportAbsencesInput } from './dto/import-absences.input';
import { AbsenceImportFormatModel } from './import-format.model';
import { mappingFormats } from './absence-mappings';

@Resolver()
export class AttendanceResolver {
  constructor(
    private readonly imports: AbsenceImportService,
    private readonly progress: ImportProgressRegistry,
    replays: ReplayReaders,
  ) {
    // An import's result is counts and line numbers about the caller's own file, without an id and
    // without a stored record in it: a retry with the same Idempotency-Key gets those counts again.
    replays.register('ImportResult', { keep: 'value' });
  }

  @Mutation(() => ImportResultModel, {
    description: "Reads a school's absence registrations (canonical CSV); all or nothing by default.",
  })
  @Allow('create', 'Absence')
  importAbsences(@CurrentSession() session: Session, @Args('input') input: ImportAbsencesInput) {
    return this.imports.import(session, input);
  }

  @Query(() => [AbsenceImportFormatModel], {
    description: 'What an absence file must look like per mapping (columns, dates, values): for the import page.',
  })
  @Allow('create', 'Absence')
  absenceImportFormats() {
    return mappingFormats();
  }

  @Query(() => ImportProgressModel, {
    nullable: true,
    description: 'Progress of your running import with this importId (null when unknown).',
  })
  @Allow('create', 'Absence')
  absenceImportProgress(@CurrentSession() session: Session, @Args('importId') importId: string) {
    return this.progress.read(session.actor.userId, importId);
  }
}
