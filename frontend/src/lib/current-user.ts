import { createContext, useContext } from 'react';
import type { CurrentUser } from '@/types/api';

/** The signed-in user, provided by RequireAuth to everything it guards. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) {
    throw new Error('useCurrentUser is only for screens behind RequireAuth');
  }
  return user;
}
