import { Global, Module } from '@nestjs/common';
import { ActorLoader } from './actor.loader';
import { TokenService } from './token.service';

@Global()
@Module({ providers: [TokenService, ActorLoader], exports: [TokenService, ActorLoader] })
export class AuthModule {}
