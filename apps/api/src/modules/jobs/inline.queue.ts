import { Logger } from '@nestjs/common';
import { JobQueue, type JobHandler, type JobName, type JobPayloads } from './job-queue';

/**
 * Runs each job in this process right after it is queued (tests, and `JOBS=inline`). No
 * schedule: a test runs a scheduled job by enqueuing it. `idle()` waits for every queued job.
 */
export class InlineQueue extends JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly running = new Map<string, Promise<void>>();
  private seq = 0;

  register<K extends JobName>(name: K, handler: JobHandler<K>): void {
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  schedule(): void {
    // Nothing runs on a clock in this driver.
  }

  enqueue<K extends JobName>(name: K, data: JobPayloads[K], options: { key?: string } = {}): Promise<void> {
    const id = options.key ? `${name}:${options.key}` : `${name}#${this.seq++}`;
    if (this.running.has(id)) return Promise.resolve();
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for the job ${name}`);
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => handler(data))
      .catch((error: unknown) => this.logger.warn({ job: name, error: error instanceof Error ? error.name : 'unknown' }, 'A job failed'))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
    return Promise.resolve();
  }

  /** Resolves once no job is queued or running. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running.values()]);
  }
}
