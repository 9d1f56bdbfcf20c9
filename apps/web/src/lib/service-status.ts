import { ApiError, NetworkError } from './api-client';

/** The server or its database cannot answer for now: worth retrying, never a reason to sign out. */
export function isServiceUnavailable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && (error.status === 502 || error.status === 503 || error.status === 504));
}

/** How long to wait before asking again: the server's Retry-After when it gave one, else a growing delay. */
export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterSeconds !== null) return Math.min(error.retryAfterSeconds, 60) * 1000;
  return Math.min(1000 * 2 ** attempt, 15_000);
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is unavailable for a moment; retrying…';
