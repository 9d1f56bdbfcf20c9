import { Foundation1763800000000 } from './1763800000000-foundation';
import { AdvisingRecords1763900000000 } from './1763900000000-advising-records';
import { SignInThrottle1764400000000 } from './1764400000000-sign-in-throttle';
import { IdempotencyKeys1764400100000 } from './1764400100000-idempotency-keys';
import { OneTimePasswords1764400200000 } from './1764400200000-one-time-passwords';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [Foundation1763800000000, AdvisingRecords1763900000000, SignInThrottle1764400000000, IdempotencyKeys1764400100000, OneTimePasswords1764400200000];
