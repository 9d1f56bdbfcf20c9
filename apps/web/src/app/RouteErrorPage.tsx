import { useRouteError } from 'react-router';

/** Last resort when rendering a route throws (a chunk failed to load after a deploy, say). */
export function RouteErrorPage() {
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <main id="main" className="full-page">
      <div className="status-view status-view--error" role="alert">
        <h1 className="status-view__title">Something went wrong</h1>
        <p>
          {chunkFailed
            ? 'A newer version of Match Compass is available. Reload the page to continue.'
            : 'An unexpected error stopped this page. Reload the page to try again.'}
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
