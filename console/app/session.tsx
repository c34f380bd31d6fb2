import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, onSessionLost, setCsrfToken } from '../api/client';
import { queries } from '../api/queries';
import type { SessionView } from '../../shared/console/views';

interface SessionState {
  session: SessionView;
  /** The hub said the session ended while the console was open: ask to log in again in place. */
  expired: boolean;
}
const SessionContext = createContext<SessionState | null>(null);

/** The logged-in account and its CSRF token; only inside the app shell. */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside the session');
  return state;
}

/** Read the session from the hub; `children` gets it, or null while logged out. */
export function SessionGate({
  loggedOut,
  loading,
  failed,
  children,
}: {
  loggedOut: ReactNode;
  loading: ReactNode;
  failed: (retry: () => void, error: unknown) => ReactNode;
  children: (session: SessionView) => ReactNode;
}) {
  const query = useQuery(queries.session());
  // The session (by its CSRF token) the hub said had ended; a new login brings a new token,
  // which ends the "expired" state by itself.
  const [lostToken, setLostToken] = useState<string | null>(null);
  const client = useQueryClient();
  useEffect(() => {
    if (query.data) setCsrfToken(query.data.csrfToken);
  }, [query.data]);
  useEffect(
    () =>
      onSessionLost(() => {
        // Keep the page (and what was typed on it) and ask to log in over it.
        const current = client.getQueryData<SessionView>(queries.session().queryKey);
        if (current) setLostToken(current.csrfToken);
      }),
    [client],
  );
  const expired = query.data !== undefined && lostToken === query.data.csrfToken;
  if (query.isPending) return loading;
  if (query.error) {
    if (query.error instanceof ApiError && query.error.status === 401) return loggedOut;
    return failed(() => void query.refetch(), query.error);
  }
  return (
    <SessionContext.Provider value={{ session: query.data, expired }}>
      {children(query.data)}
    </SessionContext.Provider>
  );
}
