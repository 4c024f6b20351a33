import { Module } from '@nestjs/common';
import { IdempotencyPlugin } from './idempotency.plugin';

@Module({ providers: [IdempotencyPlugin] })
export class IdempotencyModule {}
