import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client';
import { isServiceUnavailable, retryDelayMs } from '../lib/service-status';
import type { ApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-context';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; a dropped connection or a restarting
        // database will: those are retried for longer, waiting as long as the server asks.
        retry: (failureCount, error) => (isServiceUnavailable(error) ? failureCount < 8 : error instanceof ApiError && error.status >= 500 && failureCount < 2),
        retryDelay: retryDelayMs,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

export function AppProviders({
  apiClient,
  queryClient,
  children,
}: {
  apiClient: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <ApiClientProvider client={apiClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiClientProvider>
  );
}
