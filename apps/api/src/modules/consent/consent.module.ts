import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { ConsentRecordingResolver } from './consent-recording.resolver';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

@Module({ imports: [CaseModule], providers: [ConsentService, ConsentResolver, ConsentRecordingResolver] })
export class ConsentModule {}
