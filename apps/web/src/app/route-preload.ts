import type { CurrentUser } from '@advising/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import type { ApiClient } from '../lib/api-client';

/** What a page's first requests need: the signed-in user decides whether the page is theirs to see. */
export interface PreloadContext {
  queryClient: QueryClient;
  client: ApiClient;
  params: Params;
  user: CurrentUser;
}

/**
 * The `handle` of a route below the route guard. `load` fetches the page's chunk while the session
 * is being checked; `requests` starts the page's first requests as soon as the user is known, while
 * the chunk is still arriving, instead of once the page has rendered.
 */
export interface RouteHandle {
  load?: () => void;
  requests?: (context: PreloadContext) => void;
}
