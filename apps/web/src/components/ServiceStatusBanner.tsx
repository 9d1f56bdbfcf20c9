import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../lib/service-status';

/**
 * Says so while the service cannot answer (the database restarting, the server unreachable) and
 * the pages keep retrying, instead of showing errors or signing anybody out.
 */
export function ServiceStatusBanner() {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const unavailable = useSyncExternalStore(subscribe, () =>
    cache.getAll().some((query) => query.state.fetchStatus === 'fetching' && isServiceUnavailable(query.state.fetchFailureReason)),
  );
  return (
    <div className="service-banner" role="status" aria-live="polite" hidden={!unavailable}>
      {unavailable ? SERVICE_UNAVAILABLE_MESSAGE : null}
    </div>
  );
}
