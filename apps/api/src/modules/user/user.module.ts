import { Module } from '@nestjs/common';
import { CapabilitiesResolver } from './capabilities.resolver';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({ providers: [UserResolver, CapabilitiesResolver, UserService] })
export class UserModule {}
