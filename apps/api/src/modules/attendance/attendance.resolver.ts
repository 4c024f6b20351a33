import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { AbsenceImportService } from './absence-import.service';
import { ImportAbsencesInput, ImportResultModel } from './dto/import-absences.input';

@Resolver()
export class AttendanceResolver {
  constructor(private readonly imports: AbsenceImportService) {}

  @Mutation(() => ImportResultModel, { description: "Reads a school's absence registrations (canonical CSV); all or nothing by default." })
  @Allow('create', 'Absence')
  importAbsences(@CurrentSession() session: Session, @Args('input') input: ImportAbsencesInput) {
    return this.imports.import(session, input);
  }
}
