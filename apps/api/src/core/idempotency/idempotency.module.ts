import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyPlugin } from './idempotency.plugin';
import { ReplayInterceptor, ReplayReaders } from './replay';

/** Idempotency-Key on mutations; every module registers how its types are read again for a retry (replay.ts). */
@Global()
@Module({
  providers: [IdempotencyPlugin, ReplayReaders, { provide: APP_INTERCEPTOR, useClass: ReplayInterceptor }],
  exports: [ReplayReaders],
})
export class IdempotencyModule {}
