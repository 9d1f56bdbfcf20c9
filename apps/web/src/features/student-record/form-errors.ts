import { ERROR_CODES } from '@advising/contracts';
import { ApiError, NetworkError } from '../../lib/api-client';

/** What a failed save means for a form: messages beside fields, one for the form, or a conflict. */
export interface SaveFailure {
  /** Shown above the form, in an alert. */
  message: string;
  /** Field name (as the form knows it) → the API's message. */
  fieldErrors: Record<string, string>;
  /** Set on a 409: the record as it is now on the server. */
  conflict: { current: unknown } | null;
}

export const CONFLICT_MESSAGE = 'Someone else changed this record after you opened it. Your changes were not saved.';

/**
 * Reads an error from a save into what the form shows. `fields` are the form's field names;
 * `aliases` maps an API field path to one of them (e.g. `addExams.0.score` → `score`). A message
 * for a field the form does not have is added to the form message, so nothing is lost.
 */
export function describeSaveError(error: unknown, fields: readonly string[], aliases: Record<string, string> = {}): SaveFailure {
  if (error instanceof NetworkError) {
    return { message: 'We could not reach the server, so nothing was saved. Check your connection and try again.', fieldErrors: {}, conflict: null };
  }
  if (!(error instanceof ApiError)) {
    return { message: 'Something went wrong, so nothing was saved. Please try again.', fieldErrors: {}, conflict: null };
  }
  if (error.status === 409 || error.code === ERROR_CODES.CONFLICT) {
    const current = (error.body as { current?: unknown }).current;
    return { message: CONFLICT_MESSAGE, fieldErrors: {}, conflict: { current: current ?? null } };
  }
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const field = aliases[detail.field] ?? (fields.includes(detail.field) ? detail.field : undefined);
    if (field === undefined) {
      unplaced.push(detail.message);
    } else if (fieldErrors[field] === undefined) {
      fieldErrors[field] = sentence(withoutFieldName(detail.message, detail.field));
    }
  }
  const base =
    Object.keys(fieldErrors).length > 0 ? 'Some fields need your attention; nothing was saved.' : error.status === 403 ? 'You may not make this change.' : error.message;
  const message = unplaced.length > 0 ? `${base} ${unplaced.map(sentence).join(' ')}` : base;
  return { message, fieldErrors, conflict: null };
}

/** "score must be between 1 and 300" beside the Score field reads "Must be between 1 and 300". */
function withoutFieldName(message: string, path: string): string {
  const name = path.split('.').pop() ?? path;
  return message.startsWith(`${name} `) ? message.slice(name.length + 1) : message;
}

/** Capitalises and ends a validation message, e.g. "score must be between 1 and 300" → "Score must be between 1 and 300." */
function sentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
