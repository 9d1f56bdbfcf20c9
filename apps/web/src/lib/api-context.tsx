import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { ApiClient } from './api-client';
import type { SessionSnapshot } from './session-store';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (client === null) throw new Error('useApiClient must be used inside <ApiClientProvider>.');
  return client;
}

/** Re-renders when the user signs in, signs out or the session expires. */
export function useSession(): SessionSnapshot {
  const { session } = useApiClient();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
