import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver } from '@nestjs/apollo';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AbilityGuard } from './authz/ability.guard';
import { AuthModule } from './core/auth/auth.module';
import type { AppConfig } from './core/config/config';
import { ConfigModule } from './core/config/config.module';
import { AppErrorFilter } from './core/errors/app-error.filter';
import { IdempotencyModule } from './core/idempotency/idempotency.module';
import { DatabaseModule } from './core/database/database.module';
import { graphqlOptions } from './core/graphql/graphql.options';
import { HealthController } from './core/http/health.controller';
import { ActionModule } from './modules/action/action.module';
import { AdviceModule } from './modules/advice/advice.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { AuditModule } from './modules/audit/audit.module';
import { CaseModule } from './modules/case/case.module';
import { ConsentModule } from './modules/consent/consent.module';
import { MeetingModule } from './modules/meeting/meeting.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { ProtocolModule } from './modules/protocol/protocol.module';
import { PupilModule } from './modules/pupil/pupil.module';
import { ReminderModule } from './modules/reminder/reminder.module';
import { LetterModule } from './modules/letter/letter.module';
import { ReportModule } from './modules/report/report.module';
import { SavedViewModule } from './modules/saved-view/saved-view.module';
import { SignalModule } from './modules/signal/signal.module';
import { SubjectAccessModule } from './modules/subject-access/subject-access.module';
import { RetentionModule } from './modules/retention/retention.module';
import { UserModule } from './modules/user/user.module';
import { SignInModule } from './modules/sign-in/sign-in.module';
import { LiveEventsModule } from './realtime/live-events';
import { RealtimeModule } from './realtime/realtime.module';

export interface AppModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
}

/** Sign-in attempts allowed per client address per minute. */
export const SIGN_IN_LIMIT_PER_MINUTE = 30;

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        AuthModule,
        LiveEventsModule,
        IdempotencyModule,
        DiscoveryModule,
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
              // A redirect to a provider carries state, nonce and the address typed.
              'res.headers.location',
            ],
            // A sign-in's query holds the address typed, the authorization code and state: not for the log
            // (the sign-in log keeps what may be kept).
            serializers: {
              req: (req: { url?: string }) =>
                req.url?.startsWith('/auth/') ? { ...req, url: req.url.replace(/\?.*$/, ''), query: undefined } : req,
            },
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        ThrottlerModule.forRoot({ throttlers: [{ name: 'sign-in', ttl: 60_000, limit: SIGN_IN_LIMIT_PER_MINUTE }] }),
        GraphQLModule.forRoot({ driver: ApolloDriver, ...graphqlOptions(config, logger) }),
        OrganisationModule,
        UserModule,
        SignInModule,
        PupilModule,
        CaseModule,
        MeetingModule,
        NotificationModule,
        ActionModule,
        ConsentModule,
        AuditModule,
        SubjectAccessModule,
        AdviceModule,
        RetentionModule,
        AttendanceModule,
        ProtocolModule,
        SignalModule,
        ReminderModule,
        ReportModule,
        SavedViewModule,
        LetterModule,
        RealtimeModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AbilityGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
