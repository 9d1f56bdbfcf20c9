import { ApiError, NetworkError } from '../../lib/api-client';

export interface FormErrorView {
  message: string;
  /** Messages by field path as the API names them (`email`, `profile.graduationYear`…). */
  fieldErrors: Record<string, string>;
  /** 409: the record changed (or a unique value is taken). */
  conflict: boolean;
}

/** What to tell the admin when a write fails; field messages go beside their fields. */
export function describeFormError(error: unknown): FormErrorView {
  if (error instanceof NetworkError) return { message: 'We could not reach the server. Nothing you typed is lost: try again.', fieldErrors: {}, conflict: false };
  if (!(error instanceof ApiError)) return { message: 'Something went wrong. Nothing you typed is lost: try again.', fieldErrors: {}, conflict: false };
  const fieldErrors: Record<string, string> = {};
  for (const detail of error.details) fieldErrors[detail.field] ??= detail.message;
  if (error.status === 409 && Object.keys(fieldErrors).length === 0) {
    return {
      message: 'Someone else changed this record after you opened it, so your change was not saved. Reload to see the current version.',
      fieldErrors,
      conflict: true,
    };
  }
  if (error.status === 403) return { message: 'You are not allowed to make this change.', fieldErrors, conflict: false };
  return {
    message: error.status === 400 && Object.keys(fieldErrors).length > 0 ? 'Please correct the highlighted fields.' : error.body.message,
    fieldErrors,
    conflict: error.status === 409,
  };
}
