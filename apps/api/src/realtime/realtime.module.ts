import { Module } from '@nestjs/common';
import { CaseModule } from '../modules/case/case.module';
import { MeetingModule } from '../modules/meeting/meeting.module';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [CaseModule, MeetingModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
