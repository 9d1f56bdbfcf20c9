import { ERROR_CODES } from '@advising/contracts';
import { ApiError, NetworkError } from '../../lib/api-client';

export type SignInField = 'email' | 'password';

export interface SignInErrorView {
  /** Shown above the form. */
  message: string;
  /** Shown under the field they concern. */
  fieldErrors: Partial<Record<SignInField, string>>;
}

export const SIGN_IN_MESSAGES = {
  invalidCredentials: 'Email or password is incorrect.',
  throttled: 'Too many sign-in attempts. Wait a few minutes, then try again.',
  network: 'We could not reach the server. Check your connection and try again.',
  server: 'Something went wrong on our side. Please try again in a moment.',
  unavailable: 'The service is unavailable for a moment. Try again shortly.',
  invalidFields: 'Check the highlighted fields and try again.',
  emailRequired: 'Enter your email address.',
  passwordRequired: 'Enter your password.',
} as const;

/** Turn whatever sign-in failed with into words a user can act on. */
export function describeSignInError(error: unknown): SignInErrorView {
  if (error instanceof NetworkError) return { message: SIGN_IN_MESSAGES.network, fieldErrors: {} };
  if (!(error instanceof ApiError)) return { message: SIGN_IN_MESSAGES.server, fieldErrors: {} };
  if (error.status === 503) return { message: SIGN_IN_MESSAGES.unavailable, fieldErrors: {} };

  if (error.status === 401 || error.code === ERROR_CODES.AUTH_INVALID_CREDENTIALS) {
    return { message: SIGN_IN_MESSAGES.invalidCredentials, fieldErrors: {} };
  }
  if (error.status === 429 || error.code === ERROR_CODES.AUTH_THROTTLED) {
    const wait = error.retryAfterSeconds;
    const message =
      wait !== null && wait > 0
        ? `Too many sign-in attempts. Try again in ${formatWait(wait)}.`
        : SIGN_IN_MESSAGES.throttled;
    return { message, fieldErrors: {} };
  }
  if (error.status === 400) {
    const fieldErrors: SignInErrorView['fieldErrors'] = {};
    const other: string[] = [];
    for (const detail of error.details) {
      if (detail.field === 'email' || detail.field === 'password') fieldErrors[detail.field] ??= sentence(detail.message);
      else other.push(sentence(detail.message));
    }
    const message = other.length > 0 ? other.join(' ') : SIGN_IN_MESSAGES.invalidFields;
    return { message, fieldErrors };
  }
  return { message: SIGN_IN_MESSAGES.server, fieldErrors: {} };
}

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
