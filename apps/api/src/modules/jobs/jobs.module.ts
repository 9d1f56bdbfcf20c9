import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { InlineQueue } from './inline.queue';
import { JobQueue } from './job-queue';
import { PgBossQueue } from './pg-boss.queue';

/** The job queue, for every feature: pg-boss on the application's database, or inline (JOBS=inline). */
@Global()
@Module({
  providers: [
    {
      provide: JobQueue,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): JobQueue =>
        config.jobs === 'inline' ? new InlineQueue() : new PgBossQueue(String((dataSource.options as { url?: string }).url)),
    },
  ],
  exports: [JobQueue],
})
export class JobsModule {}
