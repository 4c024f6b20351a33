import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { SubjectAccessResolver } from './subject-access.resolver';
import { SubjectAccessService } from './subject-access.service';

/** The answer to a subject-access request (AVG art. 15): everything held about a pupil, who sees what, who looked. */
@Module({ imports: [CaseModule], providers: [SubjectAccessService, SubjectAccessResolver] })
export class SubjectAccessModule {}
