import type { Range } from '../../types';

/** Shared, frozen ranges: the same object is reused by every recommendation. */
export function range(min: number, max: number | null): Range {
  return Object.freeze({ min, max });
}
