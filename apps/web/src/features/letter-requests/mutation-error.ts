import type { LetterStatus } from '@advising/strategy-rules';
import { ApiError, NetworkError } from '../../lib/api-client';
import { STATUS_LABELS } from './letter-queue';

export interface MutationErrorView {
  message: string;
  /** Messages for the form's fields, by field name (`dueDate`, `mentorNote`…). */
  fieldErrors: Record<string, string>;
  /** The letter changed under the user: offer to reload it. */
  stale: boolean;
}

function listOr(statuses: readonly string[]): string {
  const labels = statuses.map((s) => STATUS_LABELS[s as LetterStatus] ?? s);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** What to tell the mentor when a change to a letter fails. */
export function describeLetterError(error: unknown): MutationErrorView {
  if (error instanceof NetworkError) {
    return { message: 'We could not reach the server. Your entries are kept: try again.', fieldErrors: {}, stale: false };
  }
  if (!(error instanceof ApiError)) {
    return { message: 'Something went wrong. Your entries are kept: try again.', fieldErrors: {}, stale: false };
  }
  const body = error.body as typeof error.body & { allowed?: string[]; current?: { status?: string } };
  if (error.status === 409 && Array.isArray(body.allowed)) {
    const now = body.current?.status ? STATUS_LABELS[body.current.status as LetterStatus] ?? body.current.status : null;
    const next = body.allowed.length ? `It can now only be marked ${listOr(body.allowed)}.` : 'It cannot change any more.';
    return {
      message: `This request has changed${now ? ` and is now ${now}` : ''}, so that step is no longer possible. ${next} Reload to see it as it is now.`,
      fieldErrors: {},
      stale: true,
    };
  }
  if (error.status === 409) {
    return {
      message: 'Someone else changed this request after you opened it, so your change was not saved. Reload to see the current version; what you typed is kept.',
      fieldErrors: {},
      stale: true,
    };
  }
  if (error.status === 404) {
    return { message: 'This request no longer exists (the student may have withdrawn it). Reload the list.', fieldErrors: {}, stale: true };
  }
  const fieldErrors: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field === 'note' ? 'mentorNote' : detail.field;
    fieldErrors[field] ??= detail.message;
  }
  return { message: error.body.message || 'The change could not be saved.', fieldErrors, stale: false };
}
