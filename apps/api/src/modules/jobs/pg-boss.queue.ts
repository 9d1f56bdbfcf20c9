import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { JobQueue, type JobHandler, type JobName, type JobPayloads } from './job-queue';

/** pg-boss keeps its queue in this schema of the application's database: no other server. */
const SCHEMA = 'pgboss';

/**
 * The job queue on PostgreSQL (pg-boss). Jobs are rows claimed with SKIP LOCKED, so any number
 * of API processes share the work and a job runs on one of them at a time; a job that fails (or
 * whose process dies) is retried with backoff. Handlers must be idempotent: they are.
 */
export class PgBossQueue extends JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly schedules = new Map<JobName, string>();
  private started: Promise<void> | null = null;

  constructor(connectionString: string) {
    super();
    this.boss = new PgBoss({ connectionString, schema: SCHEMA, application_name: 'match-compass-jobs', max: 4 });
    // Errors of the queue's own upkeep (e.g. the database restarting) are logged, never thrown at the app.
    this.boss.on('error', (error: Error) => this.logger.warn({ error: error.name, code: (error as { code?: string }).code }, 'Job queue upkeep failed; it will retry'));
  }

  register<K extends JobName>(name: K, handler: JobHandler<K>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  schedule(name: JobName, cron: string): void {
    this.schedules.set(name, cron);
  }

  async enqueue<K extends JobName>(name: K, data: JobPayloads[K], options: { key?: string } = {}): Promise<void> {
    await this.start();
    await this.boss.send(name, data, options.key ? { singletonKey: options.key } : {});
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const [name, handler] of this.handlers) {
        await this.boss.createQueue(name, { retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInSeconds: 3600 });
        await this.boss.work<JobPayloads[JobName]>(name, { batchSize: 1 }, async ([job]) => {
          if (job) await handler(job.data);
        });
      }
      for (const [name, cron] of this.schedules) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    })();
    return this.started;
  }
}
