import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/guards/access.guard';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { IdempotencyInterceptor } from './common/http/idempotency.interceptor';
import { LOG_SERIALIZERS } from './common/http/log-serializers';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { AccessModule } from './common/access/access.module';
import { DomainEventsModule } from './common/events/domain-events';
import { AttentionModule } from './modules/attention/attention.module';
import { AuditModule } from './modules/audit/audit.module';
import { AdminModule } from './modules/admin/admin.module';
import { AuthModule } from './modules/auth/auth.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { LettersModule } from './modules/letters/letters.module';
import { MeModule } from './modules/me/me.module';
import { NotesModule } from './modules/notes/notes.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { JobsAdminModule } from './modules/jobs/jobs-admin.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { RecordsModule } from './modules/records/records.module';
import { StudentsModule } from './modules/students/students.module';
import { UsersModule } from './modules/users/users.module';

/** Paths whose values never reach a log line. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body.password',
  'req.body.refreshToken',
  'req.body.currentPassword',
  'req.body.newPassword',
  'res.headers["set-cookie"]',
];

/** The request id: the caller's X-Request-Id when it is sane, else a new UUID. */
export function requestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [{
            level: config.logLevel,
            // Fastify has already assigned the id (see requestId); logs reuse it.
            genReqId: (req) => (req as { id?: string }).id ?? requestId(req),
            redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
            serializers: LOG_SERIALIZERS,
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
          }, logStream ?? pino.destination(1)],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        AccessModule,
        DomainEventsModule,
        JobsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        HealthModule,
        RecommendationsModule,
        RecordsModule,
        StudentsModule,
        LettersModule,
        NotesModule,
        AttentionModule,
        MeModule,
        CohortsModule,
        AdminModule,
        JobsAdminModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useFactory: () => new AllExceptionsFilter(config.webDist) },
      ],
    };
  }
}
