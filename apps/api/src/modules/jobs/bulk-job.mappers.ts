import type { BulkJobView, BulkTrigger } from '@advising/contracts';
import type { BulkJob } from './bulk-job.entity';

export function toBulkJobView(job: BulkJob): BulkJobView {
  return {
    id: job.id,
    trigger: job.trigger as BulkTrigger,
    asOf: job.asOf,
    status: job.status,
    done: job.done,
    total: job.total,
    changed: job.changed,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
  };
}
