import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { NotificationModule } from '../notification/notification.module';
import { CaseLettersResolver } from './case-letters.resolver';
import { LetterController } from './letter.controller';
import { LetterReplays } from './letter.replay';
import { LetterResolver } from './letter.resolver';
import { LetterService } from './letter.service';

@Module({
  imports: [CaseModule, NotificationModule],
  providers: [LetterService, LetterResolver, CaseLettersResolver, LetterReplays],
  controllers: [LetterController],
})
export class LetterModule {}
