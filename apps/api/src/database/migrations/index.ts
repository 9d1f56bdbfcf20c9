import { Foundation1763800000000 } from './1763800000000-foundation';

/** Every migration, in order. Landed migrations are never edited: add a new one. */
export const MIGRATIONS = [Foundation1763800000000];
