import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const TOKEN_KEY = 'aanwezig.token';

interface SessionValue {
  token: string | null;
  /** The server ended the session (token expired, account deactivated, membership removed): say so on the sign-in page. */
  ended: boolean;
  signIn(token: string): void;
  signOut(): void;
  /** Signs out because the server said the session ended (the socket's SESSION_ENDED). */
  endSession(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Tokens live in sessionStorage: they end with the browser tab, and never reach other sites. */
export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(readToken);
  const [ended, setEnded] = useState(false);
  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setEnded(false);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);
  const endSession = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setEnded(true);
    setToken(null);
  }, []);
  const value = useMemo(
    () => ({ token, ended, signIn, signOut, endSession }),
    [token, ended, signIn, signOut, endSession],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
