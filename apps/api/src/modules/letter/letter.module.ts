import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { NotificationModule } from '../notification/notification.module';
import { LetterController } from './letter.controller';
import { LetterResolver } from './letter.resolver';
import { LetterService } from './letter.service';

@Module({
  imports: [CaseModule, NotificationModule],
  providers: [LetterService, LetterResolver],
  controllers: [LetterController],
})
export class LetterModule {}
