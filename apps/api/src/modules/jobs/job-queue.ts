/** Every kind of background job and what it carries. */
export interface JobPayloads {
  /** Recompute every student of one institution (a bulk_jobs row says which and why). */
  'recompute.bulk': { bulkJobId: string };
  /** Once a day: every institution's recommendations as of today. */
  'recompute.daily': Record<string, never>;
}

export type JobName = keyof JobPayloads;
export type JobHandler<K extends JobName> = (data: JobPayloads[K]) => Promise<void>;

/**
 * The jobs module's small interface. Features register a handler per kind of job and enqueue
 * work without knowing the driver: pg-boss on PostgreSQL in the app (several processes share the
 * work; a job runs once at a time and is retried if it fails), or an in-process runner in tests.
 */
export abstract class JobQueue {
  /** Registers the handler of a kind of job; call from onModuleInit. */
  abstract register<K extends JobName>(name: K, handler: JobHandler<K>): void;
  /** Queues a job; with `key`, a job with the same key already queued or running is not queued again. */
  abstract enqueue<K extends JobName>(name: K, data: JobPayloads[K], options?: { key?: string }): Promise<void>;
  /** Runs a job on a cron schedule (UTC), once per occurrence across all processes. */
  abstract schedule(name: JobName, cron: string): void;
}
