import { ApiError, NetworkError } from '../lib/api-client';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="status-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function describeLoadError(error: unknown): string {
  if (error instanceof ApiError && error.status === 503) return 'The service is unavailable for a moment. Try again shortly; nothing you entered is lost.';
  if (error instanceof NetworkError) return 'We could not reach the server. Check your connection and try again.';
  if (error instanceof ApiError && error.status === 403) return 'You do not have access to this information.';
  if (error instanceof ApiError && error.status === 404) return 'We could not find what you were looking for.';
  return 'Something went wrong while loading this page. Please try again.';
}

export function ErrorState({
  title = 'This could not be loaded',
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div className="status-view status-view--error" role="alert">
      <h2 className="status-view__title">{title}</h2>
      <p>{describeLoadError(error)}</p>
      {onRetry !== undefined && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
