import type { CurrentUser } from '@advising/contracts';
import { createContext, useContext } from 'react';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only valid below the route guard. */
export function useSignedInUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (user === null) throw new Error('useSignedInUser must be used below <RequireAuth>.');
  return user;
}
