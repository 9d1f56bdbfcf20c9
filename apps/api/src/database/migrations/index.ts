import { Foundation1763800000000 } from './1763800000000-foundation';
import { AdvisingRecords1763900000000 } from './1763900000000-advising-records';
import { SignInThrottle1764400000000 } from './1764400000000-sign-in-throttle';
import { IdempotencyKeys1764400100000 } from './1764400100000-idempotency-keys';
import { OneTimePasswords1764400200000 } from './1764400200000-one-time-passwords';
import { BulkJobs1764400300000 } from './1764400300000-bulk-jobs';
import { AttentionAcknowledgements1764500000000 } from './1764500000000-attention-acknowledgements';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1763800000000,
  AdvisingRecords1763900000000,
  SignInThrottle1764400000000,
  IdempotencyKeys1764400100000,
  OneTimePasswords1764400200000,
  BulkJobs1764400300000,
  AttentionAcknowledgements1764500000000,
];
