import { Foundation1763800000000 } from './1763800000000-foundation';
import { AdvisingRecords1763900000000 } from './1763900000000-advising-records';
import { BulkJobs1764400000000 } from './1764400000000-bulk-jobs';
import { AttentionAcknowledgements1764500000000 } from './1764500000000-attention-acknowledgements';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [Foundation1763800000000, AdvisingRecords1763900000000, BulkJobs1764400000000, AttentionAcknowledgements1764500000000];
