import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { CaseConsentsResolver } from './case-consents.resolver';
import { ConsentReplays } from './consent.replay';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

@Module({
  imports: [CaseModule],
  providers: [ConsentService, ConsentResolver, CaseConsentsResolver, ConsentReplays],
})
export class ConsentModule {}
