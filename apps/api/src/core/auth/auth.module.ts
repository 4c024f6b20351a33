import { Global, Module } from '@nestjs/common';
import { ActorLoader } from './actor.loader';
import { SessionService } from './session.service';

@Global()
@Module({ providers: [SessionService, ActorLoader], exports: [SessionService, ActorLoader] })
export class AuthModule {}
