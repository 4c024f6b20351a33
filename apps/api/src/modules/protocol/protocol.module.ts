import { Module } from '@nestjs/common';
import { ProtocolResolver } from './protocol.resolver';
import { ProtocolService } from './protocol.service';

/** The region's attendance protocol: its rules (who hears what at which threshold) and their windows. */
@Module({ providers: [ProtocolService, ProtocolResolver], exports: [ProtocolService] })
export class ProtocolModule {}
